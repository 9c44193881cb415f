/**
 * A complete backend held in memory: for `npm start`, tests, examples and prototypes; `fileBackend`
 * runs each operation on one, loaded from the store file under a lock. It declares every capability, so it is also the reference the conformance suite is
 * written against.
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../errors/index.js';
import type { BackendCapabilities, TicketBackend, TicketPage } from '../../backend.js';
import { type Comment, commentSchema, type Ticket, ticketSchema } from '../../model.js';
import type { TimelineEvent } from '../../timeline.js';
import { timelineFromJson } from '../shared/timeline-json.js';
import { insertInOrder, orderTimeline } from '../shared/timeline-order.js';

/** Everything a memory backend holds; `exportState()` returns it and `initial` takes it back. */
export interface MemoryState {
  tickets: Ticket[];
  comments: Comment[];
  /** Idempotency keys already used: key → the ticket they made and a fingerprint of the input. */
  idempotency: Array<{ key: string; ticketId: string; fingerprint: string }>;
  /**
   * Each ticket's timeline, by ticket id. In `initial`, `at` may be an ISO string (as in a JSON
   * store file); a ticket without one (a store written before timelines) gets one rebuilt from
   * the ticket and its comments.
   */
  timelines?: Record<string, TimelineEvent[]>;
}

/** Options of {@link memoryBackend}. */
export interface MemoryBackendOptions {
  /** The clock (default `() => new Date()`); tests pass a fake one. */
  now?: () => Date;
  /** State to start from (e.g. read from a file). */
  initial?: MemoryState;
  /** Called after every write with the new state. To keep tickets in a file, use `fileBackend` instead: it locks and writes atomically. */
  onChange?: (state: MemoryState) => void;
  /** Turn capabilities off to rehearse a smaller help-desk (e.g. `{ onHold: false }`). */
  capabilities?: Partial<BackendCapabilities>;
}

const fn = <T>(what: string) => z.custom<T>((value) => typeof value === 'function', `${what} must be a function`);
const optionsSchema = z.strictObject({
  now: fn<() => Date>('now').optional(),
  initial: z
    .object({
      tickets: z.array(ticketSchema),
      comments: z.array(commentSchema),
      idempotency: z.array(z.object({ key: z.string(), ticketId: z.string(), fingerprint: z.string() })).default([]),
      timelines: z.record(z.string(), z.array(z.unknown())).optional(),
    })
    .optional(),
  onChange: fn<(state: MemoryState) => void>('onChange').optional(),
  capabilities: z
    .strictObject({
      idempotentCreate: z.boolean().optional(),
      onHold: z.boolean().optional(),
      cursorPagination: z.boolean().optional(),
      satisfaction: z.boolean().optional(),
      reopenClosed: z.boolean().optional(),
      browserSafeAuth: z.boolean().optional(),
      timeline: z.union([z.literal('full'), z.literal('partial'), z.literal(false)]).optional(),
      contactLog: z.boolean().optional(),
    })
    .optional(),
});

/** The memory backend: a {@link TicketBackend} plus `exportState()`. */
export interface MemoryBackend extends TicketBackend {
  /** A deep copy of everything stored. */
  exportState(): MemoryState;
}

/**
 * A ticket backend that keeps everything in memory. Idempotent creates, keyset cursors that stay
 * stable while tickets change, satisfaction, on-hold: every capability is implemented.
 *
 * @example
 * ```ts
 * import { createTicketClient, memoryBackend } from 'walletdesk/tickets';
 * const client = createTicketClient({ backend: memoryBackend() });
 * const ticket = await client.create({ subject: 'Top-up failed', description: 'Card was charged, balance unchanged' });
 * ticket.status; // => 'new'
 * ```
 */
