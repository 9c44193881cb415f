import type { HttpContext } from './http-context.js';
import { record } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/** Options for {@link ConflictError}. */
export interface ConflictErrorOptions extends WalletdeskErrorOptions {
  /** Set when a server answered 409. */
  http?: HttpContext;
}

/**
 * The request conflicts with the current state: an idempotency key reused with a different body,
 * a concurrent update, a duplicate.
 *
 * @example
 * ```ts
 * import { ConflictError } from 'walletdesk/errors';
 * new ConflictError('Idempotency key reused with a different body').code; // => 'CONFLICT'
 * ```
 */
export class ConflictError extends WalletdeskError {
  /** Set when a server answered 409. */
  readonly http: HttpContext | undefined;

  constructor(message: string, options: ConflictErrorOptions = {}) {
    options = record<ConflictErrorOptions>(options);
    super(message, options, 'CONFLICT');
    this.name = 'ConflictError';
    this.http = options.http;
  }

  protected override details(): Record<string, unknown> {
    return this.http ? { http: this.http } : {};
  }
}
