/**
 * Urgency levels, the base urgency of every category, and the one rule that turns an urgency
 * into a ticket priority. The classifier, channels, tickets and triage all read these facts
 * from here, so "critical → urgent" and "which categories are urgent" have a single owner.
 */
import type { CategoryId } from './categories.js';

/** Urgency levels, lowest first. */
export const URGENCY_LEVELS = ['low', 'normal', 'high', 'critical'] as const;

/** How quickly a request needs a person: `critical` means money or the account is at risk now. */
export type Urgency = (typeof URGENCY_LEVELS)[number];

/** Ticket priorities, lowest first. */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** A ticket's priority. */
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** The base urgency of every category: an unrecognised charge or a stolen account is critical. */
export const CATEGORY_URGENCY: Readonly<Record<CategoryId, Urgency>> = Object.freeze({
  login_access: 'normal',
  app_technical: 'low',
  payment_failed: 'normal',
  top_up: 'normal',
  withdrawal: 'normal',
  transfer: 'high',
  transaction_record: 'low',
  refund_dispute: 'normal',
  fees_limits: 'low',
  card_management: 'normal',
  unauthorized_transaction: 'critical',
  account_compromise: 'critical',
  identity_verification: 'normal',
  account_profile: 'low',
  account_closure: 'low',
  privacy_security: 'normal',
  other: 'low',
});

/** Categories where minutes matter (base urgency `critical`), in taxonomy order. */
export const URGENT_CATEGORIES: readonly CategoryId[] = Object.freeze(
  (Object.keys(CATEGORY_URGENCY) as CategoryId[]).filter((id) => CATEGORY_URGENCY[id] === 'critical'),
);

/** The higher of two urgency levels. */
export function maxUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCY_LEVELS.indexOf(a) >= URGENCY_LEVELS.indexOf(b) ? a : b;
}

/** The ticket priority for an urgency: the same scale, with `critical` → `urgent`. */
export function priorityForUrgency(urgency: Urgency): TicketPriority {
  return TICKET_PRIORITIES[URGENCY_LEVELS.indexOf(urgency)] ?? 'normal';
}
