/**
 * `freshdeskBackend` options, validated before any I/O. Auth is HTTP Basic with the API key as
 * the user and `X` as the password: https://developers.freshdesk.com/api/#authentication
 * (checked 2026-11-24).
 */
import { z } from 'zod';
import type { RetryOptions } from '../../../_internal/http.js';
import { validate } from '../../../_internal/validate.js';
import { basicAuth } from '../../../_internal/basic-auth.js';
import { fetchOptionSchema, retryOptionSchema, timeoutOptionSchema, type VendorConnection } from '../shared/vendor-options.js';

/** Options of `freshdeskBackend`. */
export interface FreshdeskBackendOptions {
  /** Your helpdesk's name: `acme` for https://acme.freshdesk.com (`acme.freshdesk.com` is accepted too). */
  domain: string;
  /** An agent's API key (Profile settings → View API key). Server-side only. */
  apiKey: string;
  /**
   * The requester of tickets that name no email, phone or externalId (Freshdesk requires one),
   * e.g. your support inbox. Without it such a create is a `ValidationError` before any request.
   */
  fallbackRequesterEmail?: string;
  /** Per-attempt timeout in ms, for the headers and again for the body (default 10,000). */
  timeoutMs?: number;
  /** Retry policy for reads and updates (creates and comments are never retried), or `false`. */
  retry?: RetryOptions | false;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

const optionsSchema = z.strictObject({
  domain: z
    .string()
    .trim()
    .transform((d) => d.toLowerCase().replace(/\.freshdesk\.com$/, ''))
    .pipe(z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'give the helpdesk name: "acme" for https://acme.freshdesk.com')),
  apiKey: z.string({ error: 'give the API key of a Freshdesk agent' }).trim().min(1, 'the API key is empty'),
  fallbackRequesterEmail: z.email('give an email address').optional(),
  timeoutMs: timeoutOptionSchema,
  retry: retryOptionSchema,
  fetch: fetchOptionSchema,
});

/** Validated options plus what is derived from them. */
export interface ResolvedFreshdeskOptions extends VendorConnection {
  fallbackRequesterEmail: string | undefined;
}

/** Validates the options (ValidationError naming the field) and builds the auth header. */
export function resolveFreshdeskOptions(options: unknown): ResolvedFreshdeskOptions {
  const o = validate(optionsSchema, options ?? {}, ['options']);
  const authorization = basicAuth(o.apiKey, 'X');
  return {
    baseUrl: `https://${o.domain}.freshdesk.com/api/v2/`,
    authorization,
    // The header's forms (the Basic blob, `APIKEY:X`) are read from it by the HTTP client.
    secrets: [o.apiKey],
    fallbackRequesterEmail: o.fallbackRequesterEmail,
    timeoutMs: o.timeoutMs,
    retry: o.retry,
    fetch: o.fetch,
  };
}
