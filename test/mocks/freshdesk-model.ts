/**
 * A stateful msw 2 model of the part of the Freshdesk API v2 that walletdesk uses, built from the vendor
 * documentation (checked 2026-11-24):
 *
 * - Tickets, field codes (status 2 open / 3 pending / 4 resolved / 5 closed; priority 1 low … 4 urgent;
 *   source 1 email, 2 portal, 3 phone, 7 chat, 9 feedback widget, 10 outbound email):
 *   https://developers.freshdesk.com/api/#tickets
 * - Create: https://developers.freshdesk.com/api/#create_ticket (requester via email/phone/requester_id/…)
 * - Update: https://developers.freshdesk.com/api/#update_ticket
 * - Reply (public): https://developers.freshdesk.com/api/#reply_ticket
 * - Note (private by default): https://developers.freshdesk.com/api/#add_note_to_a_ticket
 * - List: https://developers.freshdesk.com/api/#list_all_tickets — `page`, `per_page` ≤ 100,
 *   `Link: <…>; rel="next"` while more pages exist.
 * - Rate limit (429 + `Retry-After`): https://developers.freshdesk.com/api/#ratelimit
 * - Errors (`{ description, errors: [{ field, message, code }] }`): https://developers.freshdesk.com/api/#error
 * - View a ticket with `include=stats` (`stats.first_responded_at`, `agent_responded_at`,
 *   `requester_responded_at`, `resolved_at`, `closed_at`, `pending_since`, `status_updated_at`,
 *   `reopened_at`): https://developers.freshdesk.com/api/#view_a_ticket
 * - Conversations (`user_id`, `incoming`, `private`, `source` 0 reply / 2 note; `page`, `per_page` ≤ 100,
 *   `Link` rel="next"): https://developers.freshdesk.com/api/#list_all_ticket_notes
 * - A note may be added as the requester (`user_id` of the contact, `incoming: true`, `private: false`):
 *   https://developers.freshdesk.com/api/#add_note_to_a_ticket
 *   (stats and conversations checked 2026-12-02)
 *
 * List defaults modelled: without `updated_since`, only tickets created in the last 30 days are returned
 * (the documented default filter); order is `created_at` descending unless `order_by`/`order_type` say
 * otherwise (ties broken by id, so paging is stable). Spam/deleted tickets are not modelled. Not modelled:
 * the satisfaction survey API, contacts as a separate resource, filter queries. Contacts are ids only: each
 * distinct requester gets a `requester_id` from 5001; the API key's agent is {@link FRESHDESK_AGENT_ID}.
 * Stats are assumed to keep the last time each was reached (the docs do not say whether a reopen clears
 * `resolved_at`; this model keeps it), and `pending_since` is cleared when the ticket leaves pending.
 */
import { type HttpHandler, HttpResponse, http } from 'msw';

/** Freshdesk status codes. */
export const FRESHDESK_STATUS = { open: 2, pending: 3, resolved: 4, closed: 5 } as const;
/** Freshdesk priority codes. */
export const FRESHDESK_PRIORITY = { low: 1, medium: 2, high: 3, urgent: 4 } as const;
/** Freshdesk source codes. */
export const FRESHDESK_SOURCE = { email: 1, portal: 2, phone: 3, chat: 7, feedbackWidget: 9, outboundEmail: 10 } as const;

/** A stored ticket (subset of the documented fields). */
export interface FreshdeskTicket {
  id: number;
  subject: string;
  description: string;
  description_text: string;
  status: number;
  priority: number;
  source: number;
  tags: string[];
  custom_fields: Record<string, unknown>;
  email: string | null;
  phone: string | null;
  name: string | null;
  unique_external_id: string | null;
  responder_id: number | null;
  requester_id: number;
  created_at: string;
  updated_at: string;
}

/** `stats`, returned by view-ticket with `include=stats`. */
export interface FreshdeskStats {
  agent_responded_at: string | null;
  requester_responded_at: string | null;
  first_responded_at: string | null;
  status_updated_at: string | null;
  reopened_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  pending_since: string | null;
}

