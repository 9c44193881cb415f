/**
 * The ticket client: one typed API over any backend. It validates input once, checks the workflow
 * and the backend's capabilities before any I/O, creates one idempotency key per logical create,
 * and turns pages into an async iterator.
 */
import { z } from 'zod';
import { sleep } from '../_internal/sleep.js';
import { validate } from '../_internal/validate.js';
import { priorityForUrgency, URGENCY_LEVELS, type Urgency } from '../taxonomy/index.js';
import { UnsupportedCapabilityError, ValidationError } from '../errors/index.js';
import type { BackendCallOptions, TicketBackend, TicketPage } from './backend.js';
import { type ContactAttemptInit, parseContactAttempt } from './contact-attempt.js';
import {
  type Comment,
  type CommentInput,
  commentInputSchema,
  type ListQuery,
  listQuerySchema,
  type Satisfaction,
  satisfactionSchema,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type Ticket,
  type TicketInputInit,
  type TicketPatch,
  type TicketStatus,
  ticketInputSchema,
  ticketPatchSchema,
} from './model.js';
import { parseTimeline, type TimelineEvent, timelineEventSchema } from './timeline.js';
import { assertTransition } from './workflow.js';

/** The `contact` event `logContact` stored. */
export type ContactEvent = Extract<TimelineEvent, { type: 'contact' }>;

/** Options of {@link createTicketClient}. */
export interface TicketClientOptions {
  /** Where tickets live: `memoryBackend()`, `restBackend(…)`, `zendeskBackend(…)`, your own. */
  backend: TicketBackend;
  /** Makes idempotency keys (default `crypto.randomUUID`). */
  idempotencyKey?: () => string;
}

/** The part of a classifier result `create` can use (from `walletdesk/classifier` or a triage). */
export interface ClassificationHint {
  /** A taxonomy category id. */
  category: string;
  /** The classifier's urgency; sets the priority (critical → urgent). */
  urgency?: Urgency;
}

/** Options of {@link TicketClient.create}. */
export interface CreateOptions extends BackendCallOptions {
  /** Reuse a key you stored to make a retry across restarts safe; by default one is made per call. */
  idempotencyKey?: string;
  /** Sets `category` and `priority` unless the input gives them. */
  classification?: ClassificationHint;
}

/** What {@link TicketClient.watch} yields. */
export interface TicketChange {
  /** The ticket as it is now. */
  ticket: Ticket;
  /** Fields whose value changed since the last look (empty on the first yield). */
  changed: Array<keyof Ticket>;
  /** Comments added since the last look (all of them on the first yield). */
  comments: Comment[];
}

/** Options of {@link TicketClient.watch}. */
export interface WatchOptions {
  /** Time between polls in ms (default 30,000; at least 10). */
  intervalMs?: number;
  /** Stops watching; the iterator then ends without throwing. */
  signal?: AbortSignal;
}

/** Options of {@link TicketClient.list}. */
export type ListOptions = z.input<typeof listQuerySchema> & BackendCallOptions;

