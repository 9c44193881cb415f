/**
 * The error for a request that got no answer: a network failure (status 0) or a timeout. The
 * companion of `errorFromResponse` for the other way a request fails, with the same promise:
 * no credential the caller holds reaches the error, its `cause` included.
 */
import { record, text } from './coerce.js';
import { HttpError } from './http-error.js';
import { scrubbedCause, secretScrubber } from './known-secrets.js';
import { redactUrl } from './redact-secrets.js';
import { TimeoutError } from './timeout-error.js';
import type { WalletdeskError } from './walletdesk-error.js';

/** What {@link errorFromTransport} knows beside the error. */
export interface TransportDetails {
  /** The per-attempt limit, when the failure was a timeout. */
  timeoutMs?: number;
  /** Credentials the caller holds (see `knownCredentials`). */
  secrets?: ReadonlyArray<string | undefined>;
  /** User names beside a password (see `knownCredentials`). */
  identifiers?: ReadonlyArray<string | undefined>;
}

/**
 * Turns what a fetch (or ky) threw into a {@link TimeoutError} (when its `name` is
 * `TimeoutError`) or an {@link HttpError} with status 0. The URL loses user-info and secret query
 * parameters, and every known credential is removed from the message, the URL and `cause`. The
 * cause is a plain summary (name, message, stack, Node's `code`/`errno`/`syscall`/`address`/`port`,
 * its own causes): the raw error is not kept, because ky's errors hold the `Request`, whose
 * headers hold the `Authorization` value. An `AbortError` (the caller's own abort) is returned
 * unchanged.
 *
 * @example
 * ```ts
 * import { errorFromTransport, isHttpError } from 'walletdesk/errors';
 * const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
 * const e = errorFromTransport(refused, { method: 'GET', url: 'https://desk.example/api?access_token=tok-123456' });
 * isHttpError(e) && e.status; // => 0
 * e.message; // => 'GET https://desk.example/api?access_token=[REDACTED] failed before a response: fetch failed'
 * ```
 */
export function errorFromTransport(error: unknown, request: { method: string; url: string }, details: TransportDetails = {}): WalletdeskError | Error {
  const given = record<TransportDetails>(details);
  const scrub = secretScrubber({ secrets: given.secrets ?? [], identifiers: given.identifiers ?? [] });
  if (error instanceof Error && error.name === 'AbortError') return error;
  const method = text(record<{ method: string }>(request).method ?? 'GET').toUpperCase();
  const url = scrub(redactUrl(text(record<{ url: string }>(request).url ?? '')));
  const cause = scrubbedCause(error, scrub);
  const timeoutMs = typeof given.timeoutMs === 'number' ? given.timeoutMs : undefined;
  if (cause.name === 'TimeoutError') {
    return new TimeoutError(`${method} ${url} timed out${timeoutMs === undefined ? '' : ` after ${timeoutMs} ms`}`, { ...(timeoutMs !== undefined ? { timeoutMs } : {}), method, url, cause });
  }
  return new HttpError(`${method} ${url} failed before a response: ${cause.message}`, { status: 0, method, url }, { cause });
}
