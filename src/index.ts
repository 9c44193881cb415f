/**
 * walletdesk: the help desk of a digital wallet, in code. This entry re-exports a small common
 * surface with no bundled data tables: the error tree, service hours (`defineSchedule`, `isOpen`,
 * `nextOpening`, `bestTimeToContact`), PII redaction (`findPii`, `redact`) and the ticket client
 * (`createTicketClient`, `memoryBackend`, `restBackend`). Each module has its own entry with the
 * full API, and the modules that carry large data have only their own entry:
 * `walletdesk/channels` (the contact directory and the Chinese conversion table, ~110 KB gzip),
 * `walletdesk/classifier` and `walletdesk/triage` (the classifier's weights, ~730 KB gzip).
 *
 * CommonJS cannot tree-shake, so whatever the root re-exports, `require('walletdesk')` loads; kept
 * this way the root stays under a tenth of the 812 KB it was while it re-exported triage (the
 * budget is in size-budget.json).
 *
 * @module
 */
export * from './errors/index.js';
export { bestTimeToContact, defineSchedule, isOpen, nextOpening } from './hours/index.js';
export { findPii, redact } from './privacy/index.js';
export { createTicketClient, memoryBackend, restBackend, type Ticket, type TicketClient } from './tickets/index.js';