/** The ticket client. Every method validates its input and throws walletdesk errors. */
export interface TicketClient {
  /** The backend underneath (for its `name` and `capabilities`). */
  readonly backend: TicketBackend;
  /** Files a ticket. Retried creates never make two tickets on backends with `idempotentCreate`. */
  create(input: TicketInputInit, options?: CreateOptions): Promise<Ticket>;
  /** Reads a ticket. */
  get(id: string, options?: BackendCallOptions): Promise<Ticket>;
  /** Changes fields; a `status` change is checked against the workflow first. */
  update(id: string, patch: TicketPatch, options?: BackendCallOptions): Promise<Ticket>;
  /** Moves a ticket to `status`, checked against the workflow and the backend's capabilities. */
  transition(id: string, status: TicketStatus, options?: BackendCallOptions): Promise<Ticket>;
  /** Adds a public reply (default) or an internal note (`public: false`). */
  comment(id: string, comment: z.input<typeof commentInputSchema>, options?: BackendCallOptions): Promise<Comment>;
  /** The comments on a ticket, oldest first. */
  comments(id: string, options?: BackendCallOptions): Promise<Comment[]>;
  /** Hands the ticket to the next line: level + 1, priority one step up, an internal note with the reason; reopens a solved ticket. */
  escalate(id: string, escalation: { reason: string }, options?: BackendCallOptions): Promise<Ticket>;
  /** Asks the user for more information: a public comment, then `pending`. */
  requestInfo(id: string, message: string, options?: BackendCallOptions): Promise<Ticket>;
  /** Marks the ticket `solved`, with an optional public closing comment. */
  resolve(id: string, resolution?: { comment?: string }, options?: BackendCallOptions): Promise<Ticket>;
  /** Records the user's satisfaction with a solved or closed ticket. */
  rate(id: string, rating: Satisfaction, options?: BackendCallOptions): Promise<Ticket>;
  /**
   * What happened to the ticket, oldest first, `created` first: status and priority changes,
   * comments with who wrote them, assignment, escalation, rating and logged contacts. Needs
   * `capabilities.timeline` (`'partial'` backends leave out what the help-desk does not keep).
   */
  timeline(id: string, options?: BackendCallOptions): Promise<TimelineEvent[]>;
  /**
   * Logs a contact with support (a call, a chat; agent name, staff number 工号, reference,
   * outcome) as a `contact` event in the ticket's timeline. Needs `capabilities.contactLog`.
   * `at` may not be before the ticket was created.
   */
  logContact(id: string, attempt: ContactAttemptInit, options?: BackendCallOptions): Promise<ContactEvent>;
  /** Every ticket matching the query, across all pages, each once. */
  list(query?: ListOptions): AsyncIterableIterator<Ticket>;
  /** One page, for UIs that page themselves. */
  listPage(query?: ListOptions & { cursor?: string }): Promise<TicketPage>;
  /** Polls a ticket and yields each change until `signal` aborts or the ticket closes. */
  watch(id: string, options?: WatchOptions): AsyncIterableIterator<TicketChange>;
  /** Releases the backend. */
  dispose(): Promise<void>;
}

const idSchema = z.string().trim().min(1, 'ticket id is empty').max(200);
const reasonSchema = z.strictObject({ reason: z.string().trim().min(1, 'give a reason').max(5000) });
const messageSchema = z.string().trim().min(1, 'message is empty').max(65_000);
const resolutionSchema = z.strictObject({ comment: z.string().trim().min(1).max(65_000).optional() });
/** Any plain object; its fields are parsed by listQuerySchema after the client takes out signal and cursor. */
const queryObjectSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'pass an object of filters, e.g. { status: "open", pageSize: 20 }',
);
const watchSchema = z.object({ intervalMs: z.number().int().min(10).default(30_000), signal: z.instanceof(AbortSignal).optional() });
const hintSchema = z.object({ category: z.string(), urgency: z.enum(URGENCY_LEVELS).optional() }).optional();


/**
 * Makes a ticket client over a backend.
 *
 * @example
 * ```ts
 * import { createTicketClient, memoryBackend } from 'walletdesk/tickets';
 * const client = createTicketClient({ backend: memoryBackend() });
 * const t = await client.create({ subject: 'Withdrawal pending 3 days', description: 'Order 88231 still processing', category: 'withdrawal' });
 * await client.requestInfo(t.id, 'Please send a screenshot of the withdrawal record.');
 * (await client.resolve(t.id, { comment: 'The bank returned the funds.' })).status; // => 'solved'
 * (await client.rate(t.id, { score: 'good' })).satisfaction; // => { score: 'good' }
 * ```
 */
