/**
 * PII detection and redaction for help-desk messages: cards, Chinese resident IDs, phones, emails,
 * IBANs, keyword-introduced bank accounts, one-time codes, passwords and IPv4 addresses. Runs on
 * the device; linear-time scanning.
 *
 * @module
 */
export { findPii, type FindPiiOptions } from './find-pii.js';
export { defaultMask, redact, type RedactOptions, type RedactResult } from './redact.js';
export { PII_KINDS, type Finding, type PiiKind } from './types.js';
