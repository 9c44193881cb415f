/**
 * The Zendesk Support API v2 backend. Everything goes through the shared HTTP client (retries,
 * `Retry-After`, the one error factory, secrets scrubbed); this file only knows Zendesk's paths.
 *
 * - Tickets: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
 * - Idempotent create: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#idempotency
 * - Cursor pagination: https://developer.zendesk.com/api-reference/introduction/pagination/
 * - Comments: https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/
 * - Satisfaction: https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/
 * (all checked 2026-11-24)
 * - Ticket audits (the timeline): https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/ (checked 2026-12-02)
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { HttpError } from '../../../errors/index.js';
import type { BackendCallOptions, TicketBackend, TicketPage } from '../../backend.js';
import type { Comment, CommentInput, Ticket } from '../../model.js';
import { contactNoteBody } from '../shared/contact-note.js';
import { scrubbingErrors } from '../shared/scrub-errors.js';
import { numericId, vendorHttpClient } from '../shared/vendor-options.js';
import { timelineFromZendeskAudits } from './audits.js';
import {
  commentFromZendesk,
  patchTouchesTags,
  ticketFromZendesk,
  zendeskCommentBody,
  zendeskCommentSchema,
  zendeskCreateBody,
  zendeskRequesterId,
  zendeskTagsAfter,
  zendeskUpdateBody,
} from './mapping.js';
import { resolveZendeskOptions, type ZendeskBackendOptions } from './options.js';
import { zendeskErrorDetails } from './vendor-error.js';

const ticketEnvelope = z.object({ ticket: z.unknown() });
const listEnvelope = z.object({
  tickets: z.array(z.unknown()),
  meta: z.object({ has_more: z.boolean(), after_cursor: z.string().nullish() }).optional(),
  links: z.object({ next: z.string().nullish() }).optional(),
});
/** A cursor page of a ticket's comments or audits (the items are under the resource's name). */
const cursorPage = z.looseObject({
  meta: z.object({ has_more: z.boolean() }).optional(),
  links: z.object({ next: z.string().nullish() }).optional(),
});
/** A real Zendesk update answers with the audit, whose `Comment` event is the comment just added. */
const auditEnvelope = z.object({ audit: z.object({ created_at: z.string(), events: z.array(z.looseObject({ type: z.string() })) }) });

/** Zendesk caps cursor pages at 100 (pagination docs). */
const MAX_PAGE_SIZE = 100;
/** Comment and audit pages are followed up to this many, so a runaway `links.next` cannot loop forever. */
const MAX_PAGES = 1000;

/**
 * A ticket backend over the Zendesk Support API v2. Options are checked before any I/O: a missing
 * or malformed credential is a `ValidationError` naming the field. Creates send an
 * `Idempotency-Key`, so they are retried safely; the token never appears in an error.
 *
 * walletdesk's `category`, `channel` and `escalationLevel` are stored as the tags
 * `walletdesk_category_<id>`, `walletdesk_channel_<channel>` and `walletdesk_level_<n>` and read
 * back from them; `customFields` are keyed by Zendesk field id.
 *
 * @example
 * ```ts
 * import { zendeskBackend } from 'walletdesk/tickets/zendesk';
 * import { isValidationError } from 'walletdesk/errors';
 * const backend = zendeskBackend({ subdomain: 'acme', email: 'agent@acme.example', apiToken: 'not-a-real-token' });
 * backend.capabilities.idempotentCreate; // => true
 * backend.capabilities.browserSafeAuth; // => false
 * const error = (() => { try { zendeskBackend({ subdomain: 'acme', email: 'agent@acme.example' }); } catch (e) { return e; } })();
 * isValidationError(error); // => true
 * error.field; // => 'options.apiToken'
 * ```
 */
