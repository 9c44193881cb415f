// isOpen / nextOpening / nextClosing against a brute-force, minute-by-minute oracle over random
// schedules (overnight slots, '24:00', overrides, a calendar with make-up workdays) in zones with
// DST gaps and overlaps, 30/45-minute offsets and Lord Howe's 30-minute DST.
//
// The oracle shares no code with the module: it reads each minute's wall time from its own Intl
// formatter, finds a wall time's instant by table lookup (earliest occurrence; inside a gap, shifted
// forward by the gap) and marks every open minute.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineSchedule, holidayCalendarFromDates, isOpen, nextClosing, nextOpening, type Slot } from '../../src/hours/index.js';

const MIN = 60_000;
const DAY = 86_400_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Zones and a UTC instant a day or so before a transition (or an ordinary date). */
const CASES: Array<[string, string]> = [
  ['America/Los_Angeles', '2026-03-07T00:00:00Z'],
  ['America/Los_Angeles', '2026-10-31T00:00:00Z'],
  ['Europe/London', '2026-03-28T00:00:00Z'],
  ['Europe/London', '2026-10-24T00:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-03T12:00:00Z'],
  ['Australia/Lord_Howe', '2026-10-02T12:00:00Z'],
  ['America/St_Johns', '2026-03-07T00:00:00Z'],
  ['America/St_Johns', '2026-10-31T00:00:00Z'],
  ['Asia/Kathmandu', '2026-06-01T00:00:00Z'],
  ['Asia/Kolkata', '2026-06-01T00:00:00Z'],
  ['Pacific/Kiritimati', '2026-06-01T00:00:00Z'],
];

const WINDOW_DAYS = 12;

interface Table {
  w0: number; // first minute index (epoch minutes) of the marking window
  w1: number;
  localOf: Map<number, number>; // epoch minute → local minute ("local epoch")
  firstInstant: Map<number, number>; // local minute → earliest epoch minute
  t0: number; // table range
  t1: number;
}

const tables = new Map<string, Table>();
function tableFor(zone: string, base: string): Table {
  const key = `${zone}@${base}`;
  const cached = tables.get(key);
  if (cached) return cached;
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const w0 = Date.parse(base) / MIN;
  const w1 = w0 + WINDOW_DAYS * 1440;
  const t0 = w0 - 3 * 1440;
  const t1 = w1 + 3 * 1440;
  const localOf = new Map<number, number>();
  const firstInstant = new Map<number, number>();
  for (let m = t0; m < t1; m++) {
    const p = Object.fromEntries(fmt.formatToParts(m * MIN).map((x) => [x.type, x.value]));
    const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) / MIN;
    localOf.set(m, local);
    if (!firstInstant.has(local)) firstInstant.set(local, m);
  }
  const table = { w0, w1, localOf, firstInstant, t0, t1 };
  tables.set(key, table);
  return table;
}

function instantOfLocal(table: Table, local: number): number {
  const direct = table.firstInstant.get(local);
  if (direct !== undefined) return direct;
  // In a gap: find the transition T (first existing wall time after L) and the jump size G.
  let k = 1;
  while (!table.firstInstant.has(local + k)) k++;
  const transition = table.firstInstant.get(local + k) as number;
  const jump = (table.localOf.get(transition) as number) - (table.localOf.get(transition - 1) as number) - 1;
  return transition + (local + jump - (table.localOf.get(transition) as number));
}

type MinuteSlot = [number, number];
const toHHMM = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const slotArb = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1440 }))
  .filter(([s, e]) => s !== e && !(e === 1440 && s === 0 && false))
  .map(([s, e]) => [s, e] as MinuteSlot);
const daySlotsArb = fc.array(slotArb, { maxLength: 2 });
const scheduleArb = fc.record({
  caseIndex: fc.integer({ min: 0, max: CASES.length - 1 }),
  weekly: fc.array(daySlotsArb, { minLength: 7, maxLength: 7 }),
  override: fc.option(fc.record({ dayOffset: fc.integer({ min: 0, max: 6 }), slots: daySlotsArb }), { nil: undefined }),
  holidayOffset: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  workdayOffset: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  queries: fc.array(fc.integer({ min: 1440, max: 3 * 1440 }), { minLength: 4, maxLength: 8 }),
});

