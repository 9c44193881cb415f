/**
 * The option schemas the HTTP backends (REST, Zendesk, Freshdesk) share (timeouts, retries, a custom fetch), so every
 * backend validates them the same way and a bad value is a `ValidationError` naming the field.
 */
import { z } from 'zod';
import { createHttpClient, type HttpClient, type HttpClientOptions, type RetryOptions } from '../../../_internal/http.js';
import { ValidationError } from '../../../errors/index.js';

/** What a vendor backend's options resolve to for the wire: where, how to authenticate, what to hide. */
export interface VendorConnection {
  baseUrl: string;
  /** The `Authorization` header value. */
  authorization: string;
  /** Everything that must never appear in an error. */
  secrets: string[];
  timeoutMs: number | undefined;
  retry: RetryOptions | false | undefined;
  fetch: typeof fetch | undefined;
}

/** The shared HTTP client for a vendor connection, reading error bodies with the vendor's reader. */
export function vendorHttpClient(connection: VendorConnection, errorDetails: NonNullable<HttpClientOptions['errorDetails']>): HttpClient {
  const { baseUrl, authorization, secrets, timeoutMs, retry, fetch } = connection;
  return createHttpClient({
    baseUrl,
    headers: { authorization },
    secrets,
    errorDetails,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(retry !== undefined ? { retry } : {}),
    ...(fetch !== undefined ? { fetch } : {}),
  });
}

/** `retry`: `false`, or the retry policy of the shared HTTP client. */
export const retryOptionSchema = z
  .union([
    z.literal(false),
    z.strictObject({
      limit: z.number().int().min(0).max(20).optional(),
      baseDelayMs: z.number().min(0).optional(),
      maxDelayMs: z.number().min(0).optional(),
      maxRetryAfterMs: z.number().min(0).optional(),
    }),
  ])
  .optional();

/** `timeoutMs`: per-attempt timeout. */
export const timeoutOptionSchema = z.number().int().positive().max(600_000).optional();

/** `fetch`: a fetch implementation (tests, proxies, edge runtimes). */
export const fetchOptionSchema = z.custom<typeof fetch>((value) => typeof value === 'function', 'pass a fetch function').optional();

/** Vendor ticket and user ids are positive integers; anything else cannot exist there. */
export function numericId(value: string, path: ReadonlyArray<string>, vendor: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    throw new ValidationError([{ path: [...path], message: `${vendor} ids are positive integers (got "${value.slice(0, 40)}")`, code: 'invalid_id' }]);
  }
  return Number(value);
}

/** Reads a vendor timestamp into a Date, or fails with a ValidationError naming the field. */
export function vendorDate(value: string, path: ReadonlyArray<string | number>): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new ValidationError([{ path: [...path], message: 'not a timestamp', code: 'invalid_date' }]);
  return at;
}
