import { describe, expect, it } from 'vitest';
import { isOutOfCoverageError, isValidationError } from '../../src/errors/index.js';
import {
  bestTimeToContact,
  chinaMainland,
  defaultPeakProfile,
  defineSchedule,
  fitProfile,
  isOpen,
  nextClosing,
  nextOpening,
  openIntervals,
  type ScheduleInput,
} from '../../src/hours/index.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const at = (s: string) => new Date(s);
const weekdays = (slots: Array<[string, string]>) => ({ mon: slots, tue: slots, wed: slots, thu: slots, fri: slots });

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isValidationError(error)) return error.field;
    throw error;
  }
  return undefined;
}

describe('wall time → instant (DST and odd offsets)', () => {
  const one = (timeZone: string, date: string, time: string) => {
    const s = defineSchedule({ timeZone, weekly: {}, overrides: [{ date, slots: [[time, time === '23:59' ? '00:00' : '23:59']] }] });
    return iso(nextOpening(s, at(`${date.slice(0, 8)}01T00:00:00Z`)));
  };
  it('places openings in half-hour, 45-minute and +14 zones', () => {
    expect(one('Asia/Kolkata', '2026-11-24', '09:00')).toBe('2026-11-24T03:30:00.000Z');
    expect(one('Asia/Kathmandu', '2026-11-24', '09:00')).toBe('2026-11-24T03:15:00.000Z');
    expect(one('Pacific/Kiritimati', '2026-11-24', '09:00')).toBe('2026-11-23T19:00:00.000Z');
    expect(one('America/St_Johns', '2026-11-24', '09:00')).toBe('2026-11-24T12:30:00.000Z');
  });
  it('moves a wall time inside a spring-forward gap forward by the gap', () => {
    expect(one('America/Los_Angeles', '2026-03-08', '02:30')).toBe('2026-03-08T10:30:00.000Z');
    expect(one('Europe/London', '2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(one('America/St_Johns', '2026-03-08', '02:30')).toBe('2026-03-08T06:00:00.000Z');
    // Lord Howe's gap is 30 minutes (02:00 → 02:30, +10:30 → +11).
    expect(one('Australia/Lord_Howe', '2026-10-04', '02:15')).toBe('2026-10-03T15:45:00.000Z');
  });
  it('takes the earlier offset for a wall time repeated at fall-back', () => {
    expect(one('America/Los_Angeles', '2026-11-01', '01:30')).toBe('2026-11-01T08:30:00.000Z');
    expect(one('Europe/London', '2026-10-25', '01:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(one('America/St_Johns', '2026-11-01', '01:30')).toBe('2026-11-01T04:00:00.000Z');
    expect(one('Australia/Lord_Howe', '2026-04-05', '01:45')).toBe('2026-04-04T14:45:00.000Z');
  });
  it('gives identical answers whatever the host zone is', () => {
    const s = defineSchedule({ timeZone: 'Australia/Lord_Howe', weekly: { sun: [['01:45', '02:15']], mon: [['22:00', '02:00']] } });
    const probe = () =>
      ['2026-04-04T14:00:00Z', '2026-10-03T15:00:00Z', '2026-11-23T10:00:00Z'].map((t) => [iso(nextOpening(s, at(t))), iso(nextClosing(s, at(t))), isOpen(s, at(t))]);
    const saved = process.env.TZ;
    const results: unknown[] = [];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()); // sanity: assignment took effect
        results.push(probe());
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('pinned semantics', () => {
  it('a slot is half-open and runs past midnight when end <= start; 24:00 is the end of the day', () => {
    const s = defineSchedule({ timeZone: 'UTC', weekly: { fri: [['09:00', '18:00'], ['22:00', '02:00']], sat: [['20:00', '24:00']] } });
    expect(isOpen(s, at('2026-11-27T09:00:00Z'))).toBe(true);
    expect(isOpen(s, at('2026-11-27T18:00:00Z'))).toBe(false);
    expect(isOpen(s, at('2026-11-28T01:59:00Z'))).toBe(true);
    expect(iso(nextClosing(s, at('2026-11-27T23:00:00Z')))).toBe('2026-11-28T02:00:00.000Z');
    expect(iso(nextClosing(s, at('2026-11-28T21:00:00Z')))).toBe('2026-11-29T00:00:00.000Z');
  });
  it('touching and overlapping slots merge into one period', () => {
    const s = defineSchedule({ timeZone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['12:00', '14:00'], ['13:00', '15:00']], sun: [['20:00', '09:30']] } });
    expect(iso(nextClosing(s, at('2026-11-23T10:00:00Z')))).toBe('2026-11-23T15:00:00.000Z');
    // Sunday's overnight slot runs into Monday's: one period from Sunday 20:00.
    expect(openIntervals(s, at('2026-11-22T00:00:00Z'), at('2026-11-24T00:00:00Z')).map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-11-22T20:00:00.000Z', '2026-11-23T15:00:00.000Z'],
    ]);
  });
  it('nextOpening while open is the next disjoint period; nextClosing while closed is the end of the next period', () => {
    const s = defineSchedule({ timeZone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } });
    expect(iso(nextOpening(s, at('2026-11-23T10:00:00Z')))).toBe('2026-11-23T13:00:00.000Z');
    expect(iso(nextOpening(s, at('2026-11-23T09:00:00Z')))).toBe('2026-11-23T13:00:00.000Z');
    expect(iso(nextClosing(s, at('2026-11-23T12:30:00Z')))).toBe('2026-11-23T17:00:00.000Z');
  });
  it('never opens → null; never closes → null', () => {
    expect(nextOpening(defineSchedule({ timeZone: 'UTC', weekly: {} }), at('2026-01-01T00:00:00Z'))).toBeNull();
    const always = defineSchedule({ timeZone: 'Europe/London', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) });
    expect(nextClosing(always, at('2026-03-28T12:00:00Z'))).toBeNull();
    expect(nextOpening(always, at('2026-03-28T12:00:00Z'))).toBeNull();
    expect(isOpen(always, at('2026-03-29T01:30:00Z'))).toBe(true);
  });
  it('an override replaces the slots starting that day, but yesterday’s overnight span still runs into it', () => {
    const s = defineSchedule({
      timeZone: 'UTC',
      weekly: { ...weekdays([['09:00', '18:00']]), sun: [['22:00', '02:00']] },
      overrides: [
        { date: '2026-11-23', closed: true, label: 'closed Monday' },
        { date: '2026-11-24', slots: [['12:00', '13:00']] },
      ],
    });
    expect(isOpen(s, at('2026-11-23T01:00:00Z'))).toBe(true); // Sunday's span
    expect(isOpen(s, at('2026-11-23T10:00:00Z'))).toBe(false);
    expect(iso(nextOpening(s, at('2026-11-23T03:00:00Z')))).toBe('2026-11-24T12:00:00.000Z');
    expect(iso(nextClosing(s, at('2026-11-24T12:30:00Z')))).toBe('2026-11-24T13:00:00.000Z');
  });
  it('with chinaMainland: holidays close (weekends in the block too), make-up weekends open with Monday hours, overrides win', () => {
    const s = defineSchedule({
      timeZone: 'Asia/Shanghai',
      weekly: { ...weekdays([['09:00', '18:00']]), sat: [['10:00', '16:00']] },
      overrides: [{ date: '2026-10-03', slots: [['10:00', '12:00']], label: 'holiday duty' }],
      calendar: chinaMainland,
    });
    expect(isOpen(s, at('2026-10-01T02:00:00Z'))).toBe(false); // Thu, National Day
    expect(isOpen(s, at('2026-10-03T03:00:00Z'))).toBe(true); // override wins
    expect(isOpen(s, at('2026-10-10T01:30:00Z'))).toBe(true); // Sat make-up day at 09:30: Monday hours
    expect(isOpen(s, at('2026-10-10T09:30:00Z'))).toBe(true); // 17:30, still Monday hours
    expect(isOpen(s, at('2026-10-17T09:30:00Z'))).toBe(false); // ordinary Saturday keeps 10–16
    expect(isOpen(s, at('2026-10-17T03:00:00Z'))).toBe(true);
    expect(iso(nextOpening(s, at('2026-10-03T05:00:00Z')))).toBe('2026-10-08T01:00:00.000Z');
  });
  it('outside the calendar coverage: OutOfCoverageError, or weekly hours when asked', () => {
    const base: ScheduleInput = { timeZone: 'Asia/Shanghai', weekly: weekdays([['09:00', '18:00']]), calendar: chinaMainland };
    const strict = defineSchedule(base);
    let error: unknown;
    try {
      isOpen(strict, at('2027-01-05T02:00:00Z'));
    } catch (e) {
      error = e;
    }
    expect(isOutOfCoverageError(error)).toBe(true);
    expect(isOpen(strict, at('2026-12-30T02:00:00Z'))).toBe(true); // still answerable near the end
    expect(() => nextOpening(strict, at('2026-12-31T12:00:00Z'))).toThrow(/outside the data's coverage/);
    const lenient = defineSchedule({ ...base, outsideCoverage: 'weekly' });
    expect(iso(nextOpening(lenient, at('2026-12-31T12:00:00Z')))).toBe('2027-01-01T01:00:00.000Z');
  });
});

describe('validation at the boundary', () => {
  it('names the field', () => {
    expect(fieldOf(() => defineSchedule({ timeZone: 'Mars/Olympus', weekly: {} }))).toBe('schedule.timeZone');
    expect(fieldOf(() => defineSchedule({ timeZone: 'UTC', weekly: { mon: [['25:00', '26:00']] } }))).toBe('schedule.weekly.mon[0][0]');
    expect(fieldOf(() => defineSchedule({ timeZone: 'UTC', weekly: { mon: [['09:00', '09:00']] } }))).toBe('schedule.weekly.mon[0][1]');
    expect(fieldOf(() => defineSchedule({ timeZone: 'UTC', weekly: { monday: [] } as never }))).toMatch(/^schedule\.weekly/);
    expect(fieldOf(() => defineSchedule({ timeZone: 'UTC', weekly: {}, overrides: [{ date: '2026-02-30', closed: true }] }))).toBe('schedule.overrides[0].date');
    expect(
      fieldOf(() => defineSchedule({ timeZone: 'UTC', weekly: {}, overrides: [{ date: '2026-02-03', closed: true }, { date: '2026-02-03', closed: true }] })),
    ).toBe('schedule.overrides[1].date');
    const s = defineSchedule({ timeZone: 'UTC', weekly: {} });
    expect(fieldOf(() => isOpen(s, new Date(Number.NaN)))).toBe('at');
    expect(fieldOf(() => isOpen({ timeZone: 'UTC' } as never, new Date()))).toBe('schedule');
  });
});

describe('peak profiles and best time to contact', () => {
  it('the default profile is data with the domain shape', () => {
    const w = defaultPeakProfile.hourOfWeek;
    const mon = (h: number) => w[h] as number;
    expect(w).toHaveLength(168);
    expect(mon(10)).toBeGreaterThan(mon(16));
    expect(mon(13)).toBeGreaterThan(mon(16));
    expect(mon(3)).toBeLessThan(mon(16));
    expect(w.reduce((s, x) => s + x, 0) / 168).toBeCloseTo(1, 2);
  });
  it('fitProfile recovers the hours where contacts cluster', () => {
    const history: Date[] = [];
    for (let week = 0; week < 6; week++) {
      for (let i = 0; i < 20; i++) history.push(new Date(Date.UTC(2026, 8, 7 + week * 7, 2, i))); // Mon 10:xx Shanghai
      for (let i = 0; i < 2; i++) history.push(new Date(Date.UTC(2026, 8, 9 + week * 7, 8, i))); // Wed 16:xx Shanghai
    }
    const p = fitProfile(history, { timeZone: 'Asia/Shanghai' });
    const best = p.hourOfWeek.indexOf(Math.max(...p.hourOfWeek));
    expect(best).toBe(10);
    expect(p.hourOfWeek[2 * 24 + 16]).toBeGreaterThan(p.hourOfWeek[2 * 24 + 20] as number);
  });
  it('bestTimeToContact ranks open windows, quietest first, with reasons', () => {
    const s = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: weekdays([['09:00', '18:00']]), calendar: chinaMainland });
    const windows = bestTimeToContact(defaultPeakProfile, s, { now: at('2026-09-28T00:00:00Z'), limit: 5 });
    expect(windows).toHaveLength(5);
    for (let i = 1; i < windows.length; i++) expect(windows[i]?.expectedLoad).toBeGreaterThanOrEqual(windows[i - 1]?.expectedLoad as number);
    for (const w of windows) {
      expect(isOpen(s, w.start)).toBe(true);
      expect(w.reasons.length).toBeGreaterThan(0);
    }
    // 29–30 Sep are the days before National Day: they carry the around-holiday reason when listed.
    const all = bestTimeToContact(defaultPeakProfile, s, { now: at('2026-09-28T00:00:00Z'), limit: 100, minMinutes: 0 });
    expect(all.some((w) => w.reasons.some((r) => r.code === 'around-holiday'))).toBe(true);
    expect(all.every((w) => !Number.isNaN(w.expectedLoad))).toBe(true);
  });
});
