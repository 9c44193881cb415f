import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../../src/_internal/validate.js';
import {
  ConflictError,
  errorFromResponse,
  HttpError,
  httpContext,
  InvalidTransitionError,
  isConflictError,
  isHttpError,
  isInvalidTransitionError,
  isNotFoundError,
  isOutOfCoverageError,
  isRateLimitError,
  isTimeoutError,
  isUnsupportedCapabilityError,
  isValidationError,
  isWalletdeskError,
  NotFoundError,
  OutOfCoverageError,
  parseRetryAfter,
  RateLimitError,
  TimeoutError,
  UnsupportedCapabilityError,
  ValidationError,
  WalletdeskError,
} from '../../src/errors/index.js';

const request = { method: 'post', url: 'https://user:pa55word@desk.example/api/v2/tickets?api_key=KEY123456&page=2' };

describe('error tree', () => {
  const cases = [
    [new WalletdeskError('x'), 'WALLETDESK_ERROR', isWalletdeskError],
    [new ValidationError([{ path: ['a'], message: 'bad', code: 'custom' }]), 'VALIDATION_ERROR', isValidationError],
    [new HttpError('x', httpContext(500, 'GET', 'https://x.test')), 'HTTP_ERROR', isHttpError],
    [new RateLimitError('x', httpContext(429, 'GET', 'https://x.test'), 10), 'RATE_LIMITED', isRateLimitError],
    [new TimeoutError('x'), 'TIMEOUT', isTimeoutError],
    [new NotFoundError('x'), 'NOT_FOUND', isNotFoundError],
    [new ConflictError('x'), 'CONFLICT', isConflictError],
    [new InvalidTransitionError('closed', 'open'), 'INVALID_TRANSITION', isInvalidTransitionError],
    [new UnsupportedCapabilityError('onHold', 'freshdesk'), 'UNSUPPORTED_CAPABILITY', isUnsupportedCapabilityError],
    [new OutOfCoverageError('2040-01-01', { from: '2020-01-01', to: '2026-12-31' }, 'CN'), 'OUT_OF_COVERAGE', isOutOfCoverageError],
  ] as const;

  it.each(cases)('%s has its code, is an Error and a WalletdeskError', (error, code, guard) => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(WalletdeskError);
    expect(error.code).toBe(code);
    expect(isWalletdeskError(error)).toBe(true);
    expect(guard(error)).toBe(true);
    expect(error.toJSON()).toMatchObject({ code, name: error.name });
  });

  it('each guard accepts only its own class (a RateLimitError is also an HttpError)', () => {
    for (const [error, , ownGuard] of cases) {
      for (const [, , guard] of cases) {
        if (guard === isWalletdeskError) continue;
        const expected = guard === ownGuard || (guard === isHttpError && ownGuard === isRateLimitError);
        expect(guard(error), `${error.name} / ${guard.name}`).toBe(expected);
      }
    }
  });

  it('guards reject look-alikes without the brand', () => {
    const fake = Object.assign(new Error('x'), { name: 'NotFoundError', code: 'NOT_FOUND' });
    expect(isNotFoundError(fake)).toBe(false);
    expect(isWalletdeskError({ code: 'NOT_FOUND' })).toBe(false);
    expect(isWalletdeskError(null)).toBe(false);
    expect(isWalletdeskError('NotFoundError')).toBe(false);
  });
});

describe('ValidationError', () => {
  it('names the field of the first issue and lists every issue', () => {
    const e = new ValidationError([
      { path: ['requester', 'email'], message: 'Invalid email', code: 'invalid_format' },
      { path: ['tags', 2], message: 'Too long', code: 'too_big' },
    ]);
    expect(e.field).toBe('requester.email');
    expect(e.message).toBe('requester.email: Invalid email; tags[2]: Too long');
    expect(e.issues).toHaveLength(2);
  });

  it('is what validate() throws, with the parameter name prefixed', () => {
    const schema = z.object({ subject: z.string().min(1), priority: z.enum(['low', 'high']) });
    expect(validate(schema, { subject: 's', priority: 'low' }, ['input'])).toEqual({ subject: 's', priority: 'low' });
    try {
      validate(schema, { subject: '', priority: 'x' }, ['input']);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      const v = error as ValidationError;
      expect(v.field).toBe('input.subject');
      expect(v.issues.map((issue) => issue.path.join('.'))).toEqual(['input.subject', 'input.priority']);
    }
  });
});

describe('errorFromResponse', () => {
  it.each([
    [404, isNotFoundError],
    [409, isConflictError],
    [408, isTimeoutError],
    [429, isRateLimitError],
    [500, isHttpError],
    [503, isHttpError],
    [400, isHttpError],
    [401, isHttpError],
  ] as const)('%i → the right class', (status, guard) => {
    expect(guard(errorFromResponse(status, { error: 'x' }, request))).toBe(true);
  });

  it('400/422 with field issues → ValidationError carrying the fields and the status', () => {
    const e = errorFromResponse(400, { description: 'Validation failed' }, request, {
      issues: [{ path: ['email'], message: 'It should be a valid email address', code: 'invalid_value' }],
    });
    expect(isValidationError(e)).toBe(true);
    expect((e as ValidationError).field).toBe('email');
    expect((e as ValidationError).http?.status).toBe(400);
  });

  it('429 reads Retry-After in seconds, and in an HTTP date', () => {
    const seconds = errorFromResponse(429, '', request, { retryAfter: '7' }) as RateLimitError;
    expect(seconds.retryAfterMs).toBe(7000);
    const now = new Date('2026-01-01T00:00:00Z');
    const dated = errorFromResponse(429, '', request, { retryAfter: 'Thu, 01 Jan 2026 00:00:30 GMT', now }) as RateLimitError;
    expect(dated.retryAfterMs).toBe(30_000);
    expect((errorFromResponse(429, '', request) as RateLimitError).retryAfterMs).toBeUndefined();
  });

  it('never carries a credential: not in message, toJSON(), String() or JSON.stringify()', () => {
    const token = 'zdtok_abcdefghijklmnop';
    const e = errorFromResponse(
      500,
      { error: `upstream said Authorization: Bearer ${token}`, echo: { api_key: 'KEY123456' } },
      request,
      { message: `failed with token ${token}`, secrets: [token, 'KEY123456'] },
    );
    for (const text of [e.message, String(e), JSON.stringify(e), JSON.stringify(e.toJSON()), e.stack ?? '']) {
      expect(text).not.toContain(token);
      expect(text).not.toContain('KEY123456');
      expect(text).not.toContain('pa55word');
    }
    expect((e as HttpError).url).toContain('page=2');
  });
});

describe('parseRetryAfter', () => {
  it('handles absent, blank, garbage, fractional and past dates', () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('  ')).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('1.5')).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2015 00:00:00 GMT', new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });
});
