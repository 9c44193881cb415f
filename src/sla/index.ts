/**
 * SLA timers on ticket timelines: {@link defineSlaPolicy} (targets per priority, business hours,
 * pausing statuses, an at-risk threshold), {@link slaStatus} for one ticket and {@link atRisk} for
 * a work queue. Counted in business minutes on a `walletdesk/hours` schedule (holidays and 调休
 * included), or 24/7 without one.
 *
 * @module
 */
export { type AtRiskEntry, type AtRiskOptions, atRisk } from './at-risk.js';
export { defineSlaPolicy, SLA_METRICS, type SlaMetric, type SlaPolicy, type SlaPolicyInput, type SlaTargets } from './policy.js';
export { type MetricStatus, type SlaStatus, type SlaStatusOptions, slaStatus } from './sla-status.js';
