/**
 * The shared vocabulary of walletdesk: problem categories and their kinds, urgency levels and
 * the urgency→priority rule, the weekday names, and how a logged contact with support ended. A leaf: it imports nothing, and every
 * module (classifier, channels, hours, tickets, triage) takes these facts from here instead of
 * keeping its own copy. Not a package entry; each module re-exports what its users need.
 *
 * @module
 */
export {
  CATEGORY_IDS,
  CATEGORY_KINDS,
  type Category,
  type CategoryId,
  type CategoryKind,
  getCategory,
  isCategoryId,
  type Taxonomy,
  taxonomy,
} from './categories.js';
export { CONTACT_OUTCOMES, type ContactOutcome } from './contact-outcomes.js';
export { contactAtSchema, contactAttemptFields } from './contact-attempt.js';
export {
  CATEGORY_URGENCY,
  maxUrgency,
  priorityForUrgency,
  TICKET_PRIORITIES,
  type TicketPriority,
  URGENCY_LEVELS,
  URGENT_CATEGORIES,
  type Urgency,
} from './urgency.js';
export { WEEKDAYS, type Weekday } from './weekdays.js';