const slotString = ([s, e]: MinuteSlot): Slot => [toHHMM(s), e === 1440 ? '24:00' : toHHMM(e)];

describe('schedule queries agree with a minute-by-minute oracle', () => {
  it('isOpen, nextOpening and nextClosing over random schedules, zones and DST days', () => {
    fc.assert(
      fc.property(scheduleArb, ({ caseIndex, weekly, override, holidayOffset, workdayOffset, queries }) => {
        const [zone, base] = CASES[caseIndex] as [string, string];
        const table = tableFor(zone, base);
        const firstLocalDay = Math.floor((table.localOf.get(table.w0) as number) / 1440);
        const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
        const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
        const overrideDay = override ? firstLocalDay + 2 + override.dayOffset : undefined;
        const holidayDay = holidayOffset === undefined ? undefined : firstLocalDay + 2 + holidayOffset;
        // A make-up workday only matters on a weekend; pick the next Saturday/Sunday from the offset.
        let workDay = workdayOffset === undefined ? undefined : firstLocalDay + 2 + workdayOffset;
        while (workDay !== undefined && weekdayOf(workDay) < 5) workDay++;
        if (workDay !== undefined && workDay === holidayDay) workDay = undefined;
        const calendar =
          holidayDay === undefined && workDay === undefined
            ? undefined
            : holidayCalendarFromDates({ name: 'test', holidays: holidayDay === undefined ? [] : [dateOf(holidayDay)], workdays: workDay === undefined ? [] : [dateOf(workDay)] });
        const schedule = defineSchedule({
          timeZone: zone,
          weekly: Object.fromEntries(DAYS.map((d, i) => [d, (weekly[i] ?? []).map(slotString)])),
          ...(overrideDay === undefined ? {} : { overrides: [{ date: dateOf(overrideDay), slots: (override?.slots ?? []).map(slotString) }] }),
          ...(calendar === undefined ? {} : { calendar }),
        });

        // Oracle: mark open minutes in [w0, w1).
        const size = table.w1 - table.w0;
        const open = new Uint8Array(size);
        const lastLocalDay = Math.floor((table.localOf.get(table.w1 - 1) as number) / 1440);
        for (let day = firstLocalDay - 2; day <= lastLocalDay + 1; day++) {
          let slots: MinuteSlot[];
          if (day === overrideDay) slots = override?.slots ?? [];
          else if (day === holidayDay) slots = [];
          else if (day === workDay) slots = weekly[0] ?? [];
          else slots = weekly[weekdayOf(day)] ?? [];
          for (const [s, e] of slots) {
            const end = e <= s ? e + 1440 : e;
            const a = instantOfLocal(table, day * 1440 + s);
            const b = instantOfLocal(table, day * 1440 + end);
            for (let m = Math.max(a, table.w0); m < Math.min(b, table.w1); m++) open[m - table.w0] = 1;
          }
        }
        for (const q of queries) {
          const at = new Date((table.w0 + q) * MIN);
          expect(isOpen(schedule, at), `isOpen ${at.toISOString()}`).toBe(open[q] === 1);
          let opening: number | null = null;
          let closing: number | null = null;
          for (let m = q + 1; m < size; m++) {
            if (opening === null && open[m] === 1 && open[m - 1] === 0) opening = m;
            if (closing === null && open[m] === 0 && open[m - 1] === 1) closing = m;
          }
          expect(nextOpening(schedule, at)?.getTime() ?? null, `nextOpening ${at.toISOString()}`).toBe(opening === null ? null : (table.w0 + opening) * MIN);
          expect(nextClosing(schedule, at)?.getTime() ?? null, `nextClosing ${at.toISOString()}`).toBe(closing === null ? null : (table.w0 + closing) * MIN);
          // Half a minute later nothing changes unless a boundary sits at the next minute.
          const later = new Date(at.getTime() + 30_000);
          expect(isOpen(schedule, later)).toBe(open[q] === 1);
        }
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
