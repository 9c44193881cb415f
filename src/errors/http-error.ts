import type { HttpContext } from './http-context.js';
import { record, text } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorCode, type WalletdeskErrorOptions } from './walletdesk-error.js';

/**
 * A server answered with an error status that no more specific error describes.
 * `url` has credentials removed; request headers are never kept.
 *
 * @example
 * ```ts
 * import { HttpError, httpContext } from 'walletdesk/errors';
 * const e = new HttpError('Server error', httpContext(503, 'GET', 'https://api.example.com/tickets'));
 * e.status; // => 503
 * ```
 */
export class HttpError extends WalletdeskError {
  /** The HTTP status. */
  readonly status: number;
  /** The request method. */
  readonly method: string;
  /** The request URL without credentials. */
  readonly url: string;
  /** The parsed response body. */
  readonly body: unknown;

  constructor(message: string, http: HttpContext, options: WalletdeskErrorOptions = {}, code: WalletdeskErrorCode = 'HTTP_ERROR') {
    super(message, options, code);
    const given = record<HttpContext>(http);
    this.name = 'HttpError';
    this.status = typeof given.status === 'number' ? given.status : Number.NaN;
    this.method = given.method === undefined ? '' : text(given.method);
    this.url = given.url === undefined ? '' : text(given.url);
    this.body = given.body;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, method: this.method, url: this.url, body: this.body };
  }
}
