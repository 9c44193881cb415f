// SLA timers as a table: 47 timelines, each expected value worked out by hand from the calendar,
// never from the code under test. Times are written in the schedule's own zone with the offset
// stated (CST = UTC+8 all year; New York EST = UTC−5 before 8 Mar 2026 and from 1 Nov 2026, EDT =
// UTC−4 between). The reasoning for every number is in the row's comment.
//
// Calendar facts used (State Council notice 国办发明电〔2025〕7号, in walletdesk/hours):
//   Spring Festival holiday Sun 15 – Mon 23 Feb 2026; make-up workdays Sat 14 Feb and Sat 28 Feb.
//   Mid-Autumn Fri 25 – Sun 27 Sep; National Day Thu 1 – Wed 7 Oct; make-up Sun 20 Sep, Sat 10 Oct.
//   Weekdays: 13 Feb 2026 Fri; 24 Sep Thu; 30 Sep Wed; 9 Oct Fri; 23 Nov Mon; 27 Nov Fri.
import { describe, expect, it } from 'vitest';
import { chinaMainland, defineSchedule } from '../../src/hours/index.js';
import { defineSlaPolicy, type MetricStatus, type SlaPolicy, slaStatus } from '../../src/sla/index.js';
import type { TicketPriority, TicketStatus, TimelineEvent } from '../../src/tickets/index.js';

const weekdays = (from: string, to: string) => {
  const day = [[from, to]] as const;
  return { mon: day, tue: day, wed: day, thu: day, fri: day };
};

/** Shanghai, Mon–Fri 09:00–18:00 (540 min a day), mainland holidays and 调休. */
const CN = defineSlaPolicy({
  schedule: defineSchedule({ timeZone: 'Asia/Shanghai', weekly: weekdays('09:00', '18:00'), calendar: chinaMainland }),
  targets: {
    urgent: { firstReply: 30, nextReply: 60, resolution: 480 },
    high: { firstReply: 60, nextReply: 120, resolution: 960 },
    normal: { firstReply: 240, nextReply: 480, resolution: 2880 },
    low: { resolution: 4320 },
  },
  pauseWhile: ['pending', 'on_hold'],
  warnAt: 0.75,
});
/** New York, Mon–Fri 09:00–17:00 local (480 min a day), no holiday calendar. */
const NY = defineSlaPolicy({
  schedule: defineSchedule({ timeZone: 'America/New_York', weekly: weekdays('09:00', '17:00') }),
  targets: { normal: { firstReply: 240, nextReply: 480, resolution: 960 } },
});
/** 24/7 (no schedule). */
const H24 = defineSlaPolicy({
  targets: { urgent: { firstReply: 15, nextReply: 30, resolution: 240 }, normal: { firstReply: 60, nextReply: 120, resolution: 1440 } },
});

/** A Shanghai wall time, 'YYYY-MM-DD HH:MM'. */
const cst = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const z = (s: string) => new Date(`${s.replace(' ', 'T')}:00Z`);

const created = (at: Date, priority: TicketPriority): TimelineEvent => ({ type: 'created', at, status: 'new', priority });
const agent = (at: Date): TimelineEvent => ({ type: 'comment', at, author: 'agent', public: true });
const req = (at: Date): TimelineEvent => ({ type: 'comment', at, author: 'requester', public: true });
const note = (at: Date): TimelineEvent => ({ type: 'comment', at, author: 'agent', public: false });
const sys = (at: Date): TimelineEvent => ({ type: 'comment', at, author: 'system', public: true });
const status = (at: Date, from: TicketStatus, to: TicketStatus): TimelineEvent => ({ type: 'status', at, from, to });
const prio = (at: Date, from: TicketPriority, to: TicketPriority): TimelineEvent => ({ type: 'priority', at, from, to });

/** A MetricStatus literal: state, used, remaining, dueAt (absent fields left out). */
function m(state: MetricStatus['state'], used: number, remaining?: number, dueAt?: Date): MetricStatus {
  return { state, usedMinutes: used, ...(remaining === undefined ? {} : { remainingMinutes: remaining }), ...(dueAt ? { dueAt } : {}) };
}
const NONE = m('none', 0);