export function zendeskBackend(options: ZendeskBackendOptions): TicketBackend {
  const o = resolveZendeskOptions(options);
  const http = vendorHttpClient(o, zendeskErrorDetails);
  const signalOf = (call: BackendCallOptions | undefined) => call?.signal;
  const ticketPath = (id: string): string => `tickets/${numericId(id, ['id'], 'Zendesk ticket')}.json`;

  async function getRaw(id: string, call?: BackendCallOptions): Promise<unknown> {
    const res = await http.request({ method: 'GET', path: ticketPath(id), signal: signalOf(call) });
    return validate(ticketEnvelope, res.body, ['response']).ticket;
  }

  async function get(id: string, call?: BackendCallOptions): Promise<Ticket> {
    return ticketFromZendesk(await getRaw(id, call));
  }

  /** Every item of a ticket's cursor-paged `comments` or `audits`, oldest first. */
  async function allPages(id: string, key: 'comments' | 'audits', call?: BackendCallOptions): Promise<unknown[]> {
    const items: unknown[] = [];
    let path = `tickets/${numericId(id, ['id'], 'Zendesk ticket')}/${key}.json`;
    let searchParams: Record<string, string | number> | undefined = { 'page[size]': MAX_PAGE_SIZE };
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const res = await http.request({ method: 'GET', path, ...(searchParams ? { searchParams } : {}), signal: signalOf(call) });
      const page = validate(cursorPage, res.body, ['response']);
      items.push(...validate(z.array(z.unknown()), page[key], ['response', key]));
      const next = page.links?.next;
      if (!page.meta?.has_more || !next) break;
      path = next;
      searchParams = undefined;
    }
    return items;
  }

  async function listComments(id: string, call?: BackendCallOptions): Promise<Comment[]> {
    return (await allPages(id, 'comments', call)).map((raw) => commentFromZendesk(raw, id));
  }

  async function addComment(id: string, comment: CommentInput, call?: BackendCallOptions): Promise<Comment> {
    // A requester's message is written as the requester (author_id), which is how Zendesk itself tells them apart.
    const requesterId = comment.role === 'requester' && comment.author === undefined ? zendeskRequesterId(await getRaw(id, call)) : undefined;
    const body = zendeskCommentBody(comment, requesterId);
    // Not retried: a PUT carrying a comment adds it again on every attempt.
    const res = await http.request({ method: 'PUT', path: ticketPath(id), json: { ticket: { comment: body } }, idempotent: false, signal: signalOf(call) });
    const audit = auditEnvelope.safeParse(res.body);
    const event = audit.success ? audit.data.audit.events.find((e) => e.type === 'Comment' && zendeskCommentSchema.safeParse({ created_at: audit.data.audit.created_at, ...e }).success) : undefined;
    if (audit.success && event) return commentFromZendesk({ created_at: audit.data.audit.created_at, ...event }, id);
    // Without an audit in the answer, the newest matching comment is the one just added.
    const added = (await listComments(id, call)).findLast((c) => c.body === comment.body && c.public === comment.public);
    if (!added) throw new HttpError(`Zendesk accepted the comment on ticket ${id} but does not list it`, { status: 0, method: 'PUT', url: `${o.baseUrl}${ticketPath(id)}` });
    return added;
  }

  return scrubbingErrors({
    name: 'zendesk',
    capabilities: {
      idempotentCreate: true,
      onHold: true,
      cursorPagination: true,
      satisfaction: true,
      reopenClosed: false,
      browserSafeAuth: o.browserSafeAuth,
      timeline: 'full',
      contactLog: true,
    },

    async create(input, call = {}) {
      const key = call.idempotencyKey;
      const res = await http.request({
        method: 'POST',
        path: 'tickets.json',
        json: zendeskCreateBody(input),
        // Only a keyed create may be sent twice: Zendesk replays the first ticket for a repeated key.
        ...(key !== undefined ? { headers: { 'idempotency-key': key }, idempotent: true } : { idempotent: false }),
        signal: call.signal,
      });
      return ticketFromZendesk(validate(ticketEnvelope, res.body, ['response']).ticket);
    },

    get,

    async update(id, patch, call) {
      const path = ticketPath(id);
      const body = zendeskUpdateBody(patch);
      // Tags hold category and level too, and a PUT replaces all tags: read them first.
      if (patchTouchesTags(patch)) body.ticket.tags = zendeskTagsAfter(patch, await get(id, call));
      const res = await http.request({ method: 'PUT', path, json: body, signal: signalOf(call) });
      return ticketFromZendesk(validate(ticketEnvelope, res.body, ['response']).ticket);
    },

    addComment,

    listComments,

    async timeline(id, call) {
      const raw = await getRaw(id, call);
      const ticket = ticketFromZendesk(raw);
      const audits = await allPages(id, 'audits', call);
      return timelineFromZendeskAudits(audits, { requesterId: zendeskRequesterId(raw), createdAt: ticket.createdAt, priority: ticket.priority });
    },

    async logContact(id, attempt, call) {
      // Zendesk has no contact log: an internal note with walletdesk's marker, read back by `timeline`.
      await addComment(id, { body: contactNoteBody(attempt), public: false }, call);
      return { type: 'contact', ...attempt };
    },

    async list(query, call): Promise<TicketPage> {
      const statuses = query.status === undefined ? undefined : new Set(Array.isArray(query.status) ? query.status : [query.status]);
      const res = await http.request({
        method: 'GET',
        path: 'tickets.json',
        searchParams: { 'page[size]': Math.min(query.pageSize, MAX_PAGE_SIZE), 'page[after]': query.cursor },
        signal: signalOf(call),
      });
      const page = validate(listEnvelope, res.body, ['response']);
      // List Tickets has no status or date filter; filtering here keeps the cursor exact (a page
      // may hold fewer than pageSize matches, never a ticket twice).
      const tickets = page.tickets
        .map(ticketFromZendesk)
        .filter((t) => (statuses ? statuses.has(t.status) : true))
        .filter((t) => (query.updatedSince ? t.updatedAt.getTime() >= query.updatedSince.getTime() : true));
      const after = page.meta?.after_cursor;
      return { tickets, ...(page.meta?.has_more && after ? { nextCursor: after } : {}) };
    },

    async rate(id, rating, call) {
      await http.request({
        method: 'POST',
        path: `tickets/${numericId(id, ['id'], 'Zendesk ticket')}/satisfaction_rating.json`,
        json: { satisfaction_rating: { score: rating.score, ...(rating.comment !== undefined ? { comment: rating.comment } : {}) } },
        // A ticket has one rating; sending the same one twice leaves the same rating.
        idempotent: true,
        signal: signalOf(call),
      });
      return get(id, call);
    },
  }, http.scrub);
}