/** The contact id the model gives the API key's agent. */
export const FRESHDESK_AGENT_ID = 3001;

/** A stored conversation entry (reply or note). */
export interface FreshdeskConversation {
  id: number;
  ticket_id: number;
  body: string;
  body_text: string;
  private: boolean;
  incoming: boolean;
  user_id: number;
  /** 0 reply, 2 note. */
  source: number;
  created_at: string;
}

/** A fault to serve instead of the next matching request. */
export interface FreshdeskFault {
  status: number;
  /** `Retry-After` header value (seconds), if any. */
  retryAfter?: string;
  /** Raw body; `''` gives an empty body (Freshdesk's 429 often has none). Default: a Freshdesk error body. */
  body?: string;
  method?: string;
}

/** Options for {@link createFreshdeskModel}. */
export interface FreshdeskModelOptions {
  domain: string;
  apiKey: string;
  now?: () => Date;
}

interface FieldError {
  field: string;
  message: string;
  code: string;
}

const STATUS_CODES = new Set<number>(Object.values(FRESHDESK_STATUS));
const PRIORITY_CODES = new Set<number>(Object.values(FRESHDESK_PRIORITY));
const SOURCE_CODES = new Set<number>(Object.values(FRESHDESK_SOURCE));
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Freshdesk stores `description` and reply bodies as HTML and returns a plain-text copy
 * (`description_text`, `body_text`): tags dropped, `<br>` as a line break, entities decoded.
 */
function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** One page of `all`, with `Link: <…>; rel="next"` while more pages exist (list_all_tickets). */
function pageOf(all: ReadonlyArray<unknown>, url: URL, page: number, perPage: number): Response {
  const start = (page - 1) * perPage;
  const headers = new Headers();
  if (start + perPage < all.length) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('per_page', String(perPage));
    headers.set('Link', `<${next.toString()}>; rel="next"`);
  }
  return HttpResponse.json(all.slice(start, start + perPage), { headers });
}

function validationFailed(errors: FieldError[]): Response {
  return HttpResponse.json({ description: 'Validation failed', errors }, { status: 400 });
}

function checkCodes(input: Record<string, unknown>, errors: FieldError[]): void {
  const check = (field: string, allowed: Set<number>) => {
    const value = input[field];
    if (value !== undefined && !(typeof value === 'number' && allowed.has(value))) {
      errors.push({ field, message: `It should be one of these values: '${[...allowed].join(',')}'`, code: 'invalid_value' });
    }
  };
  check('status', STATUS_CODES);
  check('priority', PRIORITY_CODES);
  check('source', SOURCE_CODES);
  if (input.tags !== undefined && !(Array.isArray(input.tags) && input.tags.every((t) => typeof t === 'string'))) {
    errors.push({ field: 'tags', message: 'It should be an Array of Strings', code: 'datatype_mismatch' });
  }
}

/**
 * Creates a stateful Freshdesk model: `handlers` for msw's `setupServer`, the in-memory store, and fault hooks.
 *
 * @example
 * ```ts
 * const model = createFreshdeskModel({ domain: 'acme', apiKey: 'k3y' });
 * const server = setupServer(...model.handlers);
 * model.failNext({ status: 429, retryAfter: '1', body: '' });
 * ```
 */
