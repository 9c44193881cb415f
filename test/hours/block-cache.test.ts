// The queries cache a schedule's open intervals in 28-day blocks and answer from the instant's own
// block when they can. These cases pin the answers where that shortcut must not be taken (periods
// running across a block edge, the calendar's coverage edge), that answers never depend on what is
// cached, and that the cache stays bounded.
import { describe, expect, it } from 'vitest';
import { isOutOfCoverageError } from '../../src/errors/index.js';
import { chinaMainland, defineSchedule, isOpen, nextClosing, nextOpening, openIntervals } from '../../src/hours/index.js';
import { compiledOf } from '../../src/hours/schedule.js';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

// Blocks hold the civil days [28k, 28k + 28) counted from 1970-01-01; 2026-03-12 (a Thursday) starts one.
const EDGE = '2026-03-12';

describe('periods across a block edge', () => {
  it('2026-03-12 starts a block', () => {
    expect((Date.parse(`${EDGE}T00:00:00Z`) / DAY) % 28).toBe(0);
  });

  // Open Tuesday 00:00 to Thursday 12:00: one period that starts two days before the edge.
  const weekly = { tue: [['00:00', '24:00']], wed: [['00:00', '24:00']], thu: [['00:00', '12:00']] } as const;

  for (const [timeZone, offset] of [
    ['UTC', 'Z'],
    ['Asia/Shanghai', '+08:00'],
    ['America/Bogota', '-05:00'],
  ] as const) {
    it(`one open period from Tuesday to Thursday noon (${timeZone})`, () => {
      const s = defineSchedule({ timeZone, weekly });
      const local = (wall: string) => at(`${wall}${offset}`);
      expect(isOpen(s, local('2026-03-11T23:59:59'))).toBe(true);
      expect(isOpen(s, local('2026-03-12T00:00:00'))).toBe(true);
      expect(isOpen(s, local('2026-03-12T12:00:00'))).toBe(false);
      // From inside the period, on either side of the edge: it closes Thursday noon, and the next
      // opening is next Tuesday, not the Thursday 00:00 slot that merely continues it.
      for (const from of ['2026-03-10T06:00:00', '2026-03-11T20:00:00', '2026-03-12T00:00:00', '2026-03-12T06:00:00']) {
        expect(iso(nextClosing(s, local(from)))).toBe(iso(local('2026-03-12T12:00:00')));
        expect(iso(nextOpening(s, local(from)))).toBe(iso(local('2026-03-17T00:00:00')));
      }
      // From before the period: it opens Tuesday and closes Thursday noon.
      expect(iso(nextOpening(s, local('2026-03-09T12:00:00')))).toBe(iso(local('2026-03-10T00:00:00')));
      expect(iso(nextClosing(s, local('2026-03-09T12:00:00')))).toBe(iso(local('2026-03-12T12:00:00')));
      expect(openIntervals(s, local('2026-03-09T00:00:00'), local('2026-03-16T00:00:00')).map((i) => [iso(i.start), iso(i.end)])).toEqual([
        [iso(local('2026-03-10T00:00:00')), iso(local('2026-03-12T12:00:00'))],
      ]);
    });
  }

  it('24/7 never closes and never opens again, across many blocks', () => {
    const day = [['00:00', '24:00']] as const;
    const s = defineSchedule({ timeZone: 'Australia/Lord_Howe', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } });
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 7 * DAY + 3_600_000) {
      expect(isOpen(s, new Date(t))).toBe(true);
      expect(nextClosing(s, new Date(t))).toBeNull();
      expect(nextOpening(s, new Date(t))).toBeNull();
    }
  });
});

describe('the calendar coverage edge', () => {
  const weekdays = [['09:00', '18:00']] as const;
  const weekly = { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays };

  it('throws for an answer past the coverage, or uses the weekly hours when asked', () => {
    const strict = defineSchedule({ timeZone: 'Asia/Shanghai', weekly, calendar: chinaMainland });
    const lenient = defineSchedule({ timeZone: 'Asia/Shanghai', weekly, calendar: chinaMainland, outsideCoverage: 'weekly' });
    const lastEvening = at('2026-12-31T12:00:00Z'); // Thursday 20:00 in Shanghai, the last covered day
    expect(isOpen(strict, lastEvening)).toBe(false);
    let error: unknown;
    try {
      nextOpening(strict, lastEvening);
    } catch (e) {
      error = e;
    }
    expect(isOutOfCoverageError(error)).toBe(true);
    expect(iso(nextOpening(lenient, lastEvening))).toBe('2027-01-01T01:00:00.000Z');
    expect(iso(nextClosing(lenient, lastEvening))).toBe('2027-01-01T10:00:00.000Z');
    expect(iso(nextClosing(strict, at('2026-12-31T02:00:00Z')))).toBe('2026-12-31T10:00:00.000Z');
  });
});

describe('the block cache', () => {
  const weekly = { mon: [['09:00', '12:00'], ['13:00', '18:00']], fri: [['22:00', '02:00']], sat: [['10:00', '16:00']] } as const;
  const instants = Array.from({ length: 400 }, (_, k) => new Date(Date.parse('2024-01-01T00:00:00Z') + ((k * 7_919_993_137) % (5 * 365 * DAY))));
  const answers = (order: Date[]) => {
    const s = defineSchedule({ timeZone: 'Europe/London', weekly });
    const out = new Map<number, string>();
    for (const t of order) out.set(t.getTime(), `${isOpen(s, t)} ${iso(nextOpening(s, t))} ${iso(nextClosing(s, t))}`);
    return [...out].sort((a, b) => a[0] - b[0]);
  };

  it('gives the same answers whatever was asked before', () => {
    const sorted = [...instants].sort((a, b) => a.getTime() - b.getTime());
    const forward = answers(sorted);
    expect(answers([...sorted].reverse())).toEqual(forward);
    expect(answers(instants)).toEqual(forward);
  });

  it('holds a bounded number of blocks however many instants are asked', () => {
    const s = defineSchedule({ timeZone: 'Asia/Kolkata', weekly });
    for (let t = Date.parse('2016-01-01T00:00:00Z'); t < Date.parse('2040-01-01T00:00:00Z'); t += 5 * DAY) isOpen(s, new Date(t));
    expect(compiledOf(s).blocks.filter((b) => b !== undefined).length).toBeLessThanOrEqual(64);
  });
});
