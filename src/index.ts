/**
 * walletdesk: the help desk of a digital wallet, in code. This entry re-exports the common
 * surface; each module also has its own entry (`walletdesk/channels`, `walletdesk/hours`, …).
 *
 * @module
 */
export * from './errors/index.js';
