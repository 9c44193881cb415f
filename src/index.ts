/**
 * walletdesk: the help desk of a digital wallet, in code. This entry re-exports the small common
 * surface: the error tree, service hours (`defineSchedule`, `isOpen`, `nextOpening`,
 * `bestTimeToContact`), PII redaction (`findPii`, `redact`) and the ticket client
 * (`createTicketClient`, `memoryBackend`, `restBackend`). Each module has its own entry with the
 * full API.
 *
 * CommonJS cannot tree-shake, so whatever the root re-exports, `require('walletdesk')` loads. The
 * root therefore re-exports only modules without data tables: the contact check (`verifyContact`,
 * `findChannels`, `listWallets`) comes from `walletdesk/channels`, which carries the sourced
 * directory and the traditional → simplified table (~104 KB gzip), and triage and the classifier
 * (~730 KB of weights) from `walletdesk/triage` and `walletdesk/classifier`. Issue 14 caps the CJS
 * root at a tenth of the 812 KB it was with triage; size-budget.json holds it there.
 *
 * @module
 */
export * from './errors/index.js';
export { bestTimeToContact, defineSchedule, isOpen, nextOpening } from './hours/index.js';
export { findPii, redact } from './privacy/index.js';
export { createTicketClient, memoryBackend, restBackend, type Ticket, type TicketClient } from './tickets/index.js';
