// slaStatus and atRisk beyond the table: bad input (each a ValidationError naming the field) and
// the work queue.
import { describe, expect, it } from 'vitest';
import { isValidationError, type ValidationError } from '../../src/errors/index.js';
import { chinaMainland, defineSchedule } from '../../src/hours/index.js';
import { atRisk, defineSlaPolicy, slaStatus } from '../../src/sla/index.js';
import type { TimelineEvent } from '../../src/tickets/index.js';
import { thrown } from '../helpers/rejection.js';

const at = (iso: string) => new Date(iso);
const policy = defineSlaPolicy({ targets: { urgent: { firstReply: 30, nextReply: 60, resolution: 480 }, normal: { firstReply: 240 } } });
const base: TimelineEvent[] = [
  { type: 'created', at: at('2026-11-23T09:00:00Z'), status: 'new', priority: 'urgent' },
  { type: 'comment', at: at('2026-11-23T09:10:00Z'), author: 'agent', public: true },
];

function field(fn: () => unknown): string {
  const error = thrown<ValidationError>(fn);
  expect(isValidationError(error)).toBe(true);
  return error.field;
}

describe('defineSlaPolicy bad input', () => {
  it('a negative target names the target', () => {
    expect(field(() => defineSlaPolicy({ targets: { urgent: { firstReply: -5 } } }))).toBe('policy.targets.urgent.firstReply');
  });
  it('an unknown priority names it', () => {
    expect(field(() => defineSlaPolicy({ targets: { critical: { firstReply: 5 } } } as never))).toBe('policy.targets.critical');
  });
  it('an unknown metric, status or warnAt is named', () => {
    expect(field(() => defineSlaPolicy({ targets: { low: { firstResponse: 5 } } } as never))).toBe('policy.targets.low');
    expect(field(() => defineSlaPolicy({ targets: {}, pauseWhile: ['waiting'] } as never))).toBe('policy.pauseWhile[0]');
    expect(field(() => defineSlaPolicy({ targets: {}, warnAt: 1.5 }))).toBe('policy.warnAt');
    expect(field(() => defineSlaPolicy(undefined as never))).toBe('policy');
  });
});

describe('slaStatus bad input', () => {
  const now = at('2026-11-23T12:00:00Z');
  it('a timeline out of order names the event time', () => {
    const events = [...base, { type: 'comment', at: at('2026-11-23T08:00:00Z'), author: 'requester', public: true } as const];
    expect(field(() => slaStatus(events, policy, { now }))).toBe('timeline[2].at');
  });
  it('an unknown priority names it, in the created event and in a change', () => {
    expect(field(() => slaStatus([{ ...base[0], priority: 'critical' } as never], policy, { now }))).toBe('timeline[0].priority');
    expect(field(() => slaStatus([...base, { type: 'priority', at: at('2026-11-23T10:00:00Z'), from: 'urgent', to: 'p1' } as never], policy, { now }))).toBe('timeline[2].to');
  });
  it('a timeline that does not start with created, an empty one, a bad date, a missing now', () => {
    expect(field(() => slaStatus([base[1] as TimelineEvent], policy, { now }))).toBe('timeline[0].type');
    expect(field(() => slaStatus([], policy, { now }))).toBe('timeline');
    expect(field(() => slaStatus([{ ...base[0], at: new Date(Number.NaN) } as never], policy, { now }))).toBe('timeline[0].at');
    expect(field(() => slaStatus(base, policy, {} as never))).toBe('options.now');
    expect(field(() => slaStatus(base, policy, { now: at('2026-11-22T00:00:00Z') }))).toBe('options.now');
  });
  it('a policy not made by defineSlaPolicy is named', () => {
    expect(field(() => slaStatus(base, { targets: {} } as never, { now }))).toBe('policy');
  });
});

