/**
 * {@link summarize}: what a support team studies about a period: volumes, the hour-of-week
 * heatmap, reply and resolution times (p50/p90, business and calendar minutes), SLA attainment,
 * CSAT, reopen and escalation rates, and the top categories against the previous period.
 *
 * Each ticket is read once: one walk over its timeline for replies, solves, ratings and
 * escalations, and one `slaStatus` for the business minutes (the SLA module owns that clock).
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { ValidationError } from '../errors/index.js';
import { fitProfile, type Schedule } from '../hours/index.js';
import { defineSlaPolicy, SLA_METRICS, type SlaMetric, type SlaPolicy, slaStatus } from '../sla/index.js';
import { CATEGORY_IDS, CATEGORY_KINDS, type CategoryId, type CategoryKind, getCategory, TICKET_PRIORITIES } from '../taxonomy/index.js';
import type { TicketChannel, TicketPriority, TimelineEvent } from '../tickets/index.js';
import { civilDate, civilDay, hourOfWeek, isTimeZone, localClock } from './local-time.js';
import { percentiles } from './percentiles.js';
import { staffingPlan } from './staffing-plan.js';
import type { Attainment, Count, SummarizeOptions, Summary, TicketWithTimeline, TimeFigures } from './types.js';

const DAY_MS = 86_400_000;
/** Upper bounds (minutes, exclusive) of the reply-time distribution buckets; the last is open. */
const BUCKETS = [15, 30, 60, 120, 240, 480, 1440] as const;

const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date');
const optionsSchema = z.object({
  from: validDate,
  to: validDate,
  timeZone: z.string().refine(isTimeZone, 'unknown IANA time zone'),
  schedule: z.custom<Schedule>((v) => typeof v === 'object' && v !== null, 'expected a schedule made by defineSchedule()').optional(),
  policy: z.custom<SlaPolicy>((v) => typeof v === 'object' && v !== null, 'expected a policy made by defineSlaPolicy()').optional(),
  now: validDate.optional(),
  staffing: z
    .object({ ahtSeconds: z.number().finite().positive(), targetSeconds: z.number().finite().nonnegative(), serviceLevel: z.number().gt(0).lt(1) })
    .optional(),
});
const ticketShape = z.object({
  ticket: z.object({ id: z.string(), category: z.enum(CATEGORY_IDS), channel: z.string(), priority: z.enum(TICKET_PRIORITIES) }).loose(),
  timeline: z.array(z.unknown()).min(1),
});

