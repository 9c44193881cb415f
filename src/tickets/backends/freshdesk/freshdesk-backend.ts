/**
 * The Freshdesk API v2 backend. Everything goes through the shared HTTP client (retries,
 * `Retry-After`, the one error factory, secrets scrubbed); this file only knows Freshdesk's paths.
 * Freshdesk has no idempotency key, so creates and comments are sent once and never retried: a
 * lost response surfaces as an error rather than as a second ticket.
 *
 * - Tickets: https://developers.freshdesk.com/api/#tickets
 * - Reply / note: https://developers.freshdesk.com/api/#reply_ticket, https://developers.freshdesk.com/api/#add_note_to_a_ticket
 * - List (page, per_page ≤ 100, Link rel="next", updated_since): https://developers.freshdesk.com/api/#list_all_tickets
 * - Rate limits: https://developers.freshdesk.com/api/#ratelimit
 * (all checked 2026-11-24)
 * - Timeline: view with `include=stats` (https://developers.freshdesk.com/api/#view_a_ticket) and
 *   conversations (https://developers.freshdesk.com/api/#list_all_ticket_notes), checked 2026-12-02
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import type { BackendCallOptions, TicketBackend, TicketPage } from '../../backend.js';
import type { Comment, CommentInput, Ticket } from '../../model.js';
import { contactNoteBody } from '../shared/contact-note.js';
import { scrubbingErrors } from '../shared/scrub-errors.js';
import { numericId, vendorHttpClient } from '../shared/vendor-options.js';
import {
  commentFromFreshdesk,
  freshdeskCommentRequest,
  freshdeskCreateBody,
  freshdeskRequesterId,
  freshdeskTagsAfter,
  freshdeskUpdateBody,
  patchNeedsCurrent,
  ticketFromFreshdesk,
} from './mapping.js';
import { type FreshdeskBackendOptions, resolveFreshdeskOptions } from './options.js';
import { timelineFromFreshdesk } from './stats-timeline.js';
import { freshdeskErrorDetails } from './vendor-error.js';

/** Freshdesk caps `per_page` at 100 (list_all_tickets). */
const MAX_PER_PAGE = 100;
/** Conversation pages are followed up to this many, so a runaway `Link` cannot loop forever. */
const MAX_CONVERSATION_PAGES = 1000;
/** Without `updated_since` Freshdesk lists only the last 30 days; the epoch lists everything. */
const EPOCH = '1970-01-01T00:00:00Z';

const pageSchema = z.string().regex(/^[1-9]\d{0,5}$/, 'not a cursor this backend issued');

/**
 * A ticket backend over the Freshdesk API v2. Options are checked before any I/O: a missing API
 * key is a `ValidationError` naming `options.apiKey`. Creates are never retried (Freshdesk has no
 * idempotency key); reads and updates are, after `Retry-After` on a 429 (even with an empty body).
 *
 * Freshdesk has no `new` or `on_hold` status: a ticket created through walletdesk carries the tag
 * `walletdesk_new` until its status first changes, and `on_hold` is refused before any request.
 * `category` and `escalationLevel` are stored as `walletdesk_category_<id>` / `walletdesk_level_<n>` tags.
 *
 * @example
 * ```ts
 * import { freshdeskBackend } from 'walletdesk/tickets/freshdesk';
 * import { isValidationError } from 'walletdesk/errors';
 * const backend = freshdeskBackend({ domain: 'acme', apiKey: 'not-a-real-key' });
 * backend.capabilities.idempotentCreate; // => false
 * backend.capabilities.reopenClosed; // => true
 * const error = (() => { try { freshdeskBackend({ domain: 'acme' }); } catch (e) { return e; } })();
 * isValidationError(error); // => true
 * error.field; // => 'options.apiKey'
 * ```
 */
