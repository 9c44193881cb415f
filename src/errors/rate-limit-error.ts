import type { HttpContext } from './http-context.js';
import { HttpError } from './http-error.js';
import type { WalletdeskErrorOptions } from './walletdesk-error.js';

/**
 * The server (HTTP 429) or a client-side limiter refused the request for now.
 * `retryAfterMs` says how long to wait when the server said so.
 *
 * @example
 * ```ts
 * import { RateLimitError, httpContext } from 'walletdesk/errors';
 * const e = new RateLimitError('Too many requests', httpContext(429, 'POST', 'https://x.test/tickets'), 2000);
 * e.retryAfterMs; // => 2000
 * ```
 */
export class RateLimitError extends HttpError {
  /** Milliseconds to wait before retrying, when known. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, http: HttpContext, retryAfterMs?: number, options: WalletdeskErrorOptions = {}) {
    super(message, http, options, 'RATE_LIMITED');
    this.name = 'RateLimitError';
    // A wait is a finite, non-negative number of milliseconds or unknown; toJSON must stay serialisable.
    this.retryAfterMs = typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : undefined;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), retryAfterMs: this.retryAfterMs };
  }
}
