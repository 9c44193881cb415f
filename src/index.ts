/**
 * walletdesk: the help desk of a digital wallet, in code. This entry re-exports the common
 * surface; each module also has its own entry (`walletdesk/channels`, `walletdesk/hours`, …)
 * with the full API.
 *
 * @module
 */
export * from './errors/index.js';
export { type TicketDraft, type Triage, type TriageOptions, type TriagePriority, triage } from './triage/index.js';
export { type ContactVerification, type RankedChannel, findChannels, listWallets, verifyContact } from './channels/index.js';
export { type Classification, type Help, classify, helpFor } from './classifier/index.js';
export { bestTimeToContact, defineSchedule, isOpen, nextOpening } from './hours/index.js';
export { findPii, redact } from './privacy/index.js';
export { createTicketClient, memoryBackend, restBackend, type Ticket, type TicketClient } from './tickets/index.js';
