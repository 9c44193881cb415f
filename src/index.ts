/**
 * walletdesk: the help desk of a digital wallet, in code. This entry re-exports the common
 * surface: the error tree, the official-contact check (`verifyContact`, `findChannels`,
 * `listWallets`), service hours (`defineSchedule`, `isOpen`, `nextOpening`, `bestTimeToContact`),
 * PII redaction (`findPii`, `redact`) and the ticket client (`createTicketClient`, `memoryBackend`,
 * `restBackend`). Each module has its own entry with the full API. The classifier's weights
 * (~730 KB gzip) are only in `walletdesk/classifier` and `walletdesk/triage`.
 *
 * CommonJS cannot tree-shake, so whatever the root re-exports, `require('walletdesk')` loads. The
 * contact check stays here because it is what most users come for (`import { verifyContact } from
 * 'walletdesk'` worked before triage moved out, and keeps working); the budget is in
 * size-budget.json.
 *
 * @module
 */
export * from './errors/index.js';
export { type ContactVerification, findChannels, listWallets, type RankedChannel, verifyContact } from './channels/index.js';
export { bestTimeToContact, defineSchedule, isOpen, nextOpening } from './hours/index.js';
export { findPii, redact } from './privacy/index.js';
export { createTicketClient, memoryBackend, restBackend, type Ticket, type TicketClient } from './tickets/index.js';
