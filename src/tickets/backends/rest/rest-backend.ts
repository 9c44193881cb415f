/**
 * A backend for your own ticket service over the generic REST protocol in `wire.ts`. All HTTP
 * goes through the shared client: retries with backoff and `Retry-After`, creates retried only
 * with their idempotency key, errors from the one factory with the token scrubbed.
 */
import { z } from 'zod';
import { createHttpClient } from '../../../_internal/http.js';
import { validate } from '../../../_internal/validate.js';
import type { BackendCapabilities, TicketBackend } from '../../backend.js';
import { scrubbingErrors } from '../shared/scrub-errors.js';
import { eventFromJson, timelineFromJson } from '../shared/timeline-json.js';
import { fetchOptionSchema, retryOptionSchema, timeoutOptionSchema } from '../shared/vendor-options.js';
import { commentEnvelope, commentsEnvelope, eventEnvelope, pageEnvelope, restErrorDetails, ticketEnvelope, timelineEnvelope } from './wire.js';

/** Options of {@link restBackend}. */
export interface RestBackendOptions {
  /** Where the service lives, e.g. `https://support.example.com/api/` (paths are appended). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; read it from the environment, never hard-code it. */
  token?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms, for the headers and again for the body (default 10,000). */
  timeoutMs?: number;
  /** Retry policy (default 3 retries, 250 ms base backoff), or `false`. */
  retry?: { limit?: number; baseDelayMs?: number; maxDelayMs?: number; maxRetryAfterMs?: number } | false;
  /** What your service supports (default: everything but `reopenClosed`, timelines `'full'`; `browserSafeAuth` only without a token). */
  capabilities?: Partial<BackendCapabilities>;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

const optionsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be an http(s) URL' }),
  token: z.string().min(1).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  timeoutMs: timeoutOptionSchema,
  retry: retryOptionSchema,
  capabilities: z.record(z.string(), z.union([z.boolean(), z.enum(['full', 'partial'])])).optional(),
  fetch: fetchOptionSchema,
});

/**
 * A ticket backend for any service that speaks walletdesk's REST protocol
 * (`examples/rest-server` is a complete one in 150 lines of `node:http`).
 *
 * @example
 * ```ts
 * import { restBackend } from 'walletdesk/tickets';
 * const backend = restBackend({ baseUrl: 'https://support.example.com/api/', token: 'from-env' });
 * backend.capabilities.idempotentCreate; // => true
 * backend.capabilities.browserSafeAuth; // => false
 * ```
 */
export function restBackend(options: RestBackendOptions): TicketBackend {
  const o = validate(optionsSchema, options, ['options']);
  const capabilities: BackendCapabilities = {
    idempotentCreate: true,
    onHold: true,
    cursorPagination: true,
    satisfaction: true,
    reopenClosed: false,
    browserSafeAuth: o.token === undefined,
    timeline: 'full',
    contactLog: true,
    ...(o.capabilities as Partial<BackendCapabilities> | undefined),
  };
  const http = createHttpClient({
    baseUrl: o.baseUrl,
    headers: { ...o.headers, ...(o.token !== undefined ? { authorization: `Bearer ${o.token}` } : {}) },
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.retry !== undefined ? { retry: o.retry } : {}),
    secrets: [o.token],
    errorDetails: restErrorDetails,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
  const path = (id: string, rest = ''): string => `tickets/${encodeURIComponent(id)}${rest}`;
  const signalOf = (call?: { signal?: AbortSignal }) => call?.signal;
  /**
   * A POST that adds something (a comment, a contact): one key per call, reused on every retry, so
   * a retry never adds it twice; without `idempotentCreate` it is sent once.
   */
  const keyedPost = async (to: string, json: unknown, call?: { signal?: AbortSignal }): Promise<unknown> => {
    const key = capabilities.idempotentCreate ? globalThis.crypto.randomUUID() : undefined;
    const { body } = await http.request({
      method: 'POST',
      path: to,
      json,
      signal: signalOf(call),
      ...(key !== undefined ? { headers: { 'idempotency-key': key }, idempotent: true } : {}),
    });
    return body;
  };

  return scrubbingErrors({
    name: 'rest',
    capabilities,
    async create(input, call = {}) {
      const key = call.idempotencyKey;
      const { body } = await http.request({
        method: 'POST',
        path: 'tickets',
        json: input,
        signal: call.signal,
        ...(key !== undefined ? { headers: { 'idempotency-key': key }, idempotent: true } : {}),
      });
      return validate(ticketEnvelope, body, ['response']).ticket;
    },
    async get(id, call) {
      const { body } = await http.request({ method: 'GET', path: path(id), signal: signalOf(call) });
      return validate(ticketEnvelope, body, ['response']).ticket;
    },
    async update(id, patch, call) {
      // A patch sets absolute values, so sending it twice gives the same ticket: safe to retry.
      const { body } = await http.request({ method: 'PATCH', path: path(id), json: patch, signal: signalOf(call), idempotent: true });
      return validate(ticketEnvelope, body, ['response']).ticket;
    },
    async addComment(id, comment, call) {
      return validate(commentEnvelope, await keyedPost(path(id, '/comments'), comment, call), ['response']).comment;
    },
    async listComments(id, call) {
      const { body } = await http.request({ method: 'GET', path: path(id, '/comments'), signal: signalOf(call) });
      return validate(commentsEnvelope, body, ['response']).comments;
    },
    async list(query, call) {
      const { body } = await http.request({
        method: 'GET',
        path: 'tickets',
        signal: signalOf(call),
        searchParams: {
          status: query.status === undefined ? undefined : [query.status].flat().join(','),
          updatedSince: query.updatedSince?.toISOString(),
          limit: query.pageSize,
          cursor: query.cursor,
        },
      });
      const page = validate(pageEnvelope, body, ['response']);
      return { tickets: page.tickets, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
    async timeline(id, call) {
      const { body } = await http.request({ method: 'GET', path: path(id, '/timeline'), signal: signalOf(call) });
      return timelineFromJson(validate(timelineEnvelope, body, ['response']).timeline, ['response', 'timeline']);
    },
    async logContact(id, attempt, call) {
      return eventFromJson(validate(eventEnvelope, await keyedPost(path(id, '/contacts'), attempt, call), ['response']).event, ['response', 'event']);
    },
    async rate(id, rating, call) {
      const { body } = await http.request({ method: 'POST', path: path(id, '/satisfaction'), json: rating, signal: signalOf(call), idempotent: true });
      return validate(ticketEnvelope, body, ['response']).ticket;
    },
  }, http.scrub);
}
