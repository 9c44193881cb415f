/**
 * walletdesk: the help desk of a digital wallet, in code. This entry re-exports a small common
 * surface: the error tree and the official-contact checks (`verifyContact`, `findChannels`,
 * `listWallets`), the calls most apps make first. Each module has its own entry with the
 * full API (`walletdesk/channels`, `walletdesk/hours`, `walletdesk/privacy`, `walletdesk/tickets`,
 * `walletdesk/classifier`, `walletdesk/sla`), and `walletdesk/triage` composes them.
 *
 * The classifier and triage are not re-exported here: they carry the classifier's weights
 * (~730 KB gzip) and CommonJS cannot tree-shake them away, so `require('walletdesk')` would load
 * them all. Without them the root stays under a tenth of what it was (see size-budget.json); hours,
 * privacy and tickets, which most screens need only some of, stay in their own entries so the
 * root does not grow with them.
 *
 * @module
 */
export * from './errors/index.js';
export { type ContactVerification, findChannels, listWallets, type RankedChannel, verifyContact } from './channels/index.js';