function counts<K extends string>(keys: ReadonlyArray<K>, map: Map<string, number>): Array<Count<K>> {
  const out: Array<Count<K>> = [];
  for (const key of keys) out.push({ key, count: map.get(key) ?? 0 });
  for (const [key, count] of map) if (!keys.includes(key as K)) out.push({ key: key as K, count });
  return out.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

class Times {
  business: number[] = [];
  calendar: number[] = [];
  figures(): TimeFigures {
    const distribution = [...BUCKETS, null].map((upTo) => ({ upTo, count: 0 }));
    for (const minutes of this.business) {
      let i = 0;
      while (i < BUCKETS.length && minutes >= (BUCKETS[i] as number)) i++;
      (distribution[i] as { count: number }).count++;
    }
    return {
      count: this.business.length,
      businessMinutes: percentiles(Float64Array.from(this.business)),
      calendarMinutes: percentiles(Float64Array.from(this.calendar)),
      distribution,
    };
  }
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/**
 * Summarises the tickets created in `[from, to)`: volumes by category, kind, channel, priority and
 * local day; an hour-of-week heatmap; first-reply and resolution p50/p90 in business and calendar
 * minutes; SLA attainment (with a policy); CSAT = good / (good + bad) with the response rate;
 * reopen and escalation rates; and the top categories against the previous period of the same
 * length (tickets created in `[from − (to − from), from)` in the same list). An empty list gives
 * a summary of zeros and `null`s.
 *
 * @example
 * ```ts
 * import { summarize } from 'walletdesk/insights';
 * const at = (h: number) => new Date(Date.UTC(2026, 10, 2, h));
 * const summary = summarize(
 *   [{
 *     ticket: { id: '1', category: 'top_up', channel: 'chat', priority: 'normal' },
 *     timeline: [
 *       { type: 'created', at: at(1), status: 'new', priority: 'normal' },
 *       { type: 'comment', at: at(2), author: 'agent', public: true },
 *       { type: 'status', at: at(3), from: 'new', to: 'solved' },
 *       { type: 'rated', at: at(4), score: 'good' },
 *     ],
 *   }],
 *   { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z'), timeZone: 'Asia/Shanghai' },
 * );
 * summary.tickets; // => 1
 * summary.firstReply.calendarMinutes.p50; // => 60
 * summary.csat.score; // => 1
 * summary.volume.byKind; // => [{ key: 'account', count: 1 }]
 * ```
 */
export function summarize(tickets: ReadonlyArray<TicketWithTimeline>, options: SummarizeOptions): Summary {
  const o = validate(optionsSchema, options, ['options']);
  const from = o.from.getTime();
  const to = o.to.getTime();
  if (to <= from) throw new ValidationError([{ path: ['options', 'to'], message: 'to must be after from', code: 'invalid_value' }]);
  validate(z.array(z.unknown()), tickets, ['tickets']);
  const now = o.now?.getTime() ?? to;
  const nowDate = new Date(now);
  const previousFrom = from - (to - from);
  const schedule = o.schedule ?? o.policy?.schedule;
  // The business clock: the policy itself when it counts on the same hours, else a target-less one.
  const timing =
    o.policy !== undefined && schedule === o.policy.schedule
      ? o.policy
      : defineSlaPolicy({ ...(schedule ? { schedule } : {}), targets: {}, pauseWhile: o.policy?.pauseWhile ?? [] });
  const local = localClock(o.timeZone);
  const firstDay = civilDay(local.localMs(from));
  const lastDay = civilDay(local.localMs(to - 1));
  const perDay = new Float64Array(lastDay - firstDay + 1);

  const byCategory = new Map<string, number>();
  const byKind = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const byPriority = new Map<string, number>();
  const previousByCategory = new Map<string, number>();
  const heatmap = new Array<number>(168).fill(0);
  const firstReply = new Times();
  const resolution = new Times();
  const attainment: Record<SlaMetric, Attainment> = {
    firstReply: { met: 0, breached: 0, rate: null },
    nextReply: { met: 0, breached: 0, rate: null },
    resolution: { met: 0, breached: 0, rate: null },
  };
  let count = 0;
  let good = 0;
  let bad = 0;
  let solvedNow = 0;
  let everSolved = 0;
  let reopened = 0;
  let escalated = 0;
  const created: Date[] = [];

  for (let i = 0; i < tickets.length; i++) {
    const item = tickets[i] as TicketWithTimeline;
    const first = item?.timeline?.[0] as TimelineEvent | undefined;
    if (!(first?.at instanceof Date) || typeof item.ticket !== 'object' || item.ticket === null) validate(ticketShape, item, ['tickets', i]);
    const start = (first as TimelineEvent).at.getTime();
    if (start >= previousFrom && start < from) {
      bump(previousByCategory, item.ticket.category);
      continue;
    }
    if (start < from || start >= to) continue;
    const ticket = item.ticket;
    const kind = getCategory(ticket.category)?.kind;
    if (kind === undefined) validate(ticketShape, item, ['tickets', i]);
    count++;
    created.push((first as TimelineEvent).at);
    bump(byCategory, ticket.category);
    bump(byKind, kind as CategoryKind);
    bump(byChannel, ticket.channel);
    bump(byPriority, ticket.priority);
    const wall = local.localMs(start);
    const dayOffset = civilDay(wall) - firstDay;
    perDay[dayOffset] = (perDay[dayOffset] as number) + 1;
    const how = hourOfWeek(wall);
    heatmap[how] = (heatmap[how] as number) + 1;

    // One walk for what the SLA clock does not report.
    let replyAt = -1;
    let solvedAt = -1;
    let solved = false;
    let wasSolved = false;
    let reopen = false;
    let escalation = false;
    let rating: 'good' | 'bad' | undefined;
    const timeline = item.timeline;
    for (let j = 1; j < timeline.length; j++) {
      const e = timeline[j] as TimelineEvent;
      if (e.at.getTime() > now) break;
      if (e.type === 'comment') {
        if (replyAt < 0 && e.public && e.author === 'agent') replyAt = e.at.getTime();
      } else if (e.type === 'status') {
        const done = e.to === 'solved' || e.to === 'closed';
        if (done && !solved) solvedAt = e.at.getTime();
        if (!done && solved) reopen = true;
        solved = done;
        wasSolved ||= done;
      } else if (e.type === 'escalated') escalation = true;
      else if (e.type === 'rated') rating = e.score;
    }
    const status = slaStatus(timeline as TimelineEvent[], timing, { now: nowDate });
    if (replyAt >= 0) {
      firstReply.business.push(status.firstReply.usedMinutes);
      firstReply.calendar.push((replyAt - start) / 60_000);
    }
    if (solved) {
      solvedNow++;
      resolution.business.push(status.resolution.usedMinutes);
      resolution.calendar.push((solvedAt - start) / 60_000);
      if (rating === 'good') good++;
      else if (rating === 'bad') bad++;
    }
    if (wasSolved) everSolved++;
    if (reopen) reopened++;
    if (escalation) escalated++;
    if (o.policy !== undefined) {
      const s = timing === o.policy ? status : slaStatus(timeline as TimelineEvent[], o.policy, { now: nowDate });
      for (const metric of SLA_METRICS) {
        const state = s[metric].state;
        if (state === 'met') attainment[metric].met++;
        else if (state === 'breached') attainment[metric].breached++;
      }
    }
  }
  for (const metric of SLA_METRICS) attainment[metric].rate = ratio(attainment[metric].met, attainment[metric].met + attainment[metric].breached);

  const byDay: Array<{ date: string; count: number }> = [];
  for (let day = firstDay; day <= lastDay; day++) byDay.push({ date: civilDate(day), count: perDay[day - firstDay] as number });
  const categories = counts(CATEGORY_IDS, byCategory);
  // Fitting reads every creation time through the hours module's zone conversion (~30 µs each), so
  // it runs only when a staffing plan is asked for.
  const profile = count > 0 && o.staffing !== undefined ? fitProfile(created, { timeZone: o.timeZone, name: 'fitted from the period' }) : undefined;
  const weeks = (to - from) / (7 * DAY_MS);
  return {
    period: { from: o.from, to: o.to, timeZone: o.timeZone, previousFrom: new Date(previousFrom) },
    tickets: count,
    volume: {
      byCategory: categories,
      byKind: counts(CATEGORY_KINDS, byKind),
      byChannel: counts<TicketChannel>([], byChannel),
      byPriority: counts<TicketPriority>(TICKET_PRIORITIES, byPriority),
      byDay,
    },
    heatmap,
    firstReply: firstReply.figures(),
    resolution: resolution.figures(),
    sla: o.policy === undefined ? undefined : attainment,
    csat: { good, bad, score: ratio(good, good + bad), solved: solvedNow, responseRate: ratio(good + bad, solvedNow) },
    reopenRate: ratio(reopened, everSolved),
    escalationRate: ratio(escalated, count),
    topCategories: categories.slice(0, 5).map(({ key, count: n }) => {
      const previous = previousByCategory.get(key) ?? 0;
      return { category: key as CategoryId, count: n, previous, change: previous > 0 ? (n - previous) / previous : null };
    }),
    profile,
    staffing:
      profile !== undefined && o.staffing !== undefined
        ? staffingPlan(profile, { contactsPerWeek: count / weeks, ahtSeconds: o.staffing.ahtSeconds, targetSeconds: o.staffing.targetSeconds, serviceLevel: o.staffing.serviceLevel })
        : undefined,
  };
}
