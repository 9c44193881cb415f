/**
 * Zendesk ticket statuses and priorities and how walletdesk's names map onto them.
 * Source: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (checked 2026-11-24).
 */
import type { TicketPriority, TicketStatus } from '../../model.js';

/** walletdesk status → Zendesk status (only `on_hold` is renamed). */
export const STATUS_TO_ZENDESK = { new: 'new', open: 'open', pending: 'pending', on_hold: 'hold', solved: 'solved', closed: 'closed' } as const satisfies Record<TicketStatus, string>;
/** Zendesk status → walletdesk status. */
export const STATUS_FROM_ZENDESK: Readonly<Record<string, TicketStatus>> = {
  new: 'new',
  open: 'open',
  pending: 'pending',
  hold: 'on_hold',
  solved: 'solved',
  closed: 'closed',
};
/** Zendesk priorities have the same names as walletdesk's; `null` (unset) reads as `normal`. */
export const ZENDESK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies ReadonlyArray<TicketPriority>;
