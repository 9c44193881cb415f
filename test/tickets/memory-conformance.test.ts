import { describe, expect, it } from 'vitest';
import { isValidationError, type ValidationError } from '../../src/errors/index.js';
import { defineBackend, memoryBackend } from '../../src/tickets/index.js';
import { ticketBackendCases, testTicketBackend } from '../../src/tickets/testing/index.js';
import { rejection, thrown } from '../helpers/rejection.js';

testTicketBackend('memory', () => memoryBackend(), { describe, it });
testTicketBackend('memory without on-hold or satisfaction', () => memoryBackend({ capabilities: { onHold: false, satisfaction: false, idempotentCreate: false } }), {
  describe,
  it,
});

// A backend that drops every patch: the suite must catch it, or it proves nothing.
const forgetfulBackend = defineBackend(() => {
  const inner = memoryBackend();
  return { ...inner, name: 'forgetful', update: (id: string) => inner.get(id) };
});

describe('ticketBackendCases', () => {
  it('are plain { name, run } cases that pass on the memory backend in a loop, no runner involved', async () => {
    const cases = ticketBackendCases(() => memoryBackend());
    expect(cases.length).toBeGreaterThanOrEqual(13);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const conformanceCase of cases) await conformanceCase.run();
  });

  it('fail, naming the field, on a backend that ignores updates', async () => {
    const cases = ticketBackendCases(() => forgetfulBackend());
    const update = cases.find((c) => c.name === 'updates only the given fields');
    const error = await rejection<Error>(update?.run() ?? Promise.resolve());
    expect(error.name).toBe('ConformanceFailure');
    expect(error.message).toBe('update().priority: expected "urgent", got "high"');
  });

  it('dispose the backend after each case, passed or failed', async () => {
    let disposed = 0;
    const counted = () => ({ ...forgetfulBackend(), dispose: () => void disposed++ });
    const cases = ticketBackendCases(counted);
    for (const conformanceCase of cases) await conformanceCase.run().catch(() => undefined);
    expect(disposed).toBe(cases.length);
  });
});

describe('testTicketBackend input', () => {
  it('names the bad argument instead of failing inside every test', () => {
    const error = thrown<ValidationError>(() => testTicketBackend('x', memoryBackend() as never, { describe, it }));
    expect(isValidationError(error)).toBe(true);
    expect(error.field).toBe('factory');
  });

  it('without a runner, says to pass describe and it (it imports no runner of its own)', () => {
    const error = thrown<ValidationError>(() => (testTicketBackend as (...args: unknown[]) => void)('memory', () => memoryBackend()));
    expect(isValidationError(error)).toBe(true);
    expect(error.field).toBe('runner');
    expect(error.message).toContain('{ describe, it }');
  });

  it('takes `test` when the runner has no `it`, and names a runner without describe', () => {
    const titles: string[] = [];
    testTicketBackend('memory', () => memoryBackend(), { describe: (_t, body) => body(), test: (title) => titles.push(title) });
    expect(titles).toEqual(ticketBackendCases(() => memoryBackend()).map((c) => c.name));
    const error = thrown<ValidationError>(() => testTicketBackend('memory', () => memoryBackend(), { it } as never));
    expect(error.field).toBe('runner.describe');
  });

  it('checks paginationTickets', () => {
    const error = thrown<ValidationError>(() => testTicketBackend('memory', () => memoryBackend(), { describe, it, paginationTickets: 2 }));
    expect(error.field).toBe('options.paginationTickets');
  });
});
