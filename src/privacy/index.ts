/**
 * PII detection and redaction for help-desk messages: cards, Chinese resident IDs, phones, emails,
 * IBANs, keyword-introduced bank accounts, card security codes (CVV), one-time codes, passwords and
 * IPv4 addresses, however they are written (full-width, zero-width or no-break spaced, Chinese
 * numerals). Runs on the device; linear-time scanning with no scan limit.
 *
 * @module
 */
export { findPii, type FindPiiOptions } from './find-pii.js';
export { defaultMask, redact, type RedactOptions, type RedactResult } from './redact.js';
export { PII_KINDS, type Finding, type PiiKind } from './types.js';
export type { PreparedText } from '../_internal/text/prepared-text.js';
