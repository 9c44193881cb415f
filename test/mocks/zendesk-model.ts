/**
 * A stateful msw 2 model of the part of the Zendesk Support API v2 that walletdesk uses, built from the
 * vendor documentation (checked 2026-11-24):
 *
 * - Tickets (create/show/update/list, statuses, priorities, tags, custom_fields, `comment.public`):
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
 * - Idempotency (`Idempotency-Key` on create; replay → same ticket + `x-idempotency-lookup: hit`;
 *   same key with another body → 400 `IdempotentRequestError`):
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#idempotency
 * - Cursor pagination (`page[size]` ≤ 100, `page[after]`, `meta.has_more`, `meta.after_cursor`, `links.next`):
 *   https://developer.zendesk.com/api-reference/introduction/pagination/
 * - Comments (public replies vs internal notes): https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/
 * - Satisfaction ratings: https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/
 * - Ticket audits (`GET /tickets/{id}/audits`, oldest first, cursor-paged like lists; one audit per
 *   update, `author_id`, `via`, `events`): https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/
 * - Audit events (`Create` per field set, `Change` with `previous_value`, `tags` as arrays, `Comment`
 *   with `author_id`/`public`, `SatisfactionRating` with `score`):
 *   https://developer.zendesk.com/documentation/ticketing/reference-guides/ticket-audit-events-reference/
 *   (audits checked 2026-12-02)
 * - Rate limits (429 + `Retry-After` seconds): https://developer.zendesk.com/api-reference/introduction/rate-limits/
 * - Errors (`{ error, description, details }`): https://developer.zendesk.com/api-reference/introduction/requests/
 *
 * What is modelled on purpose: one account per model instance, auth checked on every request, ticket ids
 * increasing from 1, list ordered by id ascending. Users are ids only: the authenticated agent is
 * {@link ZENDESK_AGENT_ID}, each distinct requester gets an id from 2001 (`requester_id`), and a comment's
 * `author_id` is the one sent or else the agent. Not modelled: views, users as a resource, side-loading,
 * triggers (so no Notification events in audits).
 */
import { type HttpHandler, HttpResponse, http } from 'msw';

/** Zendesk ticket statuses (tickets API, `status`). */
export type ZendeskStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
/** Zendesk ticket priorities (tickets API, `priority`). */
export type ZendeskPriority = 'urgent' | 'high' | 'normal' | 'low';

/** A stored ticket, as the API returns it (subset). */
export interface ZendeskTicket {
  id: number;
  url: string;
  subject: string;
  description: string;
  status: ZendeskStatus;
  priority: ZendeskPriority | null;
  tags: string[];
  custom_fields: { id: number; value: unknown }[];
  requester: { name?: string; email?: string; phone?: string; external_id?: string } | null;
  external_id: string | null;
  assignee_id: number | null;
  requester_id: number;
  submitter_id: number;
  satisfaction_rating: { score: string; comment?: string } | null;
  created_at: string;
  updated_at: string;
}

/** A stored comment (ticket_comments API, subset). */
export interface ZendeskComment {
  id: number;
  body: string;
  plain_body: string;
  public: boolean;
  author_id: number;
  created_at: string;
}

/** One audit event (subset of the documented types). */
export type ZendeskAuditEvent =
  | { id: number; type: 'Create'; field_name: string; value: unknown }
  | { id: number; type: 'Change'; field_name: string; value: unknown; previous_value: unknown }
  | { id: number; type: 'Comment'; body: string; plain_body: string; public: boolean; author_id: number; attachments: [] }
  | { id: number; type: 'SatisfactionRating'; score: string; assignee_id: number | null; body: string };

/** A stored audit: one per create or update. */
export interface ZendeskAudit {
  id: number;
  ticket_id: number;
  created_at: string;
  author_id: number;
  via: { channel: string };
  metadata: Record<string, unknown>;
  events: ZendeskAuditEvent[];
}

/** The user id the model gives the authenticated agent. */
export const ZENDESK_AGENT_ID = 1001;

