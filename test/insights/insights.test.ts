// summarize, fitProfile, staffingPlan and renderReport on a small month worked out by hand.
import { describe, expect, it } from 'vitest';
import { isValidationError, type ValidationError } from '../../src/errors/index.js';
import { agentsNeeded, defaultPeakProfile, defineSchedule } from '../../src/hours/index.js';
import { fitProfile, renderReport, staffingPlan, summarize, type TicketWithTimeline } from '../../src/insights/index.js';
import { defineSlaPolicy } from '../../src/sla/index.js';
import type { TimelineEvent } from '../../src/tickets/index.js';
import { thrown } from '../helpers/rejection.js';

const z = (s: string) => new Date(`${s.replace(' ', 'T')}:00Z`);
type Cat = TicketWithTimeline['ticket']['category'];
type Ch = TicketWithTimeline['ticket']['channel'];
type Pr = TicketWithTimeline['ticket']['priority'];
function t(id: string, category: Cat, channel: Ch, priority: Pr, created: string, rest: TimelineEvent[]): TicketWithTimeline {
  return { ticket: { id, category, channel, priority }, timeline: [{ type: 'created', at: z(created), status: 'new', priority }, ...rest] };
}
const agent = (s: string): TimelineEvent => ({ type: 'comment', at: z(s), author: 'agent', public: true });
const status = (s: string, from: TimelineEvent extends never ? never : 'new' | 'open' | 'solved', to: 'open' | 'solved'): TimelineEvent => ({ type: 'status', at: z(s), from, to });

// November 2026 in UTC. 2 Nov is a Monday; 8 Nov a Sunday.
const tickets: TicketWithTimeline[] = [
  // T1: reply after 60 min, solved after 180, rated good.
  t('T1', 'top_up', 'chat', 'normal', '2026-11-02 09:00', [agent('2026-11-02 10:00'), status('2026-11-02 12:00', 'new', 'solved'), { type: 'rated', at: z('2026-11-02 13:00'), score: 'good' }]),
  // T2: reply after 15; solved at 60, reopened at 90, solved again at 240 (calendar) = 60 + 150 = 210 running; rated bad.
  t('T2', 'login_access', 'email', 'high', '2026-11-02 09:30', [
    agent('2026-11-02 09:45'),
    status('2026-11-02 10:30', 'new', 'solved'),
    status('2026-11-02 11:00', 'solved', 'open'),
    status('2026-11-02 13:30', 'open', 'solved'),
    { type: 'rated', at: z('2026-11-02 14:00'), score: 'bad' },
  ]),
  // T3: escalated, never answered, never solved.
  t('T3', 'top_up', 'chat', 'urgent', '2026-11-03 14:00', [{ type: 'escalated', at: z('2026-11-03 14:10'), level: 1 }]),
  // T4: Sunday 23:00, reply Monday 01:00 (120), solved 03:00 (240); not rated.
  t('T4', 'payment_failed', 'phone', 'normal', '2026-11-08 23:00', [agent('2026-11-09 01:00'), status('2026-11-09 03:00', 'new', 'solved')]),
  // The previous period (October) and after the period: counted only as previous / not at all.
  t('P1', 'top_up', 'web', 'normal', '2026-10-15 10:00', []),
  t('X1', 'top_up', 'web', 'normal', '2026-12-05 10:00', []),
];
const period = { from: z('2026-11-01 00:00'), to: z('2026-12-01 00:00'), timeZone: 'UTC' };