interface Row {
  name: string;
  policy: SlaPolicy;
  timeline: TimelineEvent[];
  now: Date;
  firstReply?: MetricStatus;
  nextReply?: MetricStatus;
  resolution?: MetricStatus;
}

const rows: Row[] = [
  // ── overnight (CN, normal: first reply 240, resolution 2880) ──
  {
    // Tue 17:00–18:00 = 60, Wed 09:00–10:00 = 60 → 120 used, 120 left; 120 < 0.75·240 = 180 → active;
    // 120 more from Wed 10:00 → Wed 12:00.
    name: 'overnight: created Tue 17:00, first reply running Wed 10:00',
    policy: CN,
    timeline: [created(cst('2026-11-24 17:00'), 'normal')],
    now: cst('2026-11-25 10:00'),
    firstReply: m('active', 120, 120, cst('2026-11-25 12:00')),
    nextReply: NONE,
  },
  {
    // Resolution: same 120 used, 2760 left = 46 h. From Wed 10:00: Wed 8 h (38 left), Thu 9 (29),
    // Fri 27 Nov 9 (20), Mon 30 Nov 9 (11), Tue 1 Dec 9 (2), Wed 2 Dec 09:00 + 2 h = 11:00.
    name: 'overnight: resolution due a week later',
    policy: CN,
    timeline: [created(cst('2026-11-24 17:00'), 'normal')],
    now: cst('2026-11-25 10:00'),
    resolution: m('active', 120, 2760, cst('2026-12-02 11:00')),
  },
  {
    // Created 22:00 (closed): the clock starts Wed 09:00. 30 used by 09:30, 210 left → 13:00.
    name: 'created at night: clock starts at the next opening',
    policy: CN,
    timeline: [created(cst('2026-11-24 22:00'), 'normal')],
    now: cst('2026-11-25 09:30'),
    firstReply: m('active', 30, 210, cst('2026-11-25 13:00')),
  },
  {
    // 30 used, 2850 left. Wed 09:30–18:00 = 510 (2340 left), Thu 540 (1800), Fri 540 (1260),
    // Mon 540 (720), Tue 540 (180), Wed 2 Dec 09:00 + 180 min = 12:00.
    name: 'created at night: resolution due counted from the opening',
    policy: CN,
    timeline: [created(cst('2026-11-24 22:00'), 'normal')],
    now: cst('2026-11-25 09:30'),
    resolution: m('active', 30, 2850, cst('2026-12-02 12:00')),
  },
  {
    // First reply: Tue 17:30–18:00 = 30 + Wed 09:00–10:00 = 60 → 90 ≤ 240 → met, 150 left, no dueAt.
    // Resolution keeps running: 30 + Wed 09:00–12:00 = 180 → 210, 2670 left; Wed 12–18 = 360 (2310),
    // Thu 540 (1770), Fri 540 (1230), Mon 540 (690), Tue 540 (150), Wed 2 Dec 09:00 + 150 = 11:30.
    name: 'overnight reply: met after 90 business minutes',
    policy: CN,
    timeline: [created(cst('2026-11-24 17:30'), 'normal'), agent(cst('2026-11-25 10:00'))],
    now: cst('2026-11-25 12:00'),
    firstReply: m('met', 90, 150),
    nextReply: NONE,
    resolution: m('active', 210, 2670, cst('2026-12-02 11:30')),
  },
  // ── weekend ──
  {
    // Fri 17:00–18:00 = 60, Sat/Sun closed, Mon 09:00–10:00 = 60 → 120; due Mon 10:00 + 120 = 12:00.
    name: 'weekend: Friday 17:00 ticket on Monday morning',
    policy: CN,
    timeline: [created(cst('2026-11-27 17:00'), 'normal')],
    now: cst('2026-11-30 10:00'),
    firstReply: m('active', 120, 120, cst('2026-11-30 12:00')),
  },
  {
    // 60 + Mon 09:00–11:00 = 120 → 180 = 0.75·240 → at_risk, 60 left, due 12:00.
    name: 'weekend: at risk at 75 %',
    policy: CN,
    timeline: [created(cst('2026-11-27 17:00'), 'normal')],
    now: cst('2026-11-30 11:00'),
    firstReply: m('at_risk', 180, 60, cst('2026-11-30 12:00')),
  },
  {
    // 60 + Mon 09:00–13:00 = 240 → 300 > 240: breached; crossed at Mon 12:00 (60 Fri + 180 Mon).
    name: 'weekend: breached Monday noon, dueAt in the past',
    policy: CN,
    timeline: [created(cst('2026-11-27 17:00'), 'normal')],
    now: cst('2026-11-30 13:00'),
    firstReply: m('breached', 300, -60, cst('2026-11-30 12:00')),
  },
  {
    // Saturday is closed: nothing used by Mon 09:00; due Mon 09:00 + 240 = 13:00.
    name: 'weekend: created Saturday, nothing used before Monday 09:00',
    policy: CN,
    timeline: [created(cst('2026-11-28 10:00'), 'normal')],
    now: cst('2026-11-30 09:00'),
    firstReply: m('active', 0, 240, cst('2026-11-30 13:00')),
  },
  {
    // Sunday ticket; Mon 09:00–13:00 = 240 = target exactly at the reply → met, 0 left.
    name: 'weekend: reply exactly at the due instant is met',
    policy: CN,
    timeline: [created(cst('2026-11-29 15:00'), 'normal'), agent(cst('2026-11-30 13:00'))],
    now: cst('2026-11-30 14:00'),
    firstReply: m('met', 240, 0),
  },
  {
    // One minute later: 241 > 240 → breached at 13:00, and it stays breached after the reply.
    name: 'weekend: reply one minute late stays breached',
    policy: CN,
    timeline: [created(cst('2026-11-29 15:00'), 'normal'), agent(cst('2026-11-30 13:01'))],
    now: cst('2026-11-30 14:00'),
    firstReply: m('breached', 241, -1, cst('2026-11-30 13:00')),
  },
  {
    // Friday 17:00–18:00: 60 min. Friday's 24 h later, with no change of state: still active.
    // Sat 28 Nov is an ordinary Saturday (closed): at Sat 12:00 still 60 used; due Mon 12:00.
    name: 'weekend: an ordinary Saturday stays closed',
    policy: CN,
    timeline: [created(cst('2026-11-27 17:00'), 'normal')],
    now: cst('2026-11-28 12:00'),
    firstReply: m('active', 60, 180, cst('2026-11-30 12:00')),
  },
  // ── Spring Festival and make-up workdays ──
  {
    // Fri 13 Feb 17:00–18:00 = 60; Sat 14 Feb is a make-up workday (09:00–18:00 = 540); 15–23 Feb
    // holiday; Tue 24 Feb 09:00–10:00 = 60 → 660 used. Crossed 240 on Sat at 09:00 + 180 = 12:00.
    name: 'Spring Festival: Friday ticket breaches on the make-up Saturday 14 Feb',
    policy: CN,
    timeline: [created(cst('2026-02-13 17:00'), 'normal')],
    now: cst('2026-02-24 10:00'),
    firstReply: m('breached', 660, -420, cst('2026-02-14 12:00')),
  },
  {
    // Created Sun 15 Feb (holiday); 15–23 Feb closed; Tue 24 Feb 09:00–10:00 = 60; due 13:00.
    name: 'Spring Festival: created during the holiday, clock starts Tue 24 Feb',
    policy: CN,
    timeline: [created(cst('2026-02-15 10:00'), 'normal')],
    now: cst('2026-02-24 10:00'),
    firstReply: m('active', 60, 180, cst('2026-02-24 13:00')),
  },
  {
    // Mon 23 Feb is still holiday: at Mon 23 Feb 17:00 nothing has been used since Sun 15 Feb.
    name: 'Spring Festival: Monday 23 Feb is a holiday, not a workday',
    policy: CN,
    timeline: [created(cst('2026-02-15 10:00'), 'normal')],
    now: cst('2026-02-23 17:00'),
    firstReply: m('active', 0, 240, cst('2026-02-24 13:00')),
  },
  {
    // Resolution: Fri 13 Feb 10:00–18:00 = 480, Sat 14 Feb (make-up) 540 → 1020 by Sat 18:00;
    // 1860 left = 31 h: Tue 24 540 (1320), Wed 25 540 (780), Thu 26 540 (240), Fri 27 09:00 + 240 = 13:00.
    // 1020 / 2880 ≈ 0.35 → active. First reply at 11:00: 60 used → met, 180 left.
    name: 'Spring Festival: resolution due jumps the nine-day holiday',
    policy: CN,
    timeline: [created(cst('2026-02-13 10:00'), 'normal'), agent(cst('2026-02-13 11:00'))],
    now: cst('2026-02-14 18:00'),
    firstReply: m('met', 60, 180),
    resolution: m('active', 1020, 1860, cst('2026-02-27 13:00')),
  },
  {
    // Urgent resolution 480: Fri 15:00–18:00 = 180, Sat 14 Feb 540 → 720 > 480; crossed on Sat at
    // 09:00 + 300 = 14:00. Nothing more by Tue 24 Feb 09:00.
    name: 'Spring Festival: urgent resolution breached on the make-up Saturday',
    policy: CN,
    timeline: [created(cst('2026-02-13 15:00'), 'urgent')],
    now: cst('2026-02-24 09:00'),
    resolution: m('breached', 720, -240, cst('2026-02-14 14:00')),
  },
  {
    // Sat 28 Feb is a make-up workday (open 09:00–18:00): urgent first reply 30, 45 used at 09:45,
    // crossed at 09:30.
    name: 'make-up workday Sat 28 Feb: urgent first reply breached at 09:30',
    policy: CN,
    timeline: [created(cst('2026-02-28 09:00'), 'urgent')],
    now: cst('2026-02-28 09:45'),
    firstReply: m('breached', 45, -15, cst('2026-02-28 09:30')),
  },
  {
    // Fri 9 Oct 17:30–18:00 = 30; Sat 10 Oct make-up 540 → 570 by Mon 12 Oct 09:00; crossed 240 on
    // Sat at 09:00 + 210 min = 12:30.
    name: 'make-up workday Sat 10 Oct: breach lands on the Saturday',
    policy: CN,
    timeline: [created(cst('2026-10-09 17:30'), 'normal')],
    now: cst('2026-10-12 09:00'),
    firstReply: m('breached', 570, -330, cst('2026-10-10 12:30')),
  },
  {
    // Sat 19 Sep closed; Sun 20 Sep is a make-up workday: 09:00–12:00 = 180 = 0.75·240 → at_risk;
    // 60 left → 13:00 that Sunday.
    name: 'make-up workday Sun 20 Sep: a Sunday that counts',
    policy: CN,
    timeline: [created(cst('2026-09-19 12:00'), 'normal')],
    now: cst('2026-09-20 12:00'),
    firstReply: m('at_risk', 180, 60, cst('2026-09-20 13:00')),
  },
  {
    // Wed 30 Sep 17:00–18:00 = 60; 1–7 Oct National Day; Thu 8 Oct 09:00–10:00 = 60 → 120; due 12:00.
    name: 'National Day: the clock sleeps 1–7 Oct',
    policy: CN,
    timeline: [created(cst('2026-09-30 17:00'), 'normal')],
    now: cst('2026-10-08 10:00'),
    firstReply: m('active', 120, 120, cst('2026-10-08 12:00')),
  },
  {
    // Thu 24 Sep 17:00–18:00 = 60; Mid-Autumn Fri 25 – Sun 27 Sep; Mon 28 Sep 09:00–10:00 = 60 → 120.
    name: 'Mid-Autumn: Friday 25 Sep is closed',
    policy: CN,
    timeline: [created(cst('2026-09-24 17:00'), 'normal')],
    now: cst('2026-09-28 10:00'),
    firstReply: m('active', 120, 120, cst('2026-09-28 12:00')),
  },
  // ── pauses (resolution), CN urgent: first reply 30, next reply 60, resolution 480 ──
  {
    // Resolution runs 09:00–10:00 = 60, then pending: paused, 420 left, no dueAt. First reply at
    // 09:10: 10 used, met, 20 left.
    name: 'pause: pending stops the resolution clock',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:10')), status(cst('2026-11-23 10:00'), 'new', 'pending')],
    now: cst('2026-11-23 15:00'),
    firstReply: m('met', 10, 20),
    resolution: m('paused', 60, 420),
  },
  {
    // Resolution: 09–10 = 60, paused 10–14, running 14–15 = 60 → 120; 360 left: Mon 15–18 = 180,
    // Tue 09:00 + 180 = 12:00. 120/480 = 0.25 → active.
    // First reply does not pause: no agent reply, 09:00–15:00 = 360 > 30, crossed 09:30.
    // The requester's comment comes before any agent reply, so no next-reply cycle.
    name: 'pause: resumes where it stopped',
    policy: CN,
    timeline: [
      created(cst('2026-11-23 09:00'), 'urgent'),
      status(cst('2026-11-23 10:00'), 'new', 'pending'),
      req(cst('2026-11-23 14:00')),
      status(cst('2026-11-23 14:00'), 'pending', 'open'),
    ],
    now: cst('2026-11-23 15:00'),
    firstReply: m('breached', 360, -330, cst('2026-11-23 09:30')),
    nextReply: NONE,
    resolution: m('active', 120, 360, cst('2026-11-24 12:00')),
  },
  {
    // 09:00–17:30 = 510 > 480 before on_hold; crossed at 17:00. On hold since 17:30: still breached.
    name: 'pause: a breach before the pause stays breached while on hold',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:05')), status(cst('2026-11-23 17:30'), 'new', 'on_hold')],
    now: cst('2026-11-24 10:00'),
    resolution: m('breached', 510, -30, cst('2026-11-23 17:00')),
  },
  {
    // 24/7 urgent resolution 240: 10:00–11:00 = 60, pending 11–13, open 13–14 = 60 → 120; 120 left
    // → 16:00Z. 120/240 = 0.5 → active.
    name: 'pause on a 24/7 line',
    policy: H24,
    timeline: [created(z('2026-11-23 10:00'), 'urgent'), status(z('2026-11-23 11:00'), 'new', 'pending'), status(z('2026-11-23 13:00'), 'pending', 'open')],
    now: z('2026-11-23 14:00'),
    resolution: m('active', 120, 120, z('2026-11-23 16:00')),
  },
  // ── solved, reopened ──
  {
    // Solved at 16:00: 09:00–16:00 = 420 ≤ 480 → met, 60 left. First reply at 09:20: 20, 10 left.
    name: 'solved within target',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:20')), status(cst('2026-11-23 16:00'), 'new', 'solved')],
    now: cst('2026-11-24 12:00'),
    firstReply: m('met', 20, 10),
    resolution: m('met', 420, 60),
  },
  {
    // Reply at 09:30 = 30 exactly; solved at 17:00 = 480 exactly: both met with 0 left.
    name: 'solved exactly at the due instant is met',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:30')), status(cst('2026-11-23 17:00'), 'new', 'solved')],
    now: cst('2026-11-24 09:00'),
    firstReply: m('met', 30, 0),
    resolution: m('met', 480, 0),
  },
  {
    // Normal resolution 2880 = 48 h from Fri 27 Nov 17:00: Fri 1 h (47 left), Mon 30 Nov 9 (38),
    // Tue 9 (29), Wed 9 (20), Thu 9 (11), Fri 4 Dec 9 (2), Mon 7 Dec 09:00 + 2 h = 11:00. Solved then.
    name: 'solved exactly at due after a weekend and a week',
    policy: CN,
    timeline: [created(cst('2026-11-27 17:00'), 'normal'), agent(cst('2026-11-27 17:30')), status(cst('2026-12-07 11:00'), 'new', 'solved')],
    now: cst('2026-12-07 12:00'),
    resolution: m('met', 2880, 0),
  },
  {
    // 24/7 urgent: reply at 22:15 = 15 exactly (met, 0); solved 02:00 next day = 240 exactly (met, 0).
    name: '24/7: solved exactly at due',
    policy: H24,
    timeline: [created(z('2026-11-28 22:00'), 'urgent'), agent(z('2026-11-28 22:15')), status(z('2026-11-29 02:00'), 'new', 'solved')],
    now: z('2026-11-29 03:00'),
    firstReply: m('met', 15, 0),
    resolution: m('met', 240, 0),
  },
  {
    // Solved 11:00 (120 used); reopened Tue 09:00; by 10:00 120 + 60 = 180; 300 left → 15:00.
    name: 'reopen resumes the same clock',
    policy: CN,
    timeline: [
      created(cst('2026-11-23 09:00'), 'urgent'),
      agent(cst('2026-11-23 09:10')),
      status(cst('2026-11-23 11:00'), 'new', 'solved'),
      status(cst('2026-11-24 09:00'), 'solved', 'open'),
    ],
    now: cst('2026-11-24 10:00'),
    resolution: m('active', 180, 300, cst('2026-11-24 15:00')),
  },
  {
    // Solved 16:00 (420); reopened Tue 09:00; 420 + 90 = 510 by 10:30 > 480; crossed Tue 10:00.
    name: 'reopen: breach after the reopen',
    policy: CN,
    timeline: [
      created(cst('2026-11-23 09:00'), 'urgent'),
      agent(cst('2026-11-23 09:10')),
      status(cst('2026-11-23 16:00'), 'new', 'solved'),
      status(cst('2026-11-24 09:00'), 'solved', 'open'),
    ],
    now: cst('2026-11-24 10:30'),
    resolution: m('breached', 510, -30, cst('2026-11-24 10:00')),
  },
  {
    // 120 before the first solve + Tue 09:00–09:30 = 30 → 150, solved again: met, 330 left.
    name: 'reopen then solved again: the two runs add up',
    policy: CN,
    timeline: [
      created(cst('2026-11-23 09:00'), 'urgent'),
      agent(cst('2026-11-23 09:10')),
      status(cst('2026-11-23 11:00'), 'new', 'solved'),
      status(cst('2026-11-24 09:00'), 'solved', 'open'),
      status(cst('2026-11-24 09:30'), 'open', 'solved'),
    ],
    now: cst('2026-11-25 09:00'),
    resolution: m('met', 150, 330),
  },
  {
    // 24/7 urgent: solved at 12:00 (120), closed at 13:00: still met, 120 left.
    name: 'closed after solved stays met',
    policy: H24,
    timeline: [created(z('2026-11-23 10:00'), 'urgent'), agent(z('2026-11-23 10:05')), status(z('2026-11-23 12:00'), 'new', 'solved'), status(z('2026-11-23 13:00'), 'solved', 'closed')],
    now: z('2026-11-23 15:00'),
    resolution: m('met', 120, 120),
  },
  // ── priority changes: the current priority's targets apply from creation ──
  {
    // Raised to urgent at 10:00: urgent first reply 30 applies from 09:00; 60 used, crossed at 09:30,
    // before the change was even made.
    name: 'priority raised: urgent targets from creation, breached in the past',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'normal'), prio(cst('2026-11-23 10:00'), 'normal', 'urgent')],
    now: cst('2026-11-23 10:00'),
    firstReply: m('breached', 60, -30, cst('2026-11-23 09:30')),
  },
  {
    // Lowered to normal at 09:45: normal's 240 applies; 60 used by 10:00, 180 left → 13:00.
    name: 'priority lowered: no breach under the new target',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), prio(cst('2026-11-23 09:45'), 'urgent', 'normal')],
    now: cst('2026-11-23 10:00'),
    firstReply: m('active', 60, 180, cst('2026-11-23 13:00')),
  },
  {
    // The change at 11:00 lies after now (10:00): still normal, 60 used, 180 left.
    name: 'priority change after now is not seen yet',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'normal'), prio(cst('2026-11-23 11:00'), 'normal', 'urgent')],
    now: cst('2026-11-23 10:00'),
    firstReply: m('active', 60, 180, cst('2026-11-23 13:00')),
  },
  {
    // Lowered to low, which has no first-reply target: none (the clock's 60 minutes are still reported).
    name: 'priority changed to one without a target: none',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'normal'), prio(cst('2026-11-23 09:30'), 'normal', 'low')],
    now: cst('2026-11-23 10:00'),
    firstReply: m('none', 60),
    nextReply: NONE,
  },
  {
    // Low: resolution 4320 = 72 h; 60 used by Mon 10:00, 71 h left: Mon 8 h (63), Tue 9 (54), Wed 9
    // (45), Thu 9 (36), Fri 9 (27), Mon 30 Nov 9 (18), Tue 1 Dec 9 (9), Wed 2 Dec 09:00–18:00 (0):
    // the target is reached exactly at closing, so due Wed 18:00 (not Thu 09:00).
    name: 'due exactly at a closing time',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'low')],
    now: cst('2026-11-23 10:00'),
    resolution: m('active', 60, 4260, cst('2026-12-02 18:00')),
  },
  // ── next reply (CN urgent: 60) ──
  {
    // A requester comment before any agent reply starts no cycle.
    name: 'next reply: none until a requester comment follows an agent reply',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), req(cst('2026-11-23 09:05')), agent(cst('2026-11-23 09:20'))],
    now: cst('2026-11-23 10:00'),
    nextReply: NONE,
  },
  {
    // Cycle from 10:00; 45 used at 10:45 = 0.75·60 → at_risk, 15 left, due 11:00.
    name: 'next reply: a running cycle',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:20')), req(cst('2026-11-23 10:00'))],
    now: cst('2026-11-23 10:45'),
    nextReply: m('at_risk', 45, 15, cst('2026-11-23 11:00')),
  },
  {
    // Cycle 10:00 → agent 10:50 = 50 ≤ 60 → met, 10 left.
    name: 'next reply: a met cycle',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:20')), req(cst('2026-11-23 10:00')), agent(cst('2026-11-23 10:50'))],
    now: cst('2026-11-23 12:00'),
    nextReply: m('met', 50, 10),
  },
  {
    // Cycle 1: 10:00 → 11:30 = 90 (breached); cycle 2: 13:00 → 13:40 = 40 → the latest is reported: met.
    name: 'next reply reports the latest cycle',
    policy: CN,
    timeline: [
      created(cst('2026-11-23 09:00'), 'urgent'),
      agent(cst('2026-11-23 09:20')),
      req(cst('2026-11-23 10:00')),
      agent(cst('2026-11-23 11:30')),
      req(cst('2026-11-23 13:00')),
      agent(cst('2026-11-23 13:40')),
    ],
    now: cst('2026-11-23 14:00'),
    nextReply: m('met', 40, 20),
  },
  {
    // Second requester comment at 10:30 does not restart the cycle: 10:00 → 11:10 = 70 > 60,
    // crossed 11:00.
    name: 'next reply: a second requester comment does not restart the cycle',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 09:20')), req(cst('2026-11-23 10:00')), req(cst('2026-11-23 10:30'))],
    now: cst('2026-11-23 11:10'),
    nextReply: m('breached', 70, -10, cst('2026-11-23 11:00')),
  },
  {
    // Cycle from Mon 17:30: 30 until 18:00, Tue 09:00–09:40 = 40 → 70 > 60; crossed Tue 09:30.
    name: 'next reply overnight',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), agent(cst('2026-11-23 17:00')), req(cst('2026-11-23 17:30'))],
    now: cst('2026-11-24 09:40'),
    nextReply: m('breached', 70, -10, cst('2026-11-24 09:30')),
  },
  {
    // An internal note is not a reply: 20 used at 09:20, 20/30 < 0.75 → active, due 09:30.
    name: 'an internal agent note is not a reply',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), note(cst('2026-11-23 09:10'))],
    now: cst('2026-11-23 09:20'),
    firstReply: m('active', 20, 10, cst('2026-11-23 09:30')),
  },
  {
    // A public system comment is not a reply either: 25 ≥ 22.5 → at_risk, 5 left.
    name: 'a public system comment is not a reply',
    policy: CN,
    timeline: [created(cst('2026-11-23 09:00'), 'urgent'), sys(cst('2026-11-23 09:05'))],
    now: cst('2026-11-23 09:25'),
    firstReply: m('at_risk', 25, 5, cst('2026-11-23 09:30')),
  },
  // ── DST in America/New_York (Mon–Fri 09:00–17:00 local) ──
  {
    // Fri 6 Mar 16:00 EST: 60 to 17:00; Mon 9 Mar (EDT since Sun 8 Mar) 09:00–10:00 = 60 → 120;
    // due Mon 12:00 EDT = 16:00Z (a fixed −5 offset would say 17:00Z).
    name: 'DST spring forward: due in local hours after the change',
    policy: NY,
    timeline: [created(new Date('2026-03-06T16:00:00-05:00'), 'normal')],
    now: new Date('2026-03-09T10:00:00-04:00'),
    firstReply: m('active', 120, 120, new Date('2026-03-09T12:00:00-04:00')),
  },
  {
    // Fri 30 Oct 16:00 EDT: 60; Mon 2 Nov (EST since Sun 1 Nov) 09:00–10:00 = 60; due 12:00 EST.
    name: 'DST fall back: due in local hours after the change',
    policy: NY,
    timeline: [created(new Date('2026-10-30T16:00:00-04:00'), 'normal')],
    now: new Date('2026-11-02T10:00:00-05:00'),
    firstReply: m('active', 120, 120, new Date('2026-11-02T12:00:00-05:00')),
  },
  {
    // Resolution 960: Fri 6 Mar 09:00–17:00 EST = 480; Mon 9 Mar 09:00 EDT: 480 left → Mon 17:00 EDT.
    // First reply at 10:00: 60, met, 180 left.
    name: 'DST: resolution over the changeover weekend',
    policy: NY,
    timeline: [created(new Date('2026-03-06T09:00:00-05:00'), 'normal'), agent(new Date('2026-03-06T10:00:00-05:00'))],
    now: new Date('2026-03-09T09:00:00-04:00'),
    firstReply: m('met', 60, 180),
    resolution: m('active', 480, 480, new Date('2026-03-09T17:00:00-04:00')),
  },
  // ── 24/7 ──
  {
    // 23:30 → 00:15 = 45 = 0.75·60 → at_risk; 15 left → 00:30Z.
    name: '24/7: midnight is no break',
    policy: H24,
    timeline: [created(z('2026-11-28 23:30'), 'normal')],
    now: z('2026-11-29 00:15'),
    firstReply: m('at_risk', 45, 15, z('2026-11-29 00:30')),
  },
  {
    // Low has no targets at all on this policy: every metric none; clocks still report 60 minutes.
    name: '24/7: a priority without targets',
    policy: H24,
    timeline: [created(z('2026-11-23 10:00'), 'low')],
    now: z('2026-11-23 11:00'),
    firstReply: m('none', 60),
    nextReply: NONE,
    resolution: m('none', 60),
  },
];

describe('slaStatus, table of hand-worked timelines', () => {
  it('has at least 40 timelines', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const status = slaStatus(row.timeline, row.policy, { now: row.now });
    if (row.firstReply) expect(status.firstReply).toEqual(row.firstReply);
    if (row.nextReply) expect(status.nextReply).toEqual(row.nextReply);
    if (row.resolution) expect(status.resolution).toEqual(row.resolution);
  });
});