/** A fault to serve instead of the next matching request. */
export interface ZendeskFault {
  /** HTTP status to answer with (e.g. 429, 500, 503). */
  status: number;
  /** `Retry-After` header value, if any (seconds as a string, or an HTTP date). */
  retryAfter?: string;
  /** Raw body; `''` gives an empty body. Default: a Zendesk-shaped error body. */
  body?: string;
  /** Apply only to this method (default: any). */
  method?: string;
}

/** Options for {@link createZendeskModel}. */
export interface ZendeskModelOptions {
  subdomain: string;
  email?: string;
  apiToken?: string;
  oauthToken?: string;
  /** Clock for timestamps (tests pass a fixed one). Default: `() => new Date()`. */
  now?: () => Date;
}

const STATUSES: readonly ZendeskStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: readonly ZendeskPriority[] = ['urgent', 'high', 'normal', 'low'];

/**
 * One cursor page of `items` (in id order) under `key`: `page[size]` ≤ 100, `page[after]`,
 * `meta.has_more`, `meta.after_cursor`, `links.next` (pagination docs). Cursors encode the last id.
 */
function cursorPage(request: Request, endpoint: string, key: string, items: ReadonlyArray<{ id: number }>): Response {
  const url = new URL(request.url);
  const sizeParam = url.searchParams.get('page[size]');
  const size = sizeParam === null ? 100 : Number(sizeParam);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    return zendeskError(400, 'InvalidPaginationParameter', 'page[size] must be between 1 and 100');
  }
  const after = url.searchParams.get('page[after]');
  const afterId = after === null ? 0 : Number(Buffer.from(after, 'base64url').toString('utf8'));
  if (!Number.isInteger(afterId)) return zendeskError(400, 'InvalidPaginationParameter', 'page[after] is invalid');
  const all = items.filter((item) => item.id > afterId);
  const page = all.slice(0, size);
  const hasMore = all.length > size;
  const last = page.at(-1);
  const afterCursor = last ? Buffer.from(String(last.id)).toString('base64url') : null;
  const next = new URL(endpoint);
  next.searchParams.set('page[size]', String(size));
  if (afterCursor) next.searchParams.set('page[after]', afterCursor);
  return HttpResponse.json({
    [key]: page,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: page[0] ? Buffer.from(String(page[0].id)).toString('base64url') : null },
    links: { next: hasMore ? next.toString() : null, prev: null },
  });
}

function zendeskError(status: number, error: string, description?: string, details?: unknown): Response {
  const body: Record<string, unknown> = { error };
  if (description !== undefined) body.description = description;
  if (details !== undefined) body.details = details;
  return HttpResponse.json(body, { status });
}

/**
 * Creates a stateful Zendesk model: `handlers` for msw's `setupServer`, the in-memory store, and fault hooks.
 *
 * @example
 * ```ts
 * const model = createZendeskModel({ subdomain: 'acme', email: 'a@b.co', apiToken: 't0k' });
 * const server = setupServer(...model.handlers);
 * model.failNext({ status: 429, retryAfter: '1' });
 * ```
 */