describe('summarize', () => {
  const s = summarize(tickets, period);

  it('counts volume by category, kind, channel, priority and day', () => {
    expect(s.tickets).toBe(4);
    expect(s.volume.byCategory).toEqual([
      { key: 'top_up', count: 2 },
      { key: 'login_access', count: 1 },
      { key: 'payment_failed', count: 1 },
    ]);
    // top_up and payment_failed are 'account', login_access 'technical' (taxonomy kinds).
    expect(s.volume.byKind).toEqual([
      { key: 'account', count: 3 },
      { key: 'technical', count: 1 },
    ]);
    expect(s.volume.byChannel).toEqual([
      { key: 'chat', count: 2 },
      { key: 'email', count: 1 },
      { key: 'phone', count: 1 },
    ]);
    expect(s.volume.byPriority).toEqual([
      { key: 'normal', count: 2 },
      { key: 'high', count: 1 },
      { key: 'urgent', count: 1 },
    ]);
    expect(s.volume.byDay).toHaveLength(30);
    expect(s.volume.byDay.filter((d) => d.count > 0)).toEqual([
      { date: '2026-11-02', count: 2 },
      { date: '2026-11-03', count: 1 },
      { date: '2026-11-08', count: 1 },
    ]);
  });

  it('fills the hour-of-week heatmap (Monday 00:00 = 0)', () => {
    // Mon 09 → 9 (T1, T2); Tue 14 → 24 + 14 = 38; Sun 23 → 6·24 + 23 = 167.
    const filled = s.heatmap.flatMap((v, i) => (v > 0 ? [[i, v]] : []));
    expect(filled).toEqual([
      [9, 2],
      [38, 1],
      [167, 1],
    ]);
  });

  it('reports nearest-rank p50/p90 reply and resolution times', () => {
    // First reply [15, 60, 120]: p50 = 2nd = 60, p90 = 3rd = 120 (24/7: business = calendar).
    expect(s.firstReply.count).toBe(3);
    expect(s.firstReply.calendarMinutes).toEqual({ p50: 60, p90: 120 });
    expect(s.firstReply.businessMinutes).toEqual({ p50: 60, p90: 120 });
    // Buckets: 15 in [15, 30), 60 in [60, 120), 120 in [120, 240).
    expect(s.firstReply.distribution.filter((b) => b.count > 0)).toEqual([
      { upTo: 30, count: 1 },
      { upTo: 120, count: 1 },
      { upTo: 240, count: 1 },
    ]);
    // Resolution calendar [180, 240, 240] (T2 to its last solve); business [180, 210, 240] (T2's solved half hour is not counted).
    expect(s.resolution.calendarMinutes).toEqual({ p50: 240, p90: 240 });
    expect(s.resolution.businessMinutes).toEqual({ p50: 210, p90: 240 });
  });

  it('business minutes follow the schedule', () => {
    const day = [['09:00', '18:00']] as const;
    const schedule = defineSchedule({ timeZone: 'UTC', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } });
    // T1 60, T2 15, T4 0 (Sunday 23:00 → Monday 01:00 is all closed): [0, 15, 60].
    expect(summarize(tickets, { ...period, schedule }).firstReply.businessMinutes).toEqual({ p50: 15, p90: 60 });
  });

  it('computes CSAT, response, reopen and escalation rates', () => {
    expect(s.csat).toEqual({ good: 1, bad: 1, score: 0.5, solved: 3, responseRate: 2 / 3 });
    expect(s.reopenRate).toBe(1 / 3);
    expect(s.escalationRate).toBe(1 / 4);
    expect(s.sla).toBeUndefined();
  });

  it('compares the top categories with the previous period', () => {
    expect(s.topCategories).toEqual([
      { category: 'top_up', count: 2, previous: 1, change: 1 },
      { category: 'login_access', count: 1, previous: 0, change: null },
      { category: 'payment_failed', count: 1, previous: 0, change: null },
    ]);
  });

  it('reports SLA attainment per metric with a policy', () => {
    const policy = defineSlaPolicy({
      targets: { normal: { firstReply: 60, resolution: 180 }, high: { firstReply: 30, resolution: 120 }, urgent: { firstReply: 30 } },
    });
    // First reply: T1 60 = target met, T2 15 met, T3 never answered (breached), T4 120 > 60 breached.
    // Resolution: T1 180 met, T2 210 > 120 breached, T3 none, T4 240 > 180 breached.
    expect(summarize(tickets, { ...period, policy }).sla).toEqual({
      firstReply: { met: 2, breached: 2, rate: 0.5 },
      nextReply: { met: 0, breached: 0, rate: null },
      resolution: { met: 1, breached: 2, rate: 1 / 3 },
    });
  });

  it('an empty ticket set gives zeros and nulls, not a crash', () => {
    const empty = summarize([], period);
    expect(empty.tickets).toBe(0);
    expect(empty.firstReply.businessMinutes).toEqual({ p50: null, p90: null });
    expect(empty.csat.score).toBeNull();
    expect(empty.profile).toBeUndefined();
  });

  it('bad input names the field', () => {
    const field = (fn: () => unknown) => {
      const e = thrown<ValidationError>(fn);
      expect(isValidationError(e)).toBe(true);
      return e.field;
    };
    expect(field(() => summarize(tickets, { ...period, timeZone: 'Mars/Olympus' }))).toBe('options.timeZone');
    expect(field(() => summarize(tickets, { ...period, to: period.from }))).toBe('options.to');
    expect(field(() => summarize([{ ticket: tickets[0]?.ticket, timeline: [] } as never], period))).toBe('tickets[0].timeline');
    expect(field(() => summarize([{ ...tickets[0], ticket: { ...tickets[0]?.ticket, category: 'nope' } } as never], period))).toBe('tickets[0].ticket.category');
  });
});

