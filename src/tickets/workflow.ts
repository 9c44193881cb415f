/**
 * The ticket workflow as a table, so it can be read, tested and shown in the docs. Every status
 * change goes through {@link assertTransition} before a backend is asked to write anything.
 */
import { InvalidTransitionError, ValidationError } from '../errors/index.js';
import { TICKET_STATUSES, type TicketStatus } from './model.js';

/**
 * Which status may follow which. `closed` is final (unless a backend declares `reopenClosed`);
 * `solved` may reopen to `open` when the user answers; `pending` waits on the user, `on_hold` on a
 * third party. Tickets never go back to `new`.
 */
export const TRANSITIONS: Readonly<Record<TicketStatus, ReadonlyArray<TicketStatus>>> = Object.freeze({
  new: ['open', 'pending', 'on_hold', 'solved', 'closed'],
  open: ['pending', 'on_hold', 'solved', 'closed'],
  pending: ['open', 'on_hold', 'solved', 'closed'],
  on_hold: ['open', 'pending', 'solved', 'closed'],
  solved: ['open', 'closed'],
  closed: [],
});

/** JS callers can pass anything: an unknown status is a ValidationError naming the argument, not a TypeError. */
function checkStatus(value: unknown, field: 'from' | 'to'): asserts value is TicketStatus {
  if (typeof value !== 'string' || !Object.hasOwn(TRANSITIONS, value)) {
    throw new ValidationError([{ path: [field], message: `expected one of ${TICKET_STATUSES.join(', ')}`, code: 'invalid_value' }]);
  }
}

/** What changes the table: a backend that reopens closed tickets. */
export interface TransitionRules {
  /** `closed → open` is allowed (Freshdesk-style help-desks). Default `false`. */
  reopenClosed?: boolean;
}

/**
 * The statuses `from` may move to under `rules`.
 *
 * @example
 * ```ts
 * import { allowedTransitions } from 'walletdesk/tickets';
 * allowedTransitions('solved'); // => ['open', 'closed']
 * allowedTransitions('closed', { reopenClosed: true }); // => ['open']
 * ```
 */
export function allowedTransitions(from: TicketStatus, rules: TransitionRules = {}): ReadonlyArray<TicketStatus> {
  checkStatus(from, 'from');
  if (from === 'closed' && rules?.reopenClosed === true) return ['open'];
  return TRANSITIONS[from];
}

/**
 * True when `from → to` is allowed. Staying in the same status is always allowed (a no-op).
 *
 * @example
 * ```ts
 * import { canTransition } from 'walletdesk/tickets';
 * canTransition('open', 'pending'); // => true
 * canTransition('closed', 'open'); // => false
 * ```
 */
export function canTransition(from: TicketStatus, to: TicketStatus, rules: TransitionRules = {}): boolean {
  checkStatus(to, 'to');
  return from === to || allowedTransitions(from, rules).includes(to);
}

/**
 * Throws {@link InvalidTransitionError} (listing the allowed statuses) when `from → to` is not allowed.
 *
 * @example
 * ```ts
 * import { assertTransition } from 'walletdesk/tickets';
 * import { isInvalidTransitionError } from 'walletdesk/errors';
 * const error = (() => { try { assertTransition('closed', 'open'); } catch (e) { return e; } })();
 * isInvalidTransitionError(error); // => true
 * ```
 */
export function assertTransition(from: TicketStatus, to: TicketStatus, rules: TransitionRules = {}): void {
  if (!canTransition(from, to, rules)) throw new InvalidTransitionError(from, to, allowedTransitions(from, rules));
}
