// Issue 13: error constructors and the error helpers are called from catch blocks and adapters
// with whatever came to hand, so wrong JS types must give an error object or a value, never a
// TypeError while describing a problem.
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  errorFromResponse,
  formatPath,
  HttpError,
  httpContext,
  InvalidTransitionError,
  isNotFoundError,
  isValidationError,
  isWalletdeskError,
  NotFoundError,
  OutOfCoverageError,
  parseRetryAfter,
  RateLimitError,
  redactSecrets,
  redactUrl,
  removeKnownSecrets,
  TimeoutError,
  UnsupportedCapabilityError,
  ValidationError,
  WalletdeskError,
} from '../../src/errors/index.js';

const junk: unknown[] = [1, null, Number.NaN, {}, [], [null], Symbol('s'), 10n, () => 1, Object.create(null), JSON.parse('{"__proto__":{"polluted":1}}')];

describe('error constructors with wrong JS types', () => {
  const build: Array<[string, (a: unknown, b: unknown, c: unknown) => unknown]> = [
    ['WalletdeskError', (a, b, c) => new WalletdeskError(a as never, b as never, c as never)],
    ['ValidationError', (a, b) => new ValidationError(a as never, b as never)],
    ['HttpError', (a, b, c) => new HttpError(a as never, b as never, c as never)],
    ['RateLimitError', (a, b, c) => new RateLimitError(a as never, b as never, c as never)],
    ['TimeoutError', (a, b) => new TimeoutError(a as never, b as never)],
    ['NotFoundError', (a, b) => new NotFoundError(a as never, b as never)],
    ['ConflictError', (a, b) => new ConflictError(a as never, b as never)],
    ['InvalidTransitionError', (a, b, c) => new InvalidTransitionError(a as never, b as never, c as never)],
    ['UnsupportedCapabilityError', (a, b, c) => new UnsupportedCapabilityError(a as never, b as never, c as never)],
    ['OutOfCoverageError', (a, b, c) => new OutOfCoverageError(a as never, b as never, c as never)],
  ];

  it.each(build)('%s builds a recognisable error from junk', (_name, make) => {
    for (const a of junk) {
      for (const b of junk) {
        const error = make(a, b, a);
        expect(isWalletdeskError(error)).toBe(true);
        expect(typeof (error as Error).message).toBe('string');
        expect(() => JSON.stringify(error)).not.toThrow();
      }
    }
  });

  it('new NotFoundError(1) reads the number as its message (issue 13)', () => {
    const error = new NotFoundError(1 as never);
    expect(isNotFoundError(error)).toBe(true);
    expect(error.message).toBe('1');
  });

  it('an unknown code falls back to the base code, so the guards still own the error', () => {
    const error = new WalletdeskError('x', {}, 'NOT_A_CODE' as never);
    expect(error.code).toBe('WALLETDESK_ERROR');
    expect(isWalletdeskError(error)).toBe(true);
  });

  it('ValidationError keeps the readable part of junk issues', () => {
    const error = new ValidationError([{ path: 'oops', message: 5, code: null }, 'not an issue'] as never);
    expect(isValidationError(error)).toBe(true);
    expect(error.issues).toEqual([
      { path: [], message: '5', code: 'invalid' },
      { path: [], message: 'Invalid input', code: 'invalid' },
    ]);
  });

  it('InvalidTransitionError ignores a non-list of allowed states', () => {
    const error = new InvalidTransitionError(1 as never, { a: 1 } as never, 'open' as never);
    expect(error.from).toBe('1');
    expect(error.to).toBe('[object Object]');
    expect(error.allowed).toEqual([]);
  });

  it('a message whose toString throws still gives an error', () => {
    const hostile = { toString: () => { throw new Error('boom'); }, [Symbol.toPrimitive]: undefined };
    expect(new WalletdeskError(hostile as never).message).toBe('[object Object]');
  });
});

describe('error helpers with wrong JS types', () => {
  it('parseRetryAfter(1) is unreadable, not a TypeError (issue 13)', () => {
    expect(parseRetryAfter(1 as never)).toBeUndefined();
    expect(parseRetryAfter({} as never)).toBeUndefined();
  });

  it('parseRetryAfter reads the header against the clock when `now` is not a valid Date', () => {
    expect(parseRetryAfter('2', 'tomorrow' as never)).toBe(2000);
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const wait = parseRetryAfter(inAMinute, new Date(Number.NaN));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
  });

  it('formatPath of a non-list is the whole input', () => {
    expect(formatPath(1 as never)).toBe('');
    expect(formatPath(['a', Symbol('b') as never, 2])).toBe('a.Symbol(b)[2]');
  });

  it('httpContext turns wrong types into text and a NaN status', () => {
    const context = httpContext('500' as never, 1 as never, null as never);
    expect(context).toEqual({ status: Number.NaN, method: '1', url: 'null' });
  });

  it('errorFromResponse with junk still gives an HttpError, with secrets still removed', () => {
    const error = errorFromResponse('404' as never, 'echo key-12345678', null as never, { secrets: 'key-12345678' } as never);
    expect(isWalletdeskError(error)).toBe(true);
    expect(error.code).toBe('HTTP_ERROR');
    const named = errorFromResponse(404, 'echo key-12345678', { method: 1, url: {} } as never, { secrets: ['key-12345678'], issues: 'x' } as never);
    expect(isNotFoundError(named)).toBe(true);
    expect(JSON.stringify(named)).not.toContain('key-12345678');
  });

  it('a 422 with junk issues still names what it can', () => {
    const error = errorFromResponse(422, '', { method: 'POST', url: 'https://x.test' }, { issues: [null, { path: ['a'], message: 7 }] as never });
    expect(isValidationError(error)).toBe(true);
    expect((error as ValidationError).issues.map((i) => i.message)).toEqual(['Invalid input', '7']);
  });

  it('the redaction helpers treat non-strings as empty text and non-lists as no secrets', () => {
    expect(redactUrl(1 as never)).toBe('');
    expect(redactSecrets(undefined as never)).toBe('undefined');
    expect(removeKnownSecrets('key-1234', 'key-1234' as never)).toBe('key-1234');
    expect(removeKnownSecrets(null as never, ['key-1234'])).toBe('null');
  });
});
