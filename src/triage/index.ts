/**
 * One call for a whole help request: classification, self-help, official channels, best time,
 * scam safety, PII redaction and a ticket draft.
 *
 * @module
 */
export { type TicketDraft, type Triage, type TriageOptions, type TriagePriority, triage } from './triage.js';
