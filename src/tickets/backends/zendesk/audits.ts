/**
 * A Zendesk ticket's audits → walletdesk's timeline. Each audit is one update, at one instant,
 * holding events (audit events reference):
 *
 * - `Create` (one per field set on a new ticket): `status` and `priority` make the `created`
 *   event, `assignee_id` an `assigned` one. The description's `Comment` in the create audit is
 *   part of `created`, not a reply, as on every other backend.
 * - `Change` with `previous_value`: `status`, `priority` (unset reads as `normal`), `assignee_id`,
 *   and `tags`, where a higher `walletdesk_level_<n>` tag is an `escalated` event.
 * - `Comment`: `author_id` equal to the ticket's `requester_id` is the requester; an audit made
 *   by a trigger or automation (`via.channel` `rule`/`system`) is `system`; anyone else an agent.
 *   An internal note carrying walletdesk's contact marker is read back as a `contact` event.
 * - `SatisfactionRating` with score `good`/`bad` is `rated`.
 *
 * Other event types (notifications, SLA targets, CCs) are skipped, as Zendesk asks integrations
 * to do with events they do not know.
 *
 * Sources (checked 2026-12-02):
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/
 * https://developer.zendesk.com/documentation/ticketing/reference-guides/ticket-audit-events-reference/
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { TICKET_PRIORITIES, type TicketPriority, type TicketStatus } from '../../model.js';
import type { TimelineEvent } from '../../timeline.js';
import { contactFromNote } from '../shared/contact-note.js';
import { orderTimeline } from '../shared/timeline-order.js';
import { vendorDate } from '../shared/vendor-options.js';
import { readTags } from '../shared/walletdesk-tags.js';
import { STATUS_FROM_ZENDESK } from './codes.js';

/** One audit, as walletdesk reads it; events are read one by one below. */
export const zendeskAuditSchema = z.object({
  created_at: z.string(),
  author_id: z.number().nullish(),
  via: z.object({ channel: z.string().nullish() }).nullish(),
  events: z.array(z.looseObject({ type: z.string() })),
});

const idValue = z.union([z.string(), z.number()]).nullish();
const statusValue = z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']);
// An unset priority is null (or "" in some audits) and reads as normal, as on the ticket itself.
const priorityValue = z.union([z.enum(TICKET_PRIORITIES), z.literal(''), z.null()]).optional();
const tagsValue = z.array(z.string()).nullish();
const fieldEvent = z.object({ field_name: z.string(), value: z.unknown(), previous_value: z.unknown().optional() });
const commentEvent = z.object({ id: z.number().int().nullish(), body: z.string().nullish(), plain_body: z.string().nullish(), public: z.boolean(), author_id: z.number().nullish() });
const ratingEvent = z.object({ score: z.string() });

const SYSTEM_CHANNELS = new Set(['rule', 'system', 'automation']);

/** The ticket fields the mapping needs: who the requester is, and the fallbacks for a ticket without a create audit. */
export interface ZendeskTimelineTicket {
  requesterId: number | undefined;
  createdAt: Date;
  priority: TicketPriority;
}

/**
 * Builds the timeline from every audit of one ticket, oldest first. A value walletdesk cannot read
 * (an unknown priority, say) is a ValidationError naming it: `response.audits.3.events.1.value`.
 */
export function timelineFromZendeskAudits(rawAudits: ReadonlyArray<unknown>, ticket: ZendeskTimelineTicket): TimelineEvent[] {
  let created: Extract<TimelineEvent, { type: 'created' }> | undefined;
  const events: TimelineEvent[] = [];
  rawAudits.forEach((raw, index) => {
    const path: Array<string | number> = ['response', 'audits', index];
    const audit = validate(zendeskAuditSchema, raw, path);
    const at = vendorDate(audit.created_at, [...path, 'created_at']);
    const isCreate = audit.events.some((e) => e.type === 'Create');
    const bySystem = SYSTEM_CHANNELS.has(audit.via?.channel ?? '');
    audit.events.forEach((event, eventIndex) => {
      const where = [...path, 'events', eventIndex];
      if (event.type === 'Create' || event.type === 'Change') {
        const field = validate(fieldEvent, event, where);
        if (event.type === 'Create') {
          // A ticket created without a priority has no Create event for it: unset reads as normal.
          created ??= { type: 'created', at, status: 'new', priority: 'normal' };
          if (field.field_name === 'status') created.status = status(validate(statusValue, field.value, [...where, 'value']));
          if (field.field_name === 'priority') created.priority = priority(validate(priorityValue, field.value, [...where, 'value']));
          if (field.field_name === 'assignee_id') {
            const to = userId(validate(idValue, field.value, [...where, 'value']));
            if (to !== undefined) events.push({ type: 'assigned', at, to });
          }
          return;
        }
        events.push(...changeEvents(field, at, where));
        return;
      }
      if (event.type === 'Comment') {
        if (isCreate) return; // the description, already told by `created`
        const comment = validate(commentEvent, event, where);
        const body = comment.plain_body ?? comment.body ?? '';
        const contact = comment.public ? undefined : contactFromNote(body);
        if (contact) {
          events.push({ type: 'contact', ...contact });
          return;
        }
        const author = bySystem ? 'system' : comment.author_id != null && comment.author_id === ticket.requesterId ? 'requester' : 'agent';
        events.push({ type: 'comment', at, author, public: comment.public, ...(comment.id != null ? { commentId: String(comment.id) } : {}) });
        return;
      }
      if (event.type === 'SatisfactionRating') {
        const { score } = validate(ratingEvent, event, where);
        if (score === 'good' || score === 'bad') events.push({ type: 'rated', at, score });
      }
    });
  });
  return orderTimeline([created ?? { type: 'created', at: ticket.createdAt, status: 'new', priority: ticket.priority }, ...events]);
}

function changeEvents(field: z.infer<typeof fieldEvent>, at: Date, where: ReadonlyArray<string | number>): TimelineEvent[] {
  switch (field.field_name) {
    case 'status': {
      const from = status(validate(statusValue, field.previous_value, [...where, 'previous_value']));
      const to = status(validate(statusValue, field.value, [...where, 'value']));
      return from === to ? [] : [{ type: 'status', at, from, to }];
    }
    case 'priority': {
      const from = priority(validate(priorityValue, field.previous_value, [...where, 'previous_value']));
      const to = priority(validate(priorityValue, field.value, [...where, 'value']));
      return from === to ? [] : [{ type: 'priority', at, from, to }];
    }
    case 'assignee_id': {
      const from = userId(validate(idValue, field.previous_value, [...where, 'previous_value']));
      const to = userId(validate(idValue, field.value, [...where, 'value']));
      return from === to ? [] : [{ type: 'assigned', at, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }];
    }
    case 'tags': {
      const before = readTags(validate(tagsValue, field.previous_value, [...where, 'previous_value']) ?? []).fields.escalationLevel ?? 0;
      const after = readTags(validate(tagsValue, field.value, [...where, 'value']) ?? []).fields.escalationLevel ?? 0;
      return after > before ? [{ type: 'escalated', at, level: after }] : [];
    }
    default:
      return [];
  }
}

function status(value: z.infer<typeof statusValue>): TicketStatus {
  return STATUS_FROM_ZENDESK[value] ?? 'open';
}

function priority(value: z.infer<typeof priorityValue>): TicketPriority {
  return value === undefined || value === null || value === '' ? 'normal' : value;
}

function userId(value: z.infer<typeof idValue>): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : String(value);
}