describe('slaStatus details', () => {
  it('a solve stops the reply clocks without a reply; a reopen resumes first reply', () => {
    // Solved at 09:20 without any public reply: first reply stops at 20 minutes and counts as met.
    const solved: TimelineEvent[] = [base[0] as TimelineEvent, { type: 'status', at: at('2026-11-23T09:20:00Z'), from: 'new', to: 'solved' }];
    expect(slaStatus(solved, policy, { now: at('2026-11-23T12:00:00Z') }).firstReply).toEqual({ state: 'met', usedMinutes: 20, remainingMinutes: 10 });
    // Reopened at 11:00: 20 + 5 = 25 by 11:05, 5 left → 11:10.
    const reopened: TimelineEvent[] = [...solved, { type: 'status', at: at('2026-11-23T11:00:00Z'), from: 'solved', to: 'open' }];
    expect(slaStatus(reopened, policy, { now: at('2026-11-23T11:05:00Z') }).firstReply).toEqual({
      state: 'at_risk',
      usedMinutes: 25,
      remainingMinutes: 5,
      dueAt: at('2026-11-23T11:10:00Z'),
    });
  });

  it('past the calendar data the strict timer throws OutOfCoverageError, and outsideCoverage "weekly" answers', () => {
    const day = [['09:00', '18:00']] as const;
    const weekly = { mon: day, tue: day, wed: day, thu: day, fri: day };
    const strict = defineSlaPolicy({ schedule: defineSchedule({ timeZone: 'Asia/Shanghai', weekly, calendar: chinaMainland }), targets: { normal: { resolution: 2880 } } });
    const timeline: TimelineEvent[] = [{ type: 'created', at: at('2026-12-30T01:00:00Z'), status: 'new', priority: 'normal' }];
    // Wed 30 Dec 09:00 CST, 60 used by 10:00; the due instant lies in January 2027, past the data.
    const error = thrown<Error>(() => slaStatus(timeline, strict, { now: at('2026-12-30T02:00:00Z') }));
    expect(error.name).toBe('OutOfCoverageError');
    const lenient = defineSlaPolicy({
      schedule: defineSchedule({ timeZone: 'Asia/Shanghai', weekly, calendar: chinaMainland, outsideCoverage: 'weekly' }),
      targets: { normal: { resolution: 2880 } },
    });
    // 2820 left = 47 h: Wed 30 Dec 8 h (39), Thu 31 Dec 9 (30), then weekly hours: Fri 1 Jan 9 (21),
    // Mon 4 Jan 9 (12), Tue 5 Jan 9 (3), Wed 6 Jan 09:00 + 3 h = 12:00 CST = 04:00Z.
    expect(slaStatus(timeline, lenient, { now: at('2026-12-30T02:00:00Z') }).resolution.dueAt).toEqual(at('2027-01-06T04:00:00Z'));
  });
});

describe('atRisk', () => {
  const now = at('2026-11-23T10:00:00Z');
  const ticket = (id: string, createdAt: string, priority: 'urgent' | 'normal', extra: TimelineEvent[] = []) => ({
    id,
    timeline: [{ type: 'created', at: at(createdAt), status: 'new', priority } as TimelineEvent, ...extra],
  });

  it('lists metrics due within the window and breached ones still waiting, soonest first', () => {
    const queue = atRisk(
      [
        // First reply due 10:10 (within 15 min); 20 of 30 used < 75 % → active.
        ticket('due-soon', '2026-11-23T09:40:00Z', 'urgent'),
        // First reply due 10:25: outside a 15-minute window.
        ticket('later', '2026-11-23T09:55:00Z', 'urgent'),
        // Breached at 09:30 and still unanswered.
        ticket('breached', '2026-11-23T09:00:00Z', 'urgent'),
        // Answered in time: nothing waits.
        ticket('answered', '2026-11-23T09:50:00Z', 'normal', [{ type: 'comment', at: at('2026-11-23T09:55:00Z'), author: 'agent', public: true }]),
      ],
      policy,
      { now, within: 15 },
    );
    expect(queue.map((e) => [e.ticket.id, e.metric, e.status.state, e.status.dueAt.toISOString()])).toEqual([
      ['breached', 'firstReply', 'breached', '2026-11-23T09:30:00.000Z'],
      ['due-soon', 'firstReply', 'active', '2026-11-23T10:10:00.000Z'],
    ]);
  });

  it('never lists a paused or finished metric', () => {
    const paused = ticket('paused', '2026-11-23T02:00:00Z', 'urgent', [
      { type: 'comment', at: at('2026-11-23T02:05:00Z'), author: 'agent', public: true },
      { type: 'status', at: at('2026-11-23T02:10:00Z'), from: 'new', to: 'pending' },
    ]);
    expect(atRisk([paused], policy, { now, within: 600 })).toEqual([]);
  });

  it('bad input names the field', () => {
    expect(field(() => atRisk([], policy, { now, within: -1 }))).toBe('options.within');
    expect(field(() => atRisk({} as never, policy, { now, within: 5 }))).toBe('tickets');
    expect(field(() => atRisk([{ timeline: [] }], policy, { now, within: 5 }))).toBe('tickets[0].timeline');
  });
});

describe('ticket fields mirrored for the timers', () => {
  it('match walletdesk/tickets, in order', async () => {
    const tickets = await import('../../src/tickets/index.js');
    const mirror = await import('../../src/sla/ticket-fields.js');
    expect(mirror.PRIORITIES).toEqual(tickets.TICKET_PRIORITIES);
    expect(mirror.STATUSES).toEqual(tickets.TICKET_STATUSES);
  });
});
