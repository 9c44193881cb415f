/**
 * {@link slaStatus}: where a ticket stands against its SLA policy at an instant, for first reply,
 * next reply and resolution. The semantics are pinned in issue 16 and follow Zendesk's SLA
 * metrics (https://support.zendesk.com/hc/en-us/articles/4408829459866, checked 2026-12-02):
 *
 * - first reply runs from creation to the first public agent comment;
 * - next reply runs from each public requester comment that follows an agent reply to the next
 *   public agent comment, and reports the latest cycle;
 * - resolution runs from creation to `solved`, stops in the policy's `pauseWhile` statuses, and a
 *   reopen resumes the same clock;
 * - minutes count only while the schedule is open, so a ticket created out of hours starts at the
 *   next opening; the targets of the current priority apply from creation;
 * - a metric is breached once its minutes exceed the target (a reply exactly at the due instant is
 *   met) and stays breached.
 *
 * One walk over the events: between two events every running clock gets the same open time, so
 * each step asks the business clock once.
 */
import { validate } from '../_internal/validate.js';
import type { TimelineEvent } from '../tickets/index.js';
import { z } from 'zod';
import { compiledPolicy, type SlaMetric, type SlaPolicy } from './policy.js';
import { priorityIndex, statusIndex } from './ticket-fields.js';
import { checkTimeline } from './timeline-check.js';

/** Where one metric stands. */
export interface MetricStatus {
  /**
   * `met`: the clock stopped within the target. `breached`: its minutes exceeded the target (it
   * stays so). `active`/`at_risk`: running, under/over `warnAt` of the target. `paused`: stopped
   * for now (resolution in a `pauseWhile` status). `none`: no target for this priority, or (next
   * reply) no cycle yet.
   */
  state: 'met' | 'breached' | 'active' | 'at_risk' | 'paused' | 'none';
  /** Business minutes the clock has run (for a finished metric: until it stopped). */
  usedMinutes: number;
  /** Target minus used; negative once breached. Absent without a target. */
  remainingMinutes?: number;
  /**
   * The instant the minutes reach the target: in the past for a breached metric, projected with
   * the clock running for an active one. Absent while paused, once met, and without a target.
   */
  dueAt?: Date;
}

/** The three metrics of a ticket. */
export interface SlaStatus {
  /** First public agent reply. */
  firstReply: MetricStatus;
  /** The latest requester → agent reply cycle. */
  nextReply: MetricStatus;
  /** Creation to solved, without pauses. */
  resolution: MetricStatus;
}

/** Options of {@link slaStatus}. */
export interface SlaStatusOptions {
  /** The instant to evaluate at; events after it are ignored. */
  now: Date;
}

/** One metric's running tally (internal). */
interface Tally {
  used: number;
  reachedAt: number;
  reached: boolean;
}

/** A metric's status plus whether its clock is still waiting for something (internal, for atRisk). */
export interface EvaluatedMetric {
  status: MetricStatus;
  /** The metric is not finished: a reply or the solve is still awaited. */
  open: boolean;
}

const nowSchema = z.date().refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date');

/** Reads `options.now` (a valid Date) at the boundary. */
export function nowOption(options: unknown, path: ReadonlyArray<string | number> = ['options']): number {
  const now = (options as { now?: unknown } | undefined)?.now;
  if (now instanceof Date && !Number.isNaN(now.getTime())) return now.getTime();
  return validate(nowSchema, now, [...path, 'now']).getTime();
}

const SOLVED = statusIndex('solved') as number;
const CLOSED = statusIndex('closed') as number;

function finish(t: Tally, target: number, state: 'open' | 'done' | 'paused', now: number, warnAt: number, clock: { advance(a: number, n: number): number | undefined }): MetricStatus {
  const usedMinutes = t.used / 60_000;
  if (Number.isNaN(target)) return { state: 'none', usedMinutes };
  const remainingMinutes = (target - t.used) / 60_000;
  if (t.used > target) return { state: 'breached', usedMinutes, remainingMinutes, dueAt: new Date(t.reachedAt) };
  if (state === 'done') return { state: 'met', usedMinutes, remainingMinutes };
  if (state === 'paused') return { state: 'paused', usedMinutes, remainingMinutes };
  const due = t.reached ? t.reachedAt : clock.advance(now, target - t.used);
  const out: MetricStatus = { state: t.used >= warnAt * target ? 'at_risk' : 'active', usedMinutes, remainingMinutes };
  if (due !== undefined) out.dueAt = new Date(due);
  return out;
}

