// Vendor error bodies → the one errorFromResponse factory. Zendesk: https://developer.zendesk.com/api-reference/introduction/requests/
// Freshdesk: https://developers.freshdesk.com/api/#error
import { describe, expect, it } from 'vitest';
import { errorFromResponse, isNotFoundError, isRateLimitError, isValidationError } from '../../../src/errors/index.js';
import { freshdeskErrorDetails } from '../../../src/tickets/backends/freshdesk/vendor-error.js';
import { zendeskErrorDetails } from '../../../src/tickets/backends/zendesk/vendor-error.js';

const token = 'zd-very-secret-token-123';

describe('vendor error bodies', () => {
  it('Zendesk 422 RecordInvalid → ValidationError naming the field, without the token', () => {
    const body = { error: 'RecordInvalid', description: 'Record validation errors', details: { priority: [{ description: `Priority: ${token} is not valid`, error: 'InvalidValue' }] } };
    const e = errorFromResponse(422, body, { method: 'PUT', url: `https://acme.zendesk.com/api/v2/tickets/1.json?t=${token}` }, { ...zendeskErrorDetails(body), secrets: [token] });
    expect(isValidationError(e)).toBe(true);
    if (!isValidationError(e)) return;
    expect(e.field).toBe('priority');
    for (const text of [e.message, String(e), JSON.stringify(e.toJSON()), JSON.stringify(e)]) expect(text).not.toContain(token);
  });

  it('Zendesk 404 RecordNotFound → NotFoundError; 429 empty body → RateLimitError with retryAfterMs', () => {
    const nf = errorFromResponse(404, { error: 'RecordNotFound', description: 'Not found' }, { method: 'GET', url: 'https://acme.zendesk.com/api/v2/tickets/9.json' }, zendeskErrorDetails({ error: 'RecordNotFound', description: 'Not found' }));
    expect(isNotFoundError(nf)).toBe(true);
    const rl = errorFromResponse(429, '', { method: 'GET', url: 'https://acme.zendesk.com/api/v2/tickets.json' }, { ...zendeskErrorDetails(''), retryAfter: '4' });
    expect(isRateLimitError(rl) && rl.retryAfterMs).toBe(4000);
  });

  it('Freshdesk 400 Validation failed → ValidationError with every field', () => {
    const body = { description: 'Validation failed', errors: [{ field: 'email', message: 'bad email', code: 'invalid_value' }, { field: 'status', message: 'bad status', code: 'invalid_value' }] };
    const e = errorFromResponse(400, body, { method: 'POST', url: 'https://acme.freshdesk.com/api/v2/tickets' }, freshdeskErrorDetails(body));
    expect(isValidationError(e)).toBe(true);
    if (!isValidationError(e)) return;
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['email', 'status']);
  });

  it('tolerates junk bodies', () => {
    for (const junk of [null, 'x', 42, [], { errors: 'no' }, { details: [1, null] }]) {
      expect(() => zendeskErrorDetails(junk)).not.toThrow();
      expect(() => freshdeskErrorDetails(junk)).not.toThrow();
    }
  });
});