export function freshdeskBackend(options: FreshdeskBackendOptions): TicketBackend {
  const o = resolveFreshdeskOptions(options);
  const http = vendorHttpClient(o, freshdeskErrorDetails);
  const signalOf = (call: BackendCallOptions | undefined) => call?.signal;
  const ticketPath = (id: string): string => `tickets/${numericId(id, ['id'], 'Freshdesk ticket')}`;

  async function getRaw(id: string, call?: BackendCallOptions, include?: 'stats'): Promise<unknown> {
    const res = await http.request({ method: 'GET', path: ticketPath(id), ...(include ? { searchParams: { include } } : {}), signal: signalOf(call) });
    return res.body;
  }

  async function get(id: string, call?: BackendCallOptions): Promise<Ticket> {
    return ticketFromFreshdesk(await getRaw(id, call));
  }

  /** Every conversation entry of a ticket, as Freshdesk sends them, across all pages. */
  async function conversations(id: string, call?: BackendCallOptions): Promise<unknown[]> {
    const all: unknown[] = [];
    let path = `${ticketPath(id)}/conversations`;
    let searchParams: Record<string, number> | undefined = { per_page: MAX_PER_PAGE };
    for (let pages = 0; pages < MAX_CONVERSATION_PAGES; pages++) {
      const res = await http.request({ method: 'GET', path, ...(searchParams ? { searchParams } : {}), signal: signalOf(call) });
      all.push(...validate(z.array(z.unknown()), res.body, ['response']));
      const next = nextLink(res.headers.get('link'));
      if (next === undefined) break;
      path = next;
      searchParams = undefined;
    }
    return all;
  }

  async function addComment(id: string, comment: CommentInput, call?: BackendCallOptions): Promise<Comment> {
    // A requester's message is a note written as them; their id comes from the ticket.
    const requesterId = comment.role === 'requester' && comment.author === undefined ? freshdeskRequesterId(await getRaw(id, call)) : undefined;
    const { endpoint, body } = freshdeskCommentRequest(comment, requesterId);
    const res = await http.request({ method: 'POST', path: `${ticketPath(id)}/${endpoint}`, json: body, idempotent: false, signal: signalOf(call) });
    return commentFromFreshdesk(res.body, id);
  }

  return scrubbingErrors({
    name: 'freshdesk',
    capabilities: {
      idempotentCreate: false,
      onHold: false,
      cursorPagination: false,
      satisfaction: false,
      reopenClosed: true,
      browserSafeAuth: false,
      timeline: 'partial',
      contactLog: true,
    },

    async create(input, call = {}) {
      // No idempotency key in Freshdesk: sent once, never retried.
      const res = await http.request({ method: 'POST', path: 'tickets', json: freshdeskCreateBody(input, o.fallbackRequesterEmail), idempotent: false, signal: call.signal });
      return ticketFromFreshdesk(res.body);
    },

    get,

    async update(id, patch, call) {
      const path = ticketPath(id);
      const body = freshdeskUpdateBody(patch);
      // A PUT replaces all tags, and tags hold category, level and "new": read them first.
      if (patchNeedsCurrent(patch)) body.tags = freshdeskTagsAfter(patch, await get(id, call));
      const res = await http.request({ method: 'PUT', path, json: body, signal: signalOf(call) });
      return ticketFromFreshdesk(res.body);
    },

    addComment,

    async listComments(id, call): Promise<Comment[]> {
      const comments = (await conversations(id, call)).map((raw) => commentFromFreshdesk(raw, id));
      return comments.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || Number(a.id) - Number(b.id));
    },

    async timeline(id, call) {
      const raw = await getRaw(id, call, 'stats');
      return timelineFromFreshdesk(raw, await conversations(id, call));
    },

    async logContact(id, attempt, call) {
      // Freshdesk has no contact log: a private note with walletdesk's marker, read back by `timeline`.
      await addComment(id, { body: contactNoteBody(attempt), public: false }, call);
      return { type: 'contact', ...attempt };
    },

    async list(query, call): Promise<TicketPage> {
      const page = query.cursor === undefined ? 1 : Number(validate(pageSchema, query.cursor, ['query', 'cursor']));
      const statuses = query.status === undefined ? undefined : new Set(Array.isArray(query.status) ? query.status : [query.status]);
      const res = await http.request({
        method: 'GET',
        path: 'tickets',
        searchParams: {
          page,
          per_page: Math.min(query.pageSize, MAX_PER_PAGE),
          updated_since: query.updatedSince?.toISOString() ?? EPOCH,
          order_by: 'updated_at',
          order_type: 'asc',
          // Accounts created after 2018-11-30 list tickets without their description unless asked (2 extra credits a page).
          include: 'description',
        },
        signal: signalOf(call),
      });
      // List has no status filter (its `filter` takes predefined views only), and "new" is a tag: filter here.
      const tickets = validate(z.array(z.unknown()), res.body, ['response'])
        .map(ticketFromFreshdesk)
        .filter((t) => (statuses ? statuses.has(t.status) : true));
      const next = nextLink(res.headers.get('link'));
      const nextPage = next === undefined ? null : new URL(next).searchParams.get('page');
      return { tickets, ...(nextPage ? { nextCursor: nextPage } : {}) };
    },
  }, http.scrub);
}

/** The `rel="next"` target of a `Link` header (RFC 8288), if any. */
function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const match = /<([^>]+)>\s*;(?:[^,]*;)?\s*rel="?next"?/i.exec(part);
    if (match?.[1]) return match[1];
  }
  return undefined;
}
