/**
 * How a contact with support ended: the contact log's outcome vocabulary (issue 15). It lives in
 * the shared leaf so that `walletdesk/tickets` (the timeline's `contact` event) and
 * `walletdesk/channels` (`escalationPath`'s `tried`) read one list without importing each other.
 */

/** Every outcome a logged contact can have. */
export const CONTACT_OUTCOMES = ['resolved', 'unresolved', 'no_answer', 'callback_promised'] as const;

/** How a contact with support ended. */
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