describe('fitProfile and staffingPlan', () => {
  it('fitProfile learns the busy hour from creation times', () => {
    const profile = fitProfile(tickets.slice(0, 4), { timeZone: 'UTC', smoothing: 0 });
    expect(profile.hourOfWeek).toHaveLength(168);
    // Two of four tickets at Monday 09:00, one per other filled hour: Monday 09 is the busiest.
    expect(profile.hourOfWeek.indexOf(Math.max(...profile.hourOfWeek))).toBe(9);
    expect(thrown<ValidationError>(() => fitProfile([], { timeZone: 'UTC' })).field).toBe('tickets');
  });

  it('staffingPlan sizes each hour with agentsNeeded', () => {
    const plan = staffingPlan(defaultPeakProfile, { contactsPerWeek: 16_800, ahtSeconds: 180, targetSeconds: 20, serviceLevel: 0.8 });
    // Hour h gets its share of the week: 16800 · w_h / Σw (the weights are rounded, so Σw ≈ 168).
    const sum = defaultPeakProfile.hourOfWeek.reduce((a, b) => a + b, 0);
    const calls = (16_800 * (defaultPeakProfile.hourOfWeek[10] as number)) / sum;
    expect(plan.callsPerHour[10]).toBeCloseTo(calls, 9);
    expect(plan.agents[10]).toBe(agentsNeeded({ callsPerHour: calls, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 }));
    expect(plan.callsPerHour.reduce((a, b) => a + b, 0)).toBeCloseTo(16_800, 6);
    expect(plan.agentHours).toBe(plan.agents.reduce((a, b) => a + b, 0));
    expect(plan.agents[plan.peak.hourOfWeek]).toBe(Math.max(...plan.agents));
    expect(thrown<ValidationError>(() => staffingPlan(defaultPeakProfile, { contactsPerWeek: 100, ahtSeconds: 180, targetSeconds: 20, serviceLevel: 1 })).field).toBe('options.serviceLevel');
  });
});

describe('renderReport', () => {
  const summary = summarize(tickets, { ...period, staffing: { ahtSeconds: 300, targetSeconds: 20, serviceLevel: 0.8 } });

  it('is one self-contained page with every chart, in English and Chinese', () => {
    for (const lang of ['en', 'zh'] as const) {
      const html = renderReport(summary, { lang, roster: new Array(24).fill(1) });
      for (const chart of ['heatmap', 'volume-by-category', 'reply-time-distribution', 'sla-attainment', 'csat', 'staffing']) {
        expect(html).toContain(`data-chart="${chart}"`);
      }
      expect(html).not.toMatch(/<script|https?:\/\/|src=|href=/);
      expect(html).toContain("default-src 'none'");
    }
    const zh = renderReport(summary, { lang: 'zh' });
    expect(zh).toContain('充值问题');
    expect(zh).toContain('满意度');
    expect(zh).toContain('lang="zh-CN"');
    const en = renderReport(summary, { lang: 'en' });
    expect(en).toContain('Top-up failed, pending or not arrived');
  });

  it('escapes text and says when there is no data', () => {
    const empty = renderReport(summarize([], period), { lang: 'en' });
    expect(empty).toContain('data-empty="true"');
    expect(empty).toContain('No data');
    expect(empty).not.toContain('data-chart=');
  });

  it('prints the period in its own zone, not in UTC', () => {
    // November in Shanghai runs from 2026-10-31T16:00Z to 2026-11-30T16:00Z.
    const shanghai = { from: new Date('2026-10-31T16:00:00Z'), to: new Date('2026-11-30T16:00:00Z'), timeZone: 'Asia/Shanghai' };
    const html = renderReport(summarize([], shanghai), { lang: 'en' });
    expect(html).toContain('2026-11-01 – 2026-11-30 (Asia/Shanghai)');
    expect(html).not.toContain('2026-10-31');
  });

  it('bad options name the field', () => {
    expect(thrown<ValidationError>(() => renderReport(summary, { lang: 'fr' } as never)).field).toBe('options.lang');
    expect(thrown<ValidationError>(() => renderReport(summary, { lang: 'en', roster: [1, 2] })).field).toBe('options.roster');
    expect(thrown<ValidationError>(() => renderReport(undefined as never, { lang: 'en' })).field).toBe('summary');
  });
});