/** The three metrics with their open flags (internal: slaStatus and atRisk). */
export function evaluate(timeline: unknown, policy: SlaPolicy, now: number, path: ReadonlyArray<string | number>): Record<SlaMetric, EvaluatedMetric> {
  const p = compiledPolicy(policy);
  const events = checkTimeline(timeline, path);
  const created = events[0] as Extract<TimelineEvent, { type: 'created' }>;
  const start = created.at.getTime();
  if (now < start) {
    validate(z.never({ error: 'now is before the ticket was created' }), undefined, ['options', 'now']);
  }
  const count = events.length;
  // The current priority's targets apply from creation, so find it first.
  let priority = created.priority as string;
  for (let i = 1; i < count; i++) {
    const e = events[i] as TimelineEvent;
    if (e.at.getTime() > now) break;
    if (e.type === 'priority') priority = e.to;
  }
  const targets = p.targetMs[priorityIndex(priority) as number] as readonly [number, number, number];
  const [frTarget, nrTarget, resTarget] = targets;
  const clock = p.clock;
  const pauses = p.pauses;

  const fr: Tally = { used: 0, reachedAt: 0, reached: false };
  const nr: Tally = { used: 0, reachedAt: 0, reached: false };
  const res: Tally = { used: 0, reachedAt: 0, reached: false };
  let status = statusIndex(created.status) as number;
  let frDone = false;
  let agentReplied = false;
  let cycleStarted = false;
  let cycleOpen = false;

  const add = (t: Tally, target: number, from: number, open: number): void => {
    if (!t.reached && t.used + open >= target) {
      t.reached = true;
      t.reachedAt = clock.advance(from, target - t.used) as number;
    }
    t.used += open;
  };

  let prev = start;
  for (let i = 1; i <= count; i++) {
    const e = i < count ? (events[i] as TimelineEvent) : undefined;
    const t = e === undefined || e.at.getTime() > now ? now : e.at.getTime();
    if (t > prev && status !== SOLVED && status !== CLOSED) {
      const frRuns = !frDone;
      const resRuns = !(pauses[status] as boolean);
      if (frRuns || cycleOpen || resRuns) {
        const open = clock.openMs(prev, t);
        if (frRuns) add(fr, frTarget, prev, open);
        if (cycleOpen) add(nr, nrTarget, prev, open);
        if (resRuns) add(res, resTarget, prev, open);
      }
    }
    prev = t;
    if (e === undefined || e.at.getTime() > now) break;
    if (e.type === 'status') status = statusIndex(e.to) as number;
    else if (e.type === 'comment' && e.public) {
      if (e.author === 'agent') {
        frDone = true;
        agentReplied = true;
        cycleOpen = false;
      } else if (e.author === 'requester' && agentReplied && !cycleOpen) {
        cycleOpen = true;
        cycleStarted = true;
        nr.used = 0;
        nr.reached = false;
      }
    }
  }
  const solved = status === SOLVED || status === CLOSED;
  const frState = frDone || solved ? 'done' : 'open';
  const nrState = !cycleOpen || solved ? 'done' : 'open';
  const resState = solved ? 'done' : pauses[status] ? 'paused' : 'open';
  const warnAt = p.warnAt;
  return {
    firstReply: { status: finish(fr, frTarget, frState, now, warnAt, clock), open: frState === 'open' },
    nextReply: cycleStarted
      ? { status: finish(nr, nrTarget, nrState, now, warnAt, clock), open: nrState === 'open' }
      : { status: { state: 'none', usedMinutes: 0 }, open: false },
    resolution: { status: finish(res, resTarget, resState, now, warnAt, clock), open: resState !== 'done' },
  };
}

/**
 * Where a ticket stands against an SLA policy at `now`: first reply, the latest next-reply cycle
 * and resolution, each with its state, business minutes used, minutes left and due instant.
 * Throws a `ValidationError` naming the field for a timeline out of order (`timeline.3.at`), an
 * unknown priority or status, or a missing `now`.
 *
 * @example
 * ```ts
 * import { defineSlaPolicy, slaStatus } from 'walletdesk/sla';
 * const policy = defineSlaPolicy({ targets: { normal: { firstReply: 60, resolution: 480 } } });
 * const timeline = [
 *   { type: 'created', at: new Date('2026-03-02T09:00:00Z'), status: 'new', priority: 'normal' },
 *   { type: 'comment', at: new Date('2026-03-02T09:40:00Z'), author: 'agent', public: true },
 * ] as const;
 * const s = slaStatus([...timeline], policy, { now: new Date('2026-03-02T10:00:00Z') });
 * s.firstReply.state; // => 'met'
 * s.firstReply.usedMinutes; // => 40
 * s.resolution.state; // => 'active'
 * s.resolution.dueAt?.toISOString(); // => '2026-03-02T17:00:00.000Z'
 * s.nextReply.state; // => 'none'
 * ```
 */
export function slaStatus(timeline: ReadonlyArray<TimelineEvent>, policy: SlaPolicy, options: SlaStatusOptions): SlaStatus {
  const now = nowOption(options);
  const r = evaluate(timeline, policy, now, ['timeline']);
  return { firstReply: r.firstReply.status, nextReply: r.nextReply.status, resolution: r.resolution.status };
}
