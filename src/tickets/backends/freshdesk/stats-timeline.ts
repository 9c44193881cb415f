/**
 * A Freshdesk ticket's timeline, from what Freshdesk keeps: its conversations and `include=stats`.
 * That is less than a full history (capability `timeline: 'partial'`):
 *
 * - `created` at `created_at`, status `new` (a ticket nobody has touched; Freshdesk calls it
 *   open), priority the current one: Freshdesk keeps no priority history, so there are no
 *   `priority` events.
 * - `comment` for every conversation: the requester's when `incoming` or written by the ticket's
 *   `requester_id`, an agent's otherwise; public unless `private`. A private note carrying
 *   walletdesk's contact marker is a `contact` event.
 * - `status` events from the stats, which hold only the LAST time each state was reached:
 *   `pending_since` (pending now), `resolved_at`, `closed_at`, `reopened_at`. They are put in time
 *   order and chained from `new`; a ticket resolved, reopened and resolved again shows one
 *   resolution, the last. If the chain does not end in the current status, a last change to it is
 *   placed at `status_updated_at` (except new → open, which Freshdesk does not record).
 * - No `assigned`, `escalated` or `rated` events (no history of them through the API).
 *
 * Source: https://developers.freshdesk.com/api/#view_a_ticket (stats),
 * https://developers.freshdesk.com/api/#list_all_ticket_notes (conversations), checked 2026-12-02.
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import type { TicketStatus } from '../../model.js';
import type { TimelineEvent } from '../../timeline.js';
import { contactFromNote } from '../shared/contact-note.js';
import { orderTimeline } from '../shared/timeline-order.js';
import { vendorDate } from '../shared/vendor-options.js';
import { htmlToText } from './html-text.js';
import { freshdeskConversationSchema, ticketFromFreshdesk } from './mapping.js';

const when = z.string().nullish();
/** The part of a ticket viewed with `include=stats` the timeline needs. */
const ticketWithStats = z.object({
  requester_id: z.number().nullish(),
  stats: z
    .object({
      resolved_at: when,
      closed_at: when,
      pending_since: when,
      reopened_at: when,
      status_updated_at: when,
    })
    .nullish(),
});

/** Builds the timeline from a ticket viewed with `include=stats` and all its conversations. */
export function timelineFromFreshdesk(rawTicket: unknown, rawConversations: ReadonlyArray<unknown>): TimelineEvent[] {
  const ticket = ticketFromFreshdesk(rawTicket);
  const { requester_id: requesterId, stats } = validate(ticketWithStats, rawTicket, ['response', 'ticket']);
  const events: TimelineEvent[] = [{ type: 'created', at: ticket.createdAt, status: 'new', priority: ticket.priority }];

  rawConversations.forEach((raw, index) => {
    const c = validate(freshdeskConversationSchema, raw, ['response', 'conversations', index]);
    const at = vendorDate(c.created_at, ['response', 'conversations', index, 'created_at']);
    const contact = c.private ? contactFromNote(c.body_text ?? htmlToText(c.body ?? '')) : undefined;
    if (contact) {
      events.push({ type: 'contact', ...contact });
      return;
    }
    const byRequester = c.incoming === true || (c.user_id != null && c.user_id === requesterId);
    events.push({ type: 'comment', at, author: byRequester ? 'requester' : 'agent', public: !c.private, commentId: String(c.id) });
  });

  const reached: Array<{ at: Date; to: TicketStatus }> = [];
  const stat = (field: 'pending_since' | 'resolved_at' | 'closed_at' | 'reopened_at', to: TicketStatus): void => {
    const value = stats?.[field];
    if (value) reached.push({ at: vendorDate(value, ['response', 'ticket', 'stats', field]), to });
  };
  stat('pending_since', 'pending');
  stat('resolved_at', 'solved');
  stat('closed_at', 'closed');
  stat('reopened_at', 'open');
  reached.sort((a, b) => a.at.getTime() - b.at.getTime());
  let current: TicketStatus = 'new';
  let last = ticket.createdAt;
  for (const { at, to } of reached) {
    if (to === current || at.getTime() < ticket.createdAt.getTime()) continue;
    events.push({ type: 'status', at, from: current, to });
    current = to;
    last = at;
  }
  // new → open is walletdesk's own distinction (a tag); Freshdesk records no time for it.
  const untold = current === 'new' && ticket.status === 'open';
  if (current !== ticket.status && !untold && stats?.status_updated_at) {
    const at = vendorDate(stats.status_updated_at, ['response', 'ticket', 'stats', 'status_updated_at']);
    events.push({ type: 'status', at: at.getTime() < last.getTime() ? last : at, from: current, to: ticket.status });
  }
  return orderTimeline(events);
}
