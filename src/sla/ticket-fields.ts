/**
 * The ticket statuses and priorities the timers index by. Priorities come from the shared
 * taxonomy leaf. Statuses belong to `walletdesk/tickets`; they are mirrored here as a record keyed
 * by its type, so the compiler rejects any drift (a status added there is a missing key here),
 * while `walletdesk/sla` imports tickets as types only
 * and never loads the ticket client, its HTTP backends or `ky` (esbuild's code splitting would
 * otherwise pull every module the tickets index re-exports into this entry's chunks).
 */
import { TICKET_PRIORITIES, type TicketPriority } from '../taxonomy/index.js';
import type { TicketStatus } from '../tickets/index.js';

const STATUS_ORDER: Record<TicketStatus, number> = { new: 0, open: 1, pending: 2, on_hold: 3, solved: 4, closed: 5 };

/** Ticket priorities, lowest first (the order of `TICKET_PRIORITIES`). */
export const PRIORITIES: ReadonlyArray<TicketPriority> = TICKET_PRIORITIES;
/** Ticket statuses (the order of `TICKET_STATUSES`). */
export const STATUSES = Object.freeze(Object.keys(STATUS_ORDER) as TicketStatus[]);

const PRIORITY_INDEX = new Map<string, number>(TICKET_PRIORITIES.map((p, i) => [p, i]));
const STATUS_INDEX = new Map<string, number>(Object.entries(STATUS_ORDER));

/** Index of a priority in {@link PRIORITIES}, or undefined for an unknown one. */
export function priorityIndex(priority: unknown): number | undefined {
  return PRIORITY_INDEX.get(priority as string);
}

/** Index of a status in {@link STATUSES}, or undefined for an unknown one. */
export function statusIndex(status: unknown): number | undefined {
  return STATUS_INDEX.get(status as string);
}
