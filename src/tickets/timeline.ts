/**
 * A ticket's timeline: what happened to it, oldest first. The event shape is a contract (issue
 * 16): SLA timers (`walletdesk/sla`), insights (`walletdesk/insights`) and users' own code read
 * it, so fields are only ever added, never renamed.
 *
 * Backends build it from their own history: memory and REST store it, Zendesk reads ticket audits,
 * Freshdesk reads conversations plus `include=stats`.
 */
import { z } from 'zod';
import { fieldPathSchema, validate } from '../_internal/validate.js';
import { ValidationError } from '../errors/index.js';
import { CONTACT_OUTCOMES, type ContactOutcome, contactAttemptFields } from '../taxonomy/index.js';
import { COMMENT_AUTHOR_ROLES, type CommentAuthorRole, TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from './model.js';

// Defined beside the comment model (a comment input carries its role); exported here too, where the timeline contract was pinned.
export { COMMENT_AUTHOR_ROLES, type CommentAuthorRole };

// How a contact with support ended (the user's contact log, issue 15): one list in the shared
// leaf, read here and by walletdesk/channels' escalationPath.
export { CONTACT_OUTCOMES, type ContactOutcome };

/**
 * One thing that happened to a ticket. `created` is always first; the rest are in time order.
 *
 * @example
 * ```ts
 * import type { TimelineEvent } from 'walletdesk/tickets';
 * const events: TimelineEvent[] = [
 *   { type: 'created', at: new Date('2026-03-02T01:00:00Z'), status: 'new', priority: 'normal' },
 *   { type: 'comment', at: new Date('2026-03-02T02:00:00Z'), author: 'agent', public: true },
 * ];
 * events.length; // => 2
 * ```
 */
export type TimelineEvent =
  | { type: 'created'; at: Date; status: TicketStatus; priority: TicketPriority }
  | { type: 'status'; at: Date; from: TicketStatus; to: TicketStatus }
  | { type: 'comment'; at: Date; author: CommentAuthorRole; public: boolean; commentId?: string }
  | { type: 'priority'; at: Date; from: TicketPriority; to: TicketPriority }
  | { type: 'assigned'; at: Date; from?: string; to?: string }
  | { type: 'escalated'; at: Date; level: number; reason?: string }
  | { type: 'rated'; at: Date; score: 'good' | 'bad' }
  | {
      type: 'contact';
      at: Date;
      /** A directory channel id (`alipay:hotline`) or free text (`phone`, `95188`). */
      channel: string;
      outcome: ContactOutcome;
      agentName?: string;
      /** The agent's staff number (工号). */
      agentId?: string;
      reference?: string;
      note?: string;
    };

/** The `type` of a {@link TimelineEvent}. */
export type TimelineEventType = TimelineEvent['type'];

const at = z.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date');
const status = z.enum(TICKET_STATUSES);
const priority = z.enum(TICKET_PRIORITIES);
const text = z.string().trim().min(1).max(500);

/**
 * The fields of a `contact` event besides `type` and `at`: the contact log's fields, defined once
 * in the shared vocabulary (src/taxonomy/contact-attempt.ts) and shared with `contactAttemptSchema`
 * and `walletdesk/channels`' `escalationPath`.
 */
export const contactFields = contactAttemptFields;

/** The zod schema of one {@link TimelineEvent}. */
// zod's optional fields read `T | undefined`; under exactOptionalPropertyTypes the cast keeps the
// hand-written union above as the one contract.
export const timelineEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('created'), at, status, priority }),
  z.strictObject({ type: z.literal('status'), at, from: status, to: status }),
  z.strictObject({
    type: z.literal('comment'),
    at,
    author: z.enum(COMMENT_AUTHOR_ROLES),
    public: z.boolean(),
    commentId: z.string().min(1).optional(),
  }),
  z.strictObject({ type: z.literal('priority'), at, from: priority, to: priority }),
  z.strictObject({ type: z.literal('assigned'), at, from: text.optional(), to: text.optional() }),
  z.strictObject({ type: z.literal('escalated'), at, level: z.number().int().min(0).max(10), reason: z.string().max(5000).optional() }),
  z.strictObject({ type: z.literal('rated'), at, score: z.enum(['good', 'bad']) }),
  z.strictObject({ type: z.literal('contact'), at, ...contactFields }),
]) as unknown as z.ZodType<TimelineEvent>;

/**
 * Checks a timeline from outside (a file, a network, a caller): every event has the pinned shape,
 * the first is `created`, and times never go backwards. Throws a `ValidationError` naming the
 * field (`timeline.3.at`) otherwise; returns the events typed.
 *
 * @example
 * ```ts
 * import { parseTimeline } from 'walletdesk/tickets';
 * const t = parseTimeline([{ type: 'created', at: new Date(0), status: 'new', priority: 'low' }]);
 * t[0]?.type; // => 'created'
 * ```
 */
export function parseTimeline(input: unknown, path: ReadonlyArray<string | number> = ['timeline']): TimelineEvent[] {
  path = validate(fieldPathSchema, path, ['path']);
  const events = validate(z.array(timelineEventSchema), input, path);
  const first = events[0];
  if (first !== undefined && first.type !== 'created') {
    throw new ValidationError([{ path: [...path, 0, 'type'], message: 'a timeline starts with its created event', code: 'invalid_value' }]);
  }
  for (let i = 1; i < events.length; i++) {
    const event = events[i] as TimelineEvent;
    if (event.type === 'created') {
      throw new ValidationError([{ path: [...path, i, 'type'], message: 'a timeline has one created event', code: 'invalid_value' }]);
    }
    if (event.at.getTime() < (events[i - 1] as TimelineEvent).at.getTime()) {
      throw new ValidationError([
        { path: [...path, i, 'at'], message: 'timeline events are out of order (each is at or after the one before)', code: 'invalid_value' },
      ]);
    }
  }
  return events;
}