export function createTicketClient(options: TicketClientOptions): TicketClient {
  if (options === null || typeof options !== 'object' || typeof options.backend?.create !== 'function') {
    throw new ValidationError([{ path: ['options', 'backend'], message: 'pass a ticket backend, e.g. memoryBackend()', code: 'invalid_type' }]);
  }
  const { backend } = options;
  const makeKey = options.idempotencyKey ?? (() => globalThis.crypto.randomUUID());
  const caps = backend.capabilities;
  const call = (o: BackendCallOptions | undefined): BackendCallOptions => (o?.signal ? { signal: o.signal } : {});

  function checkStatus(from: TicketStatus, to: TicketStatus): void {
    if (to === 'on_hold' && !caps.onHold) throw new UnsupportedCapabilityError('onHold', backend.name);
    assertTransition(from, to, { reopenClosed: caps.reopenClosed });
  }

  async function update(id: string, patch: TicketPatch, o?: BackendCallOptions): Promise<Ticket> {
    const ticketId = validate(idSchema, id, ['id']);
    const clean = validate(ticketPatchSchema, patch, ['patch']);
    if (clean.status !== undefined) {
      const current = await backend.get(ticketId, call(o));
      checkStatus(current.status, clean.status);
      if (current.status === clean.status && Object.keys(clean).length === 1) return current;
    }
    return backend.update(ticketId, clean, call(o));
  }

  async function listPage(query: ListOptions & { cursor?: string } = {}): Promise<TicketPage> {
    // Checked before the rest-spread: spreading a 1 MB string makes a million keys before zod sees it.
    const { signal, cursor, ...rest } = validate(queryObjectSchema, query ?? {}, ['query']) as ListOptions & { cursor?: string };
    const clean: ListQuery = validate(listQuerySchema, rest, ['query']);
    return backend.list({ ...clean, ...(cursor !== undefined ? { cursor: validate(z.string().min(1), cursor, ['query', 'cursor']) } : {}) }, signal ? { signal } : {});
  }

  const client: TicketClient = {
    backend,
    async create(input, options) {
      const o: CreateOptions = options ?? {};
      const hint = validate(hintSchema, o.classification, ['options', 'classification']);
      const raw = input !== null && typeof input === 'object' ? input : {};
      const withHint = hint
        ? {
            ...(raw as object),
            category: (raw as TicketInputInit).category ?? hint.category,
            ...((raw as TicketInputInit).priority === undefined && hint.urgency ? { priority: priorityForUrgency(hint.urgency) } : {}),
          }
        : input;
      const clean = validate(ticketInputSchema, withHint, ['input']);
      const key = o.idempotencyKey !== undefined ? validate(z.string().min(1).max(255), o.idempotencyKey, ['options', 'idempotencyKey']) : makeKey();
      return backend.create(clean, { ...call(o), ...(caps.idempotentCreate ? { idempotencyKey: key } : {}) });
    },
    async get(id, o) {
      return backend.get(validate(idSchema, id, ['id']), call(o));
    },
    update,
    async transition(id, status, o) {
      return update(id, { status: validate(z.enum(TICKET_STATUSES), status, ['status']) }, o);
    },
    async comment(id, comment, o) {
      const ticketId = validate(idSchema, id, ['id']);
      const clean: CommentInput = validate(commentInputSchema, comment, ['comment']);
      return backend.addComment(ticketId, clean, call(o));
    },
    async comments(id, o) {
      return backend.listComments(validate(idSchema, id, ['id']), call(o));
    },
    async escalate(id, escalation, o) {
      const ticketId = validate(idSchema, id, ['id']);
      const { reason } = validate(reasonSchema, escalation, ['escalation']);
      const current = await backend.get(ticketId, call(o));
      const status: TicketStatus = current.status === 'new' || current.status === 'solved' ? 'open' : current.status;
      checkStatus(current.status, status);
      const level = current.escalationLevel + 1;
      const priority = TICKET_PRIORITIES[Math.min(TICKET_PRIORITIES.indexOf(current.priority) + 1, TICKET_PRIORITIES.length - 1)] ?? 'urgent';
      await backend.addComment(ticketId, { body: `Escalated to level ${level}: ${reason}`, public: false }, call(o));
      return backend.update(ticketId, { escalationLevel: level, priority, ...(status !== current.status ? { status } : {}) }, call(o));
    },
    async requestInfo(id, message, o) {
      const ticketId = validate(idSchema, id, ['id']);
      const body = validate(messageSchema, message, ['message']);
      const current = await backend.get(ticketId, call(o));
      checkStatus(current.status, 'pending');
      await backend.addComment(ticketId, { body, public: true }, call(o));
      return current.status === 'pending' ? backend.get(ticketId, call(o)) : backend.update(ticketId, { status: 'pending' }, call(o));
    },
    async resolve(id, resolution = {}, o) {
      const ticketId = validate(idSchema, id, ['id']);
      const { comment } = validate(resolutionSchema, resolution, ['resolution']);
      const current = await backend.get(ticketId, call(o));
      checkStatus(current.status, 'solved');
      if (comment !== undefined) await backend.addComment(ticketId, { body: comment, public: true }, call(o));
      return backend.update(ticketId, { status: 'solved' }, call(o));
    },
    async rate(id, rating, o) {
      const ticketId = validate(idSchema, id, ['id']);
      const clean = validate(satisfactionSchema, rating, ['rating']);
      if (!caps.satisfaction || backend.rate === undefined) throw new UnsupportedCapabilityError('satisfaction', backend.name);
      const current = await backend.get(ticketId, call(o));
      if (current.status !== 'solved' && current.status !== 'closed') {
        throw new ValidationError([{ path: ['status'], message: `only solved or closed tickets can be rated (ticket ${ticketId} is ${current.status})`, code: 'invalid_state' }]);
      }
      return backend.rate(ticketId, clean, call(o));
    },
    async timeline(id, o) {
      const ticketId = validate(idSchema, id, ['id']);
      if (!caps.timeline || backend.timeline === undefined) throw new UnsupportedCapabilityError('timeline', backend.name);
      // A backend's answer is checked like any response: a user-written backend that drifts from the
      // contract fails here, naming the event, not later inside SLA arithmetic.
      return parseTimeline(await backend.timeline(ticketId, call(o)), ['response', 'timeline']);
    },
    async logContact(id, attempt, o) {
      const ticketId = validate(idSchema, id, ['id']);
      const clean = parseContactAttempt(attempt, ['attempt']);
      if (!caps.contactLog || backend.logContact === undefined) throw new UnsupportedCapabilityError('contactLog', backend.name);
      const current = await backend.get(ticketId, call(o));
      // A timeline starts at its ticket's creation; an earlier call belongs in the description.
      if (clean.at.getTime() < current.createdAt.getTime()) {
        throw new ValidationError([
          { path: ['attempt', 'at'], message: `the contact is dated before ticket ${ticketId} was created (${current.createdAt.toISOString()})`, code: 'too_small' },
        ]);
      }
      const event = validate(timelineEventSchema, await backend.logContact(ticketId, clean, call(o)), ['response', 'event']);
      if (event.type !== 'contact') {
        throw new ValidationError([{ path: ['response', 'event', 'type'], message: `logContact answers with the contact event, got ${event.type}`, code: 'invalid_value' }]);
      }
      return event;
    },
    async *list(listQuery) {
      const query = validate(queryObjectSchema, listQuery ?? {}, ['query']) as ListOptions;
      const seen = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await listPage({ ...query, ...(cursor !== undefined ? { cursor } : {}) });
        for (const ticket of page.tickets) {
          if (seen.has(ticket.id)) continue;
          seen.add(ticket.id);
          yield ticket;
        }
        if (page.nextCursor !== undefined && page.nextCursor === cursor) break;
        cursor = page.nextCursor;
      } while (cursor !== undefined);
    },
    listPage,
    async *watch(id, o = {}) {
      const ticketId = validate(idSchema, id, ['id']);
      const { intervalMs, signal } = validate(watchSchema, o, ['options']);
      let previous: Ticket | undefined;
      const seenComments = new Set<string>();
      while (!signal?.aborted) {
        const ticket = await backend.get(ticketId, signal ? { signal } : {});
        const all = await backend.listComments(ticketId, signal ? { signal } : {});
        const fresh = all.filter((c) => !seenComments.has(c.id));
        for (const c of fresh) seenComments.add(c.id);
        const changed = previous ? changedFields(previous, ticket) : [];
        if (!previous || changed.length > 0 || fresh.length > 0) yield { ticket, changed, comments: fresh };
        previous = ticket;
        if (ticket.status === 'closed') return;
        // An abort ends the watch quietly, not with the signal's reason.
        if (!(await sleep(intervalMs, signal).then(() => true, () => false))) return;
      }
    },
    async dispose() {
      await backend.dispose?.();
    },
  };
  return client;
}

function changedFields(a: Ticket, b: Ticket): Array<keyof Ticket> {
  return (Object.keys(b) as Array<keyof Ticket>).filter((key) => key !== 'updatedAt' && JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

