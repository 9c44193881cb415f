/**
 * The ticket statuses and priorities the timers index by. The lists belong to `walletdesk/tickets`;
 * they are mirrored here as records keyed by its types, so the compiler rejects any drift (a
 * status added there is a missing key here), while `walletdesk/sla` imports tickets as types only
 * and never loads the ticket client, its HTTP backends or `ky` (esbuild's code splitting would
 * otherwise pull every module the tickets index re-exports into this entry's chunks).
 */
import type { TicketPriority, TicketStatus } from '../tickets/index.js';

const PRIORITY_ORDER: Record<TicketPriority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };
const STATUS_ORDER: Record<TicketStatus, number> = { new: 0, open: 1, pending: 2, on_hold: 3, solved: 4, closed: 5 };

/** Ticket priorities, lowest first (the order of `TICKET_PRIORITIES`). */
export const PRIORITIES = Object.freeze(Object.keys(PRIORITY_ORDER) as TicketPriority[]);
/** Ticket statuses (the order of `TICKET_STATUSES`). */
export const STATUSES = Object.freeze(Object.keys(STATUS_ORDER) as TicketStatus[]);

const PRIORITY_INDEX = new Map<string, number>(Object.entries(PRIORITY_ORDER));
const STATUS_INDEX = new Map<string, number>(Object.entries(STATUS_ORDER));

/** Index of a priority in {@link PRIORITIES}, or undefined for an unknown one. */
export function priorityIndex(priority: unknown): number | undefined {
  return PRIORITY_INDEX.get(priority as string);
}

/** Index of a status in {@link STATUSES}, or undefined for an unknown one. */
export function statusIndex(status: unknown): number | undefined {
  return STATUS_INDEX.get(status as string);
}
