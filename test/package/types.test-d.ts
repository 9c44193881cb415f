import { describe, expectTypeOf, it } from 'vitest';
import type { RateLimitError, ValidationError, WalletdeskErrorCode } from '../../src/errors/index.js';
import { errorFromResponse, isRateLimitError, isValidationError, WalletdeskError } from '../../src/errors/index.js';

describe('errors: public types', () => {
  it('guards narrow unknown to the error class', () => {
    const e: unknown = new Error('x');
    if (isRateLimitError(e)) expectTypeOf(e).toEqualTypeOf<RateLimitError>();
    if (isValidationError(e)) expectTypeOf(e.issues[0]!.path).toEqualTypeOf<ReadonlyArray<string | number>>();
  });

  it('errorFromResponse returns a WalletdeskError with a stable code union', () => {
    expectTypeOf(errorFromResponse).returns.toEqualTypeOf<WalletdeskError>();
    expectTypeOf<WalletdeskError['code']>().toEqualTypeOf<WalletdeskErrorCode>();
    expectTypeOf<ValidationError['field']>().toBeString();
  });
});
