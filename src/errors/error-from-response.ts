/**
 * The one status→error factory every HTTP backend uses (stripe-node's `StripeError.generate`
 * plays the same role). Adapters turn a vendor's body into {@link ResponseDetails}; they never
 * throw shapes of their own.
 */
import { scrubDeep, secretScrubber } from './known-secrets.js';
import { list, record, text } from './coerce.js';
import { ConflictError } from './conflict-error.js';
import { httpContext } from './http-context.js';
import { HttpError } from './http-error.js';
import { NotFoundError } from './not-found-error.js';
import { RateLimitError } from './rate-limit-error.js';
import { TimeoutError } from './timeout-error.js';
import { ValidationError, type ValidationIssue } from './validation-error.js';
import type { WalletdeskError } from './walletdesk-error.js';

/** The request an error response answered. */
export interface ResponseRequest {
  /** HTTP method. */
  method: string;
  /** Full request URL; credentials are removed before it is stored. */
  url: string;
}

/** What an adapter understood of a vendor's error body. */
export interface ResponseDetails {
  /** A human message from the body (Zendesk `description`, Freshdesk `description`, …). */
  message?: string;
  /** Field-level problems from the body; a 400/422 with these becomes a {@link ValidationError}. */
  issues?: ReadonlyArray<ValidationIssue>;
  /** The `Retry-After` header value (seconds or an HTTP date). */
  retryAfter?: string | null;
  /** The time "now" used to read an HTTP-date `Retry-After`; defaults to the clock. */
  now?: Date;
  /**
   * Credentials the caller holds that must not appear in the error (API key, token): removed in
   * every encoding and as echoed pieces (see `removeKnownSecrets`).
   */
  secrets?: ReadonlyArray<string | undefined>;
  /** User names beside a password: removed whole, never in part (see `knownCredentials`). */
  identifiers?: ReadonlyArray<string | undefined>;
}

/**
 * Reads a `Retry-After` header: delta-seconds or an HTTP date. Returns milliseconds (never
 * negative), or `undefined` when absent or unreadable (anything but a string is unreadable). An
 * HTTP date is read against `now`, or the clock when `now` is not a valid Date.
 *
 * @example
 * ```ts
 * import { parseRetryAfter } from 'walletdesk/errors';
 * parseRetryAfter('2'); // => 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', new Date('2015-10-21T07:28:00Z')); // => 5000
 * ```
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  const from = now instanceof Date && !Number.isNaN(now.getTime()) ? now.getTime() : Date.now();
  return Math.max(0, at - from);
}

/**
 * Turns an HTTP error response into the right walletdesk error: 404 → {@link NotFoundError},
 * 409 → {@link ConflictError}, 408 → {@link TimeoutError}, 429 → {@link RateLimitError}
 * (with `retryAfterMs`), 400/422 with field issues → {@link ValidationError}, anything else →
 * {@link HttpError}. The URL and message are stripped of credentials.
 *
 * @example
 * ```ts
 * import { errorFromResponse, isRateLimitError } from 'walletdesk/errors';
 * const e = errorFromResponse(429, '', { method: 'POST', url: 'https://x.test/tickets' }, { retryAfter: '3' });
 * isRateLimitError(e); // => true
 * ```
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  request: ResponseRequest,
  details: ResponseDetails = {},
): WalletdeskError {
  // Adapters call this from catch paths with whatever arrived; never throw while building the error.
  details = record<ResponseDetails>(details);
  request = { method: text(record<ResponseRequest>(request).method ?? 'GET'), url: text(record<ResponseRequest>(request).url ?? '') };
  status = typeof status === 'number' ? status : Number.NaN;
  const clean = secretScrubber({ secrets: list<string | undefined>(details.secrets), identifiers: list<string | undefined>(details.identifiers) });
  const safeBody = scrubBody(body, clean);
  const http = httpContext(status, request.method, clean(request.url), safeBody);
  const what = `${http.method} ${http.url}`;
  const message = clean(details.message === undefined ? defaultMessage(status, safeBody) : text(details.message));

  if (status === 404) return new NotFoundError(`${message} (${what})`, { http });
  if (status === 409) return new ConflictError(`${message} (${what})`, { http });
  if (status === 408) return new TimeoutError(`${message} (${what})`, { method: http.method, url: http.url });
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(details.retryAfter, details.now);
    return new RateLimitError(`${message} (${what})`, http, retryAfterMs);
  }
  const issues = list<ValidationIssue>(details.issues);
  if ((status === 400 || status === 422) && issues.length > 0) {
    return new ValidationError(
      issues.map((issue) => {
        // ValidationError reads what it can of each issue; only a message that is there needs cleaning.
        const given = record<ValidationIssue>(issue);
        // A vendor names fields from its body, which may echo a credential: paths are cleaned too.
        const path = Array.isArray(given.path) ? given.path.map((part) => (typeof part === 'string' ? clean(part) : part)) : given.path;
        return { ...given, path, message: given.message === undefined || given.message === null ? given.message : clean(text(given.message)) } as ValidationIssue;
      }),
      { http },
    );
  }
  return new HttpError(`${message} (${what})`, http);
}

function defaultMessage(status: number, body: unknown): string {
  if (typeof body === 'string' && body.trim() !== '') return `HTTP ${status}: ${body.trim().slice(0, 200)}`;
  return `HTTP ${status}`;
}

/** The body with every known credential removed from every string in it, keys included. */
function scrubBody(body: unknown, clean: (text: string) => string): unknown {
  if (body === undefined || body === null || body === '') return undefined;
  return scrubDeep(body, clean);
}
