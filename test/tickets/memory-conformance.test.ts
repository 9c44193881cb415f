import { describe, expect, it } from 'vitest';
import { isValidationError, type ValidationError } from '../../src/errors/index.js';
import { memoryBackend } from '../../src/tickets/index.js';
import { testTicketBackend } from '../../src/tickets/testing/index.js';
import { thrown } from '../helpers/rejection.js';

testTicketBackend('memory', () => memoryBackend());
testTicketBackend('memory without on-hold or satisfaction', () => memoryBackend({ capabilities: { onHold: false, satisfaction: false, idempotentCreate: false } }));

describe('testTicketBackend input', () => {
  it('names the bad argument instead of failing inside every test', () => {
    const error = thrown<ValidationError>(() => testTicketBackend('x', memoryBackend() as never));
    expect(isValidationError(error)).toBe(true);
    expect(error.field).toBe('factory');
  });
});