export function createFreshdeskModel(options: FreshdeskModelOptions) {
  const base = `https://${options.domain}.freshdesk.com/api/v2`;
  const now = options.now ?? (() => new Date());
  const tickets = new Map<number, FreshdeskTicket>();
  const conversations = new Map<number, FreshdeskConversation[]>();
  const stats = new Map<number, FreshdeskStats>();
  const contactIds = new Map<string, number>();
  const faults: FreshdeskFault[] = [];
  const requests: { method: string; url: string; headers: Headers }[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}`;
  let nextId = 1;
  let nextConversationId = 1;

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
        return new HttpResponse(JSON.stringify({ code: 'injected', message: `Injected ${fault.status}` }), {
          status: fault.status,
          headers,
        });
      }
    }
    if (request.headers.get('authorization') !== expectedAuth) {
      return HttpResponse.json(
        { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' },
        { status: 401 },
      );
    }
    return undefined;
  }

  async function readJson(request: Request): Promise<Record<string, unknown> | Response> {
    try {
      const value: unknown = await request.json();
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      return value as Record<string, unknown>;
    } catch {
      return HttpResponse.json({ code: 'invalid_json', message: 'Request body has invalid json format' }, { status: 400 });
    }
  }

  function notFound(): Response {
    return new HttpResponse(null, { status: 404 });
  }

  function addConversation(ticketId: number, body: string, kind: { private: boolean; incoming: boolean; userId: number; source: 0 | 2 }): FreshdeskConversation {
    const entry: FreshdeskConversation = {
      id: nextConversationId++,
      ticket_id: ticketId,
      body: `<div>${body}</div>`,
      body_text: plainText(body),
      private: kind.private,
      incoming: kind.incoming,
      user_id: kind.userId,
      source: kind.source,
      created_at: now().toISOString(),
    };
    const list = conversations.get(ticketId) ?? [];
    list.push(entry);
    conversations.set(ticketId, list);
    const ticket = tickets.get(ticketId);
    if (ticket) ticket.updated_at = entry.created_at;
    const s = stats.get(ticketId);
    if (s && ticket && !entry.private) {
      if (entry.incoming || entry.user_id === ticket.requester_id) s.requester_responded_at = entry.created_at;
      else {
        s.agent_responded_at = entry.created_at;
        s.first_responded_at ??= entry.created_at;
      }
    }
    return entry;
  }

  function contactId(input: Record<string, unknown>): number {
    const key = String(input.email ?? input.phone ?? input.unique_external_id ?? input.requester_id ?? '(anonymous)');
    const known = contactIds.get(key);
    if (known !== undefined) return known;
    const id = typeof input.requester_id === 'number' ? input.requester_id : 5001 + contactIds.size;
    contactIds.set(key, id);
    return id;
  }

  /** The stats a status change leaves (status codes: 2 open, 3 pending, 4 resolved, 5 closed). */
  function statusChanged(ticketId: number, from: number, to: number, stamp: string): void {
    const s = stats.get(ticketId);
    if (!s || from === to) return;
    s.status_updated_at = stamp;
    s.pending_since = to === FRESHDESK_STATUS.pending ? stamp : null;
    if (to === FRESHDESK_STATUS.resolved) s.resolved_at = stamp;
    if (to === FRESHDESK_STATUS.closed) s.closed_at = stamp;
    if ((from === FRESHDESK_STATUS.resolved || from === FRESHDESK_STATUS.closed) && to !== FRESHDESK_STATUS.resolved && to !== FRESHDESK_STATUS.closed) s.reopened_at = stamp;
  }

  const handlers: HttpHandler[] = [
    http.post(`${base}/tickets`, async ({ request }) => {
      const gated = gate(request);
      if (gated) return gated;
      const input = await readJson(request);
      if (input instanceof Response) return input;
      const errors: FieldError[] = [];
      if (typeof input.subject !== 'string' || input.subject === '') {
        errors.push({ field: 'subject', message: 'Missing field', code: 'missing_field' });
      }
      if (typeof input.description !== 'string' || input.description === '') {
        errors.push({ field: 'description', message: 'Missing field', code: 'missing_field' });
      }
      if (input.email === undefined && input.phone === undefined && input.requester_id === undefined && input.unique_external_id === undefined) {
        errors.push({
          field: 'requester_id',
          message: 'Please fill at least 1 of requester_id, phone, email, twitter_id, facebook_id, unique_external_id fields',
          code: 'missing_field',
        });
      }
      if (input.phone !== undefined && input.email === undefined && typeof input.name !== 'string') {
        errors.push({ field: 'name', message: 'It should be a/an String', code: 'missing_field' });
      }
      if (input.email !== undefined && !(typeof input.email === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email))) {
        errors.push({ field: 'email', message: `It should be in the 'valid email address' format`, code: 'invalid_value' });
      }
      checkCodes(input, errors);
      if (errors.length > 0) return validationFailed(errors);
      const id = nextId++;
      const stamp = now().toISOString();
      const ticket: FreshdeskTicket = {
        id,
        subject: input.subject as string,
        description: `<div>${input.description as string}</div>`,
        description_text: plainText(input.description as string),
        status: (input.status as number | undefined) ?? FRESHDESK_STATUS.open,
        priority: (input.priority as number | undefined) ?? FRESHDESK_PRIORITY.low,
        source: (input.source as number | undefined) ?? FRESHDESK_SOURCE.portal,
        tags: (input.tags as string[] | undefined) ?? [],
        custom_fields: (input.custom_fields as Record<string, unknown> | undefined) ?? {},
        email: (input.email as string | undefined) ?? null,
        phone: (input.phone as string | undefined) ?? null,
        name: (input.name as string | undefined) ?? null,
        unique_external_id: (input.unique_external_id as string | undefined) ?? null,
        responder_id: (input.responder_id as number | undefined) ?? null,
        requester_id: contactId(input),
        created_at: stamp,
        updated_at: stamp,
      };
      tickets.set(id, ticket);
      stats.set(id, {
        agent_responded_at: null,
        requester_responded_at: null,
        first_responded_at: null,
        status_updated_at: stamp,
        reopened_at: null,
        resolved_at: null,
        closed_at: null,
        pending_since: null,
      });
      statusChanged(id, FRESHDESK_STATUS.open, ticket.status, stamp);
      return HttpResponse.json(ticket, { status: 201, headers: { Location: `${base}/tickets/${id}` } });
    }),

    http.get(`${base}/tickets/:id`, ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const ticket = tickets.get(Number(params.id));
      if (!ticket) return notFound();
      const include = new URL(request.url).searchParams.get('include')?.split(',') ?? [];
      return HttpResponse.json(include.includes('stats') ? { ...ticket, stats: stats.get(ticket.id) } : ticket);
    }),

    http.put(`${base}/tickets/:id`, async ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const ticket = tickets.get(Number(params.id));
      if (!ticket) return notFound();
      const input = await readJson(request);
      if (input instanceof Response) return input;
      const errors: FieldError[] = [];
      checkCodes(input, errors);
      if (input.subject !== undefined && (typeof input.subject !== 'string' || input.subject === '')) {
        errors.push({ field: 'subject', message: 'It should be a/an String', code: 'invalid_value' });
      }
      if (errors.length > 0) return validationFailed(errors);
      if (typeof input.subject === 'string') ticket.subject = input.subject;
      if (typeof input.description === 'string') {
        ticket.description = `<div>${input.description}</div>`;
        ticket.description_text = plainText(input.description);
      }
      const statusBefore = ticket.status;
      for (const field of ['status', 'priority', 'source'] as const) {
        if (typeof input[field] === 'number') ticket[field] = input[field];
      }
      statusChanged(ticket.id, statusBefore, ticket.status, now().toISOString());
      if (Array.isArray(input.tags)) ticket.tags = input.tags as string[];
      if (input.custom_fields !== undefined) ticket.custom_fields = { ...ticket.custom_fields, ...(input.custom_fields as Record<string, unknown>) };
      if (input.responder_id !== undefined) ticket.responder_id = input.responder_id as number | null;
      ticket.updated_at = now().toISOString();
      return HttpResponse.json(ticket);
    }),

    http.post(`${base}/tickets/:id/reply`, async ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const id = Number(params.id);
      if (!tickets.has(id)) return notFound();
      const input = await readJson(request);
      if (input instanceof Response) return input;
      if (typeof input.body !== 'string' || input.body === '') {
        return validationFailed([{ field: 'body', message: 'Missing field', code: 'missing_field' }]);
      }
      const userId = typeof input.user_id === 'number' ? input.user_id : FRESHDESK_AGENT_ID;
      return HttpResponse.json(addConversation(id, input.body, { private: false, incoming: false, userId, source: 0 }), { status: 201 });
    }),

    http.post(`${base}/tickets/:id/notes`, async ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const id = Number(params.id);
      if (!tickets.has(id)) return notFound();
      const input = await readJson(request);
      if (input instanceof Response) return input;
      if (typeof input.body !== 'string' || input.body === '') {
        return validationFailed([{ field: 'body', message: 'Missing field', code: 'missing_field' }]);
      }
      // Notes are private unless `private: false` is sent; `incoming: true` shows it as from outside (add_note_to_a_ticket).
      const userId = typeof input.user_id === 'number' ? input.user_id : FRESHDESK_AGENT_ID;
      return HttpResponse.json(addConversation(id, input.body, { private: input.private !== false, incoming: input.incoming === true, userId, source: 2 }), {
        status: 201,
      });
    }),

    http.get(`${base}/tickets/:id/conversations`, ({ request, params }) => {
      const gated = gate(request);
      if (gated) return gated;
      const id = Number(params.id);
      if (!tickets.has(id)) return notFound();
      const url = new URL(request.url);
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const page = Number(url.searchParams.get('page') ?? '1');
      if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
        return validationFailed([{ field: 'per_page', message: 'It should be a Positive Integer less than or equal to 100', code: 'invalid_value' }]);
      }
      const all = conversations.get(id) ?? [];
      return pageOf(all, url, page, perPage);
    }),

    http.get(`${base}/tickets`, ({ request }) => {
      const gated = gate(request);
      if (gated) return gated;
      const url = new URL(request.url);
      const errors: FieldError[] = [];
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const page = Number(url.searchParams.get('page') ?? '1');
      if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
        errors.push({ field: 'per_page', message: 'It should be a Positive Integer less than or equal to 100', code: 'invalid_value' });
      }
      if (!Number.isInteger(page) || page < 1) {
        errors.push({ field: 'page', message: 'It should be a Positive Integer', code: 'invalid_value' });
      }
      const orderBy = url.searchParams.get('order_by') ?? 'created_at';
      const orderType = url.searchParams.get('order_type') ?? 'desc';
      if (!['created_at', 'due_by', 'updated_at', 'status'].includes(orderBy)) {
        errors.push({ field: 'order_by', message: "It should be one of these values: 'created_at,due_by,updated_at,status'", code: 'invalid_value' });
      }
      if (orderType !== 'asc' && orderType !== 'desc') {
        errors.push({ field: 'order_type', message: "It should be one of these values: 'asc,desc'", code: 'invalid_value' });
      }
      const updatedSinceParam = url.searchParams.get('updated_since');
      const updatedSince = updatedSinceParam === null ? undefined : Date.parse(updatedSinceParam);
      if (updatedSince !== undefined && Number.isNaN(updatedSince)) {
        errors.push({ field: 'updated_since', message: 'It should be in the ISO 8601 format', code: 'invalid_value' });
      }
      if (errors.length > 0) return validationFailed(errors);
      const cutoff = now().getTime() - THIRTY_DAYS_MS;
      const sign = orderType === 'asc' ? 1 : -1;
      const key = orderBy === 'due_by' ? 'created_at' : orderBy;
      const all = [...tickets.values()]
        .filter((t) => (updatedSince === undefined ? Date.parse(t.created_at) >= cutoff : Date.parse(t.updated_at) >= updatedSince))
        .sort((a, b) => {
          const av = key === 'status' ? a.status : Date.parse(a[key as 'created_at' | 'updated_at']);
          const bv = key === 'status' ? b.status : Date.parse(b[key as 'created_at' | 'updated_at']);
          return (av - bv || a.id - b.id) * sign;
        });
      return pageOf(all, url, page, perPage);
    }),
  ];

  return {
    handlers,
    baseUrl: base,
    tickets,
    conversations,
    stats,
    requests,
    /** Serve `fault` instead of the next matching request. */
    failNext(fault: FreshdeskFault): void {
      faults.push(fault);
    },
  };
}

/** The value returned by {@link createFreshdeskModel}. */
export type FreshdeskModel = ReturnType<typeof createFreshdeskModel>;