export function createZendeskModel(options: ZendeskModelOptions) {
  const base = `https://${options.subdomain}.zendesk.com/api/v2`;
  const now = options.now ?? (() => new Date());
  const tickets = new Map<number, ZendeskTicket>();
  const comments = new Map<number, ZendeskComment[]>();
  const audits = new Map<number, ZendeskAudit[]>();
  const requesterIds = new Map<string, number>();
  let nextAuditId = 1;
  let nextEventId = 1;
  const idempotency = new Map<string, { body: string; ticketId: number }>();
  const faults: ZendeskFault[] = [];
  const requests: { method: string; url: string; headers: Headers }[] = [];
  let nextId = 1;
  let nextCommentId = 1;

  const expectedBasic =
    options.email !== undefined && options.apiToken !== undefined
      ? `Basic ${Buffer.from(`${options.email}/token:${options.apiToken}`).toString('base64')}`
      : undefined;
  const expectedBearer = options.oauthToken !== undefined ? `Bearer ${options.oauthToken}` : undefined;

  /** Fault injection, auth and request log; returns a response to short-circuit with, or undefined. */
  function gate(request: Request): Response | undefined {
    requests.push({ method: request.method, url: request.url, headers: request.headers });
    const index = faults.findIndex((f) => f.method === undefined || f.method === request.method);
    if (index >= 0) {
      const [fault] = faults.splice(index, 1);
      if (fault) {
        const headers = new Headers();
        if (fault.retryAfter !== undefined) headers.set('Retry-After', fault.retryAfter);
        if (fault.body !== undefined) return new HttpResponse(fault.body, { status: fault.status, headers });
        headers.set('Content-Type', 'application/json');
        const error = fault.status === 429 ? 'TooManyRequests' : 'InternalServerError';
        return new HttpResponse(JSON.stringify({ error, description: `Injected ${fault.status}` }), {
          status: fault.status,
          headers,
        });
      }
    }
    const auth = request.headers.get('authorization');
    if (auth === null || (auth !== expectedBasic && auth !== expectedBearer)) {
      return zendeskError(401, "Couldn't authenticate you");
    }
    return undefined;
  }

  function ticketUrl(id: number): string {
    return `${base}/tickets/${id}.json`;
  }

  function validationDetails(ticket: Record<string, unknown>, creating: boolean): Record<string, unknown> | undefined {
    const details: Record<string, { description: string; error: string }[]> = {};
    if (ticket.status !== undefined && !STATUSES.includes(ticket.status as ZendeskStatus)) {
      details.status = [{ description: `Status: ${String(ticket.status)} is not valid`, error: 'InvalidValue' }];
    }
    if (ticket.priority !== undefined && ticket.priority !== null && !PRIORITIES.includes(ticket.priority as ZendeskPriority)) {
      details.priority = [{ description: `Priority: ${String(ticket.priority)} is not valid`, error: 'InvalidValue' }];
    }
    const comment = ticket.comment as { body?: unknown } | undefined;
    if (creating && (typeof comment?.body !== 'string' || comment.body.trim() === '')) {
      details.base = [{ description: 'Description: cannot be blank', error: 'BlankValue' }];
    }
    return Object.keys(details).length > 0 ? details : undefined;
  }

  function addComment(ticketId: number, comment: { body?: unknown; public?: unknown; author_id?: unknown } | undefined, stamp: string): ZendeskComment | undefined {
    if (comment === undefined || typeof comment.body !== 'string') return undefined;
    const list = comments.get(ticketId) ?? [];
    const authorId = typeof comment.author_id === 'number' ? comment.author_id : ZENDESK_AGENT_ID;
    const added: ZendeskComment = { id: nextCommentId++, body: comment.body, plain_body: comment.body, public: comment.public !== false, author_id: authorId, created_at: stamp };
    list.push(added);
    comments.set(ticketId, list);
    return added;
  }

  function requesterId(requester: ZendeskTicket['requester']): number {
    const key = requester?.email ?? requester?.external_id ?? requester?.name ?? '(anonymous)';
    const known = requesterIds.get(key);
    if (known !== undefined) return known;
    const id = 2001 + requesterIds.size;
    requesterIds.set(key, id);
    return id;
  }

  function commentEvent(c: ZendeskComment): ZendeskAuditEvent {
    return { id: nextEventId++, type: 'Comment', body: c.body, plain_body: c.plain_body, public: c.public, author_id: c.author_id, attachments: [] };
  }

  /** Stores an audit of the events an update made (none: no audit, as a no-op update leaves none to read). */
  function audit(ticketId: number, stamp: string, events: ZendeskAuditEvent[], authorId = ZENDESK_AGENT_ID): void {
    if (events.length === 0) return;
    const list = audits.get(ticketId) ?? [];
    list.push({ id: nextAuditId++, ticket_id: ticketId, created_at: stamp, author_id: authorId, via: { channel: 'api' }, metadata: { system: {}, custom: {} }, events });
    audits.set(ticketId, list);
  }

  function change(field: string, before: unknown, after: unknown): ZendeskAuditEvent[] {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ id: nextEventId++, type: 'Change', field_name: field, value: after, previous_value: before }];
  }

  const handlers: HttpHandler[] = [
    http.post(`${base}/tickets.json`, async ({ request }) => {
      const gated = gate(request);
      if (gated) return gated;
      const raw = await request.text();
      let parsed: { ticket?: Record<string, unknown> };
      try {
        parsed = JSON.parse(raw) as { ticket?: Record<string, unknown> };
      } catch {
        return zendeskError(400, 'Unprocessable Entity', 'Server could not parse JSON');
      }
      const key = request.headers.get('idempotency-key');
      if (key !== null) {
        const seen = idempotency.get(key);
        if (seen) {
          if (seen.body !== raw) {
            return zendeskError(400, 'IdempotentRequestError', 'Request parameters do not match those of the original request with this idempotency key');
          }
          const ticket = tickets.get(seen.ticketId);
          return HttpResponse.json({ ticket }, { status: 201, headers: { 'x-idempotency-lookup': 'hit' } });
        }
      }
      const input = parsed.ticket;
      if (input === undefined || typeof input !== 'object') return zendeskError(400, 'InvalidEndpoint', 'ticket is required');
      const details = validationDetails(input, true);
      if (details) return zendeskError(422, 'RecordInvalid', 'Record validation errors', details);
      const id = nextId++;
      const stamp = now().toISOString();
      const comment = input.comment as { body: string; public?: boolean };
      const ticket: ZendeskTicket = {
        id,
        url: ticketUrl(id),
        subject: typeof input.subject === 'string' ? input.subject : comment.body.slice(0, 80),
        description: comment.body,
        status: (input.status as ZendeskStatus | undefined) ?? 'new',
        priority: (input.priority as ZendeskPriority | undefined) ?? null,
        tags: Array.isArray(input.tags) ? [...new Set(input.tags as string[])] : [],
        custom_fields: Array.isArray(input.custom_fields) ? (input.custom_fields as ZendeskTicket['custom_fields']) : [],
        requester: (input.requester as ZendeskTicket['requester']) ?? null,
        external_id: typeof input.external_id === 'string' ? input.external_id : null,
        assignee_id: typeof input.assignee_id === 'number' ? input.assignee_id : null,
        requester_id: requesterId((input.requester as ZendeskTicket['requester']) ?? null),
        submitter_id: ZENDESK_AGENT_ID,
        satisfaction_rating: null,
        created_at: stamp,
        updated_at: stamp,
      };
      tickets.set(id, ticket);
      const description = addComment(id, { ...comment, author_id: ticket.requester_id }, stamp);
      const created = (field: string, value: unknown): ZendeskAuditEvent => ({ id: nextEventId++, type: 'Create', field_name: field, value });
      audit(id, stamp, [
        ...(description ? [commentEvent(description)] : []),
        created('subject', ticket.subject),
        created('requester_id', String(ticket.requester_id)),
        created('status', ticket.status),
        ...(ticket.priority !== null ? [created('priority', ticket.priority)] : []),
        ...(ticket.assignee_id !== null ? [created('assignee_id', String(ticket.assignee_id))] : []),
        ...(ticket.tags.length > 0 ? [created('tags', [...ticket.tags])] : []),
      ]);
      if (key !== null) idempotency.set(key, { body: raw, ticketId: id });
      return HttpResponse.json(
        { ticket },
        { status: 201, headers: key !== null ? { 'x-idempotency-lookup': 'miss', Location: ticket.url } : { Location: ticket.url } },
      );
    }),

    http.get(`${base}/tickets/:id.json`, ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const ticket = tickets.get(Number(params.id));
      if (!ticket) return zendeskError(404, 'RecordNotFound', 'Not found');
      return HttpResponse.json({ ticket });
    }),

    http.put(`${base}/tickets/:id.json`, async ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const ticket = tickets.get(Number(params.id));
      if (!ticket) return zendeskError(404, 'RecordNotFound', 'Not found');
      const input = ((await request.json()) as { ticket?: Record<string, unknown> }).ticket ?? {};
      const details = validationDetails(input, false);
      if (details) return zendeskError(422, 'RecordInvalid', 'Record validation errors', details);
      if (ticket.status === 'closed') {
        return zendeskError(422, 'RecordInvalid', 'Record validation errors', {
          status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }],
        });
      }
      const before = { ...ticket, tags: [...ticket.tags] };
      if (typeof input.subject === 'string') ticket.subject = input.subject;
      if (input.status !== undefined) ticket.status = input.status as ZendeskStatus;
      if (input.priority !== undefined) ticket.priority = input.priority as ZendeskPriority | null;
      if (Array.isArray(input.tags)) ticket.tags = [...new Set(input.tags as string[])];
      if (Array.isArray(input.custom_fields)) {
        for (const field of input.custom_fields as ZendeskTicket['custom_fields']) {
          const existing = ticket.custom_fields.find((f) => f.id === field.id);
          if (existing) existing.value = field.value;
          else ticket.custom_fields.push(field);
        }
      }
      if (input.assignee_id !== undefined) ticket.assignee_id = input.assignee_id as number | null;
      const stamp = now().toISOString();
      const added = addComment(ticket.id, input.comment as { body?: unknown; public?: unknown; author_id?: unknown } | undefined, stamp);
      // Values are strings in audit events (ids too); tags are arrays (audit events reference).
      const id = (v: number | null) => (v === null ? null : String(v));
      audit(ticket.id, stamp, [
        ...(added ? [commentEvent(added)] : []),
        ...change('subject', before.subject, ticket.subject),
        ...change('status', before.status, ticket.status),
        ...change('priority', before.priority, ticket.priority),
        ...change('assignee_id', id(before.assignee_id), id(ticket.assignee_id)),
        ...change('tags', before.tags, ticket.tags),
      ], added?.author_id);
      ticket.updated_at = stamp;
      return HttpResponse.json({ ticket });
    }),

    http.get(`${base}/tickets.json`, ({ request }) => {
      const gated = gate(request);
      if (gated) return gated;
      return cursorPage(request, `${base}/tickets.json`, 'tickets', [...tickets.values()].sort((a, b) => a.id - b.id));
    }),

    http.get(`${base}/tickets/:id/comments.json`, ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const id = Number(params.id);
      if (!tickets.has(id)) return zendeskError(404, 'RecordNotFound', 'Not found');
      return HttpResponse.json({ comments: comments.get(id) ?? [], meta: { has_more: false }, links: { next: null } });
    }),

    http.get(`${base}/tickets/:id/audits.json`, ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const ticketId = Number(params.id);
      if (!tickets.has(ticketId)) return zendeskError(404, 'RecordNotFound', 'Not found');
      return cursorPage(request, `${base}/tickets/${ticketId}/audits.json`, 'audits', audits.get(ticketId) ?? []);
    }),

    http.post(`${base}/tickets/:id/satisfaction_rating.json`, async ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const ticket = tickets.get(Number(params.id));
      if (!ticket) return zendeskError(404, 'RecordNotFound', 'Not found');
      const input = ((await request.json()) as { satisfaction_rating?: { score?: unknown; comment?: unknown } }).satisfaction_rating;
      if (input?.score !== 'good' && input?.score !== 'bad') {
        return zendeskError(422, 'RecordInvalid', 'Record validation errors', {
          score: [{ description: 'Score: is not valid', error: 'InvalidValue' }],
        });
      }
      if (ticket.status !== 'solved' && ticket.status !== 'closed') {
        return zendeskError(422, 'RecordInvalid', 'Record validation errors', {
          base: [{ description: 'Only solved tickets can be rated', error: 'InvalidValue' }],
        });
      }
      ticket.satisfaction_rating = { score: input.score, ...(typeof input.comment === 'string' ? { comment: input.comment } : {}) };
      const stamp = now().toISOString();
      audit(
        ticket.id,
        stamp,
        [{ id: nextEventId++, type: 'SatisfactionRating', score: input.score, assignee_id: ticket.assignee_id, body: typeof input.comment === 'string' ? input.comment : '' }],
        ticket.requester_id,
      );
      ticket.updated_at = stamp;
      return HttpResponse.json({ satisfaction_rating: { id: ticket.id, ticket_id: ticket.id, ...ticket.satisfaction_rating } });
    }),
  ];

  return {
    handlers,
    baseUrl: base,
    tickets,
    comments,
    audits,
    /** Every request the model saw, in order (including faulted ones). */
    requests,
    /** Serve `fault` instead of the next matching request. */
    failNext(fault: ZendeskFault): void {
      faults.push(fault);
    },
  };
}

/** The value returned by {@link createZendeskModel}. */
export type ZendeskModel = ReturnType<typeof createZendeskModel>;
