import { record } from './coerce.js';
import { WalletdeskError, type WalletdeskErrorOptions } from './walletdesk-error.js';

/** Options for {@link TimeoutError}. */
export interface TimeoutErrorOptions extends WalletdeskErrorOptions {
  /** The limit that was exceeded, in milliseconds. */
  timeoutMs?: number;
  /** The request method, when it was an HTTP request. */
  method?: string;
  /** The request URL without credentials, when it was an HTTP request. */
  url?: string;
}

/**
 * An operation took longer than its limit (a request timeout, or HTTP 408 from the server).
 *
 * @example
 * ```ts
 * import { TimeoutError } from 'walletdesk/errors';
 * new TimeoutError('Request timed out', { timeoutMs: 10_000 }).timeoutMs; // => 10000
 * ```
 */
export class TimeoutError extends WalletdeskError {
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number | undefined;
  /** The request method, when it was an HTTP request. */
  readonly method: string | undefined;
  /** The request URL without credentials, when it was an HTTP request. */
  readonly url: string | undefined;

  constructor(message: string, options: TimeoutErrorOptions = {}) {
    options = record<TimeoutErrorOptions>(options);
    super(message, options, 'TIMEOUT');
    this.name = 'TimeoutError';
    this.timeoutMs = options.timeoutMs;
    this.method = options.method;
    this.url = options.url;
  }

  protected override details(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs, method: this.method, url: this.url };
  }
}