export function memoryBackend(memoryOptions: MemoryBackendOptions = {}): MemoryBackend {
  // Parsed once: a corrupt `initial` (e.g. a hand-edited store file) is a ValidationError naming the field.
  const options = validate(optionsSchema, memoryOptions, ['options']) as MemoryBackendOptions;
  const now = options.now ?? (() => new Date());
  const tickets = new Map<string, Ticket>();
  const comments: Comment[] = [];
  const idempotency = new Map<string, { ticketId: string; fingerprint: string }>();
  const timelines = new Map<string, TimelineEvent[]>();
  let lastId = 0;
  let lastCommentId = 0;
  for (const ticket of options.initial?.tickets ?? []) {
    tickets.set(ticket.id, structuredClone(ticket));
    lastId = Math.max(lastId, Number(ticket.id) || 0);
  }
  for (const comment of options.initial?.comments ?? []) {
    comments.push(structuredClone(comment));
    lastCommentId = Math.max(lastCommentId, Number(comment.id) || 0);
  }
  for (const entry of options.initial?.idempotency ?? []) idempotency.set(entry.key, { ticketId: entry.ticketId, fingerprint: entry.fingerprint });
  for (const [ticketId, events] of Object.entries(options.initial?.timelines ?? {})) {
    timelines.set(ticketId, timelineFromJson(events, ['options', 'initial', 'timelines', ticketId]));
  }
  for (const ticket of tickets.values()) {
    if (!timelines.has(ticket.id)) timelines.set(ticket.id, rebuiltTimeline(ticket, comments));
  }

  const exportState = (): MemoryState => ({
    tickets: [...tickets.values()].map((t) => structuredClone(t)),
    comments: comments.map((c) => structuredClone(c)),
    idempotency: [...idempotency].map(([key, value]) => ({ key, ...value })),
    timelines: Object.fromEntries([...timelines].map(([id, events]) => [id, events.map((e) => ({ ...e, at: new Date(e.at) }))])),
  });
  const record = (id: string, event: TimelineEvent): void => {
    const events = timelines.get(id);
    if (events) insertInOrder(events, event);
    else timelines.set(id, [event]);
  };
  const changed = (): void => options.onChange?.(exportState());
  const find = (id: string): Ticket => {
    const ticket = tickets.get(id);
    if (!ticket) throw new NotFoundError(`Ticket ${id} not found`, { resource: 'ticket', id });
    return ticket;
  };
  // Timestamps never go backwards within a ticket, even with a coarse or fake clock.
  const stamp = (after?: Date): Date => {
    const at = now();
    return after && at.getTime() <= after.getTime() ? new Date(after.getTime() + 1) : at;
  };

  return {
    name: 'memory',
    capabilities: {
      idempotentCreate: true,
      onHold: true,
      cursorPagination: true,
      satisfaction: true,
      reopenClosed: false,
      browserSafeAuth: true,
      timeline: 'full',
      contactLog: true,
      ...options.capabilities,
    },
    exportState,
    async create(input, callOptions = {}) {
      const key = callOptions.idempotencyKey;
      const fingerprint = JSON.stringify(input);
      if (key !== undefined) {
        const seen = idempotency.get(key);
        if (seen) {
          if (seen.fingerprint !== fingerprint) throw new ConflictError(`Idempotency key "${key}" was already used for a different ticket (${seen.ticketId})`);
          return structuredClone(find(seen.ticketId));
        }
      }
      const at = now();
      lastId += 1;
      const ticket: Ticket = {
        id: String(lastId),
        subject: input.subject,
        description: input.description,
        status: 'new',
        priority: input.priority,
        category: input.category,
        channel: input.channel,
        requester: { ...input.requester },
        tags: [...input.tags],
        ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
        escalationLevel: 0,
        createdAt: at,
        updatedAt: at,
        customFields: { ...input.customFields },
      };
      tickets.set(ticket.id, ticket);
      timelines.set(ticket.id, [{ type: 'created', at, status: 'new', priority: ticket.priority }]);
      if (ticket.assignee !== undefined) record(ticket.id, { type: 'assigned', at, to: ticket.assignee });
      if (key !== undefined) idempotency.set(key, { ticketId: ticket.id, fingerprint });
      changed();
      return structuredClone(ticket);
    },
    async get(id) {
      return structuredClone(find(id));
    },
    async update(id, patch) {
      const current = find(id);
      const next = { ...current, ...stripUndefined(patch), updatedAt: stamp(current.updatedAt) } as Ticket;
      if (patch.customFields) next.customFields = { ...current.customFields, ...patch.customFields };
      tickets.set(id, next);
      for (const event of changeEvents(current, next)) record(id, event);
      changed();
      return structuredClone(next);
    },
    async addComment(id, input) {
      const ticket = find(id);
      const at = stamp(ticket.updatedAt);
      lastCommentId += 1;
      const comment: Comment = {
        id: String(lastCommentId),
        ticketId: id,
        body: input.body,
        public: input.public,
        ...(input.author !== undefined ? { author: input.author } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        createdAt: at,
      };
      comments.push(comment);
      tickets.set(id, { ...ticket, updatedAt: at });
      record(id, { type: 'comment', at, author: input.role ?? 'agent', public: input.public, commentId: comment.id });
      changed();
      return structuredClone(comment);
    },
    async listComments(id) {
      find(id);
      return comments.filter((c) => c.ticketId === id).map((c) => structuredClone(c));
    },
    async list(query): Promise<TicketPage> {
      const statuses = query.status === undefined ? undefined : new Set(Array.isArray(query.status) ? query.status : [query.status]);
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const matching = [...tickets.values()]
        .filter((t) => (statuses ? statuses.has(t.status) : true))
        .filter((t) => (query.updatedSince ? t.updatedAt.getTime() >= query.updatedSince.getTime() : true))
        .sort(byUpdate)
        .filter((t) => (after ? byUpdate(t, after) > 0 : true));
      const page = matching.slice(0, query.pageSize);
      const last = page.at(-1);
      return {
        tickets: page.map((t) => structuredClone(t)),
        ...(matching.length > page.length && last ? { nextCursor: encodeCursor(last) } : {}),
      };
    },
    async rate(id, rating) {
      const current = find(id);
      const next: Ticket = { ...current, satisfaction: { ...rating }, updatedAt: stamp(current.updatedAt) };
      tickets.set(id, next);
      record(id, { type: 'rated', at: next.updatedAt, score: rating.score });
      changed();
      return structuredClone(next);
    },
    async timeline(id) {
      find(id);
      return (timelines.get(id) ?? []).map((event) => ({ ...event, at: new Date(event.at) }));
    },
    async logContact(id, attempt) {
      const current = find(id);
      const event: TimelineEvent = { type: 'contact', ...structuredClone(attempt) };
      record(id, event);
      tickets.set(id, { ...current, updatedAt: stamp(current.updatedAt) });
      changed();
      return { ...event, at: new Date(event.at) };
    },
  };
}

/** The events an update makes: status, priority, assignee and a higher escalation level, in that order. */
function changeEvents(before: Ticket, after: Ticket): TimelineEvent[] {
  const at = after.updatedAt;
  const events: TimelineEvent[] = [];
  if (after.status !== before.status) events.push({ type: 'status', at, from: before.status, to: after.status });
  if (after.priority !== before.priority) events.push({ type: 'priority', at, from: before.priority, to: after.priority });
  if (after.assignee !== before.assignee) {
    events.push({ type: 'assigned', at, ...(before.assignee !== undefined ? { from: before.assignee } : {}), ...(after.assignee !== undefined ? { to: after.assignee } : {}) });
  }
  if (after.escalationLevel > before.escalationLevel) events.push({ type: 'escalated', at, level: after.escalationLevel });
  return events;
}

/**
 * A timeline for a ticket stored before timelines were kept: what the ticket itself proves
 * (created, its comments, the status it reached, its rating). The priority at creation is not
 * known, so the current one is used.
 */
function rebuiltTimeline(ticket: Ticket, comments: ReadonlyArray<Comment>): TimelineEvent[] {
  const events: TimelineEvent[] = [{ type: 'created', at: ticket.createdAt, status: 'new', priority: ticket.priority }];
  for (const c of comments) {
    if (c.ticketId === ticket.id) events.push({ type: 'comment', at: c.createdAt, author: c.role ?? 'agent', public: c.public, commentId: c.id });
  }
  if (ticket.status !== 'new') events.push({ type: 'status', at: ticket.updatedAt, from: 'new', to: ticket.status });
  if (ticket.satisfaction) events.push({ type: 'rated', at: ticket.updatedAt, score: ticket.satisfaction.score });
  return orderTimeline(events);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Keyset order: last update, then id (numeric when both are numbers). */
function byUpdate(a: Pick<Ticket, 'updatedAt' | 'id'>, b: Pick<Ticket, 'updatedAt' | 'id'>): number {
  const time = a.updatedAt.getTime() - b.updatedAt.getTime();
  if (time !== 0) return time;
  const an = Number(a.id);
  const bn = Number(b.id);
  return Number.isFinite(an) && Number.isFinite(bn) ? an - bn : a.id.localeCompare(b.id);
}

function encodeCursor(ticket: Ticket): string {
  return `${ticket.updatedAt.getTime()}.${ticket.id}`;
}

function decodeCursor(cursor: string): Pick<Ticket, 'updatedAt' | 'id'> {
  const match = /^(\d+)\.(.+)$/.exec(cursor);
  if (!match?.[1] || !match[2]) throw new ValidationError([{ path: ['cursor'], message: 'not a cursor this backend issued', code: 'invalid_cursor' }]);
  return { updatedAt: new Date(Number(match[1])), id: match[2] };
}
