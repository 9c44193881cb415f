/**
 * {@link atRisk}: the work queue. Which tickets will breach a target within the next minutes, or
 * already have and are still waiting, soonest due first.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import type { TimelineEvent } from '../tickets/index.js';
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from './policy.js';
import { evaluate, type MetricStatus, nowOption } from './sla-status.js';

/** Options of {@link atRisk}. */
export interface AtRiskOptions {
  /** The instant to evaluate at. */
  now: Date;
  /** Look-ahead in minutes: running metrics due at or before `now + within` are listed. */
  within: number;
}

/** One entry of the queue: a ticket and the metric that needs attention. */
export interface AtRiskEntry<T> {
  /** The ticket as given. */
  ticket: T;
  /** Which metric. */
  metric: SlaMetric;
  /** Its status; `dueAt` is always set (in the past when already breached). */
  status: MetricStatus & { dueAt: Date };
}

const withinSchema = z.number().finite().nonnegative();

/**
 * The tickets whose reply or resolution target falls due within `within` minutes of `now`, plus
 * those already breached and still waiting for the reply or the solve, soonest due first. A
 * paused or finished metric is never listed. Each ticket is an object with its `timeline`;
 * anything else on it is passed through.
 *
 * @example
 * ```ts
 * import { atRisk, defineSlaPolicy } from 'walletdesk/sla';
 * const policy = defineSlaPolicy({ targets: { urgent: { firstReply: 30 } } });
 * const queue = atRisk(
 *   [{ id: 'A1', timeline: [{ type: 'created', at: new Date('2026-03-02T09:00:00Z'), status: 'new', priority: 'urgent' }] }],
 *   policy,
 *   { now: new Date('2026-03-02T09:25:00Z'), within: 15 },
 * );
 * queue.map((e) => [e.ticket.id, e.metric, e.status.state]); // => [['A1', 'firstReply', 'at_risk']]
 * ```
 */
export function atRisk<T extends { readonly timeline: ReadonlyArray<TimelineEvent> }>(
  tickets: ReadonlyArray<T>,
  policy: SlaPolicy,
  options: AtRiskOptions,
): Array<AtRiskEntry<T>> {
  const now = nowOption(options);
  const within = validate(withinSchema, (options as { within?: unknown }).within, ['options', 'within']);
  const list = validate(z.array(z.object({ timeline: z.unknown() }).loose()), tickets, ['tickets']) as unknown as ReadonlyArray<T>;
  const horizon = now + within * 60_000;
  const out: Array<AtRiskEntry<T>> = [];
  list.forEach((ticket, index) => {
    const r = evaluate(ticket.timeline, policy, now, ['tickets', index, 'timeline']);
    for (const metric of SLA_METRICS) {
      const { status, open } = r[metric];
      if (!open || status.dueAt === undefined) continue;
      if (status.state === 'breached' || status.dueAt.getTime() <= horizon) out.push({ ticket, metric, status: status as AtRiskEntry<T>['status'] });
    }
  });
  return out.sort((a, b) => a.status.dueAt.getTime() - b.status.dueAt.getTime());
}
