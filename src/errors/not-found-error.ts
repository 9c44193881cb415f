import type { HttpContext } from './http-context.js';
import { record } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/** Options for {@link NotFoundError}. */
export interface NotFoundErrorOptions extends WalletdeskErrorOptions {
  /** What kind of thing was looked up (`'ticket'`, `'wallet'`). */
  resource?: string;
  /** Its id. */
  id?: string;
  /** Set when a server answered 404. */
  http?: HttpContext;
}

/**
 * The thing asked for does not exist: a ticket id, a wallet id, a category.
 *
 * @example
 * ```ts
 * import { NotFoundError } from 'walletdesk/errors';
 * const e = new NotFoundError('Ticket 42 not found', { resource: 'ticket', id: '42' });
 * e.code; // => 'NOT_FOUND'
 * ```
 */
export class NotFoundError extends WalletdeskError {
  /** What kind of thing was looked up. */
  readonly resource: string | undefined;
  /** Its id. */
  readonly id: string | undefined;
  /** Set when a server answered 404. */
  readonly http: HttpContext | undefined;

  constructor(message: string, options: NotFoundErrorOptions = {}) {
    options = record<NotFoundErrorOptions>(options);
    super(message, options, 'NOT_FOUND');
    this.name = 'NotFoundError';
    this.resource = options.resource;
    this.id = options.id;
    this.http = options.http;
  }

  protected override details(): Record<string, unknown> {
    return { resource: this.resource, id: this.id, ...(this.http ? { http: this.http } : {}) };
  }
}
