/**
 * `zendeskBackend` options, validated before any I/O. Auth is either an API token (Basic
 * `{email}/token:{apiToken}`) or an OAuth access token (Bearer):
 * https://developer.zendesk.com/api-reference/introduction/security-and-auth/ (checked 2026-11-24).
 */
import { z } from 'zod';
import type { RetryOptions } from '../../../_internal/http.js';
import { validate } from '../../../_internal/validate.js';
import { basicAuth } from '../../../_internal/basic-auth.js';
import { fetchOptionSchema, retryOptionSchema, timeoutOptionSchema, type VendorConnection } from '../shared/vendor-options.js';

/** Options of `zendeskBackend`. Give `email` + `apiToken`, or `oauthToken`. */
export interface ZendeskBackendOptions {
  /** Your account's subdomain: `acme` for https://acme.zendesk.com. */
  subdomain: string;
  /** The agent the API token belongs to (with `apiToken`). */
  email?: string;
  /** An API token (Admin Center → Apps and integrations → Zendesk API). Server-side only. */
  apiToken?: string;
  /** An OAuth access token instead of email + apiToken; the only auth that is safe in a browser. */
  oauthToken?: string;
  /** Per-attempt timeout in ms, for the headers and again for the body (default 10,000). */
  timeoutMs?: number;
  /** Retry policy for GETs, updates and keyed creates, or `false`. */
  retry?: RetryOptions | false;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

const optionsSchema = z
  .strictObject({
    subdomain: z
      .string()
      .trim()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i, 'give only the subdomain: "acme" for https://acme.zendesk.com'),
    email: z.email('give the email of the agent the API token belongs to').optional(),
    apiToken: z.string().trim().min(1, 'the API token is empty').optional(),
    oauthToken: z.string().trim().min(1, 'the OAuth token is empty').optional(),
    timeoutMs: timeoutOptionSchema,
    retry: retryOptionSchema,
    fetch: fetchOptionSchema,
  })
  .superRefine((o, ctx) => {
    if (o.oauthToken !== undefined && o.apiToken !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['oauthToken'], message: 'give either oauthToken or email + apiToken, not both' });
    } else if (o.oauthToken === undefined && o.apiToken === undefined) {
      ctx.addIssue({ code: 'custom', path: ['apiToken'], message: 'give email + apiToken, or oauthToken' });
    } else if (o.apiToken !== undefined && o.email === undefined) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'an API token needs the email of the agent it belongs to' });
    }
  });

/** Validated options plus what is derived from them. */
export interface ResolvedZendeskOptions extends VendorConnection {
  browserSafeAuth: boolean;
}

/** Validates the options (ValidationError naming the field) and builds the auth header. */
export function resolveZendeskOptions(options: unknown): ResolvedZendeskOptions {
  const o = validate(optionsSchema, options ?? {}, ['options']);
  const authorization = o.oauthToken !== undefined ? `Bearer ${o.oauthToken}` : basicAuth(`${o.email}/token`, o.apiToken ?? '');
  return {
    baseUrl: `https://${o.subdomain.toLowerCase()}.zendesk.com/api/v2/`,
    authorization,
    // The header's forms (the Basic blob, `email/token:TOKEN`) are read from it by the HTTP client.
    secrets: [o.apiToken, o.oauthToken].filter((s): s is string => s !== undefined),
    browserSafeAuth: o.oauthToken !== undefined,
    timeoutMs: o.timeoutMs,
    retry: o.retry,
    fetch: o.fetch,
  };
}

