import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { bestTimeToContact, chinaMainland, chinaMainlandEstimated, defaultPeakProfile, defineSchedule, expectedLoad } from '../../src/hours/index.js';

const always = defineSchedule({
  timeZone: 'Asia/Shanghai',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
});
const now = new Date('2026-11-23T00:00:00Z');
const localHour = (d: Date, timeZone: string): number => Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(d));

describe('bestTimeToContact acceptableHours', () => {
  it('without it (and ranking by load alone), a 24/7 line is quietest in the small hours', () => {
    const [best] = bestTimeToContact(defaultPeakProfile, always, { now, waitCost: 0 });
    expect(localHour(best?.start ?? now, 'Asia/Shanghai')).toBeLessThan(6);
  });

  it('keeps every suggested window inside waking hours, cutting windows at the edge', () => {
    const windows = bestTimeToContact(defaultPeakProfile, always, { now, to: new Date(now.getTime() + 7 * 86_400_000), waitCost: 0, limit: 20, acceptableHours: { from: '08:00', to: '22:00' } });
    expect(windows.length).toBe(20);
    for (const w of windows) {
      expect(localHour(w.start, 'Asia/Shanghai')).toBeGreaterThanOrEqual(8);
      const lastMinute = new Date(w.end.getTime() - 60_000);
      expect(localHour(lastMinute, 'Asia/Shanghai')).toBeLessThan(22);
    }
    const loads = windows.map((w) => w.expectedLoad);
    expect(loads).toEqual([...loads].sort((a, b) => a - b));
  });

  it('reads the hours in another zone when asked, and spans midnight when from > to', () => {
    const inLondon = bestTimeToContact(defaultPeakProfile, always, { now, limit: 10, acceptableHours: { from: '09:00', to: '17:00', timeZone: 'Europe/London' } });
    for (const w of inLondon) expect(localHour(w.start, 'Europe/London')).toBeGreaterThanOrEqual(9);
    const night = bestTimeToContact(defaultPeakProfile, always, { now, limit: 10, acceptableHours: { from: '22:00', to: '02:00' } });
    for (const w of night) expect([22, 23, 0, 1]).toContain(localHour(w.start, 'Asia/Shanghai'));
  });

  it('rejects a malformed range with a ValidationError naming the field', () => {
    let error: unknown;
    try {
      bestTimeToContact(defaultPeakProfile, always, { now, acceptableHours: { from: '8am', to: '22:00' } });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).toContain('acceptableHours.from');
  });
});

const weekdays = [['09:00', '18:00']] as const;
const cnWeekdays = (calendar: typeof chinaMainlandEstimated | typeof chinaMainland) =>
  defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays }, calendar });

describe('bestTimeToContact weighs the wait for a slot against the queue in it (issue 16 §4)', () => {
  // Friday 2026-11-27 10:00 in Shanghai: a busy weekday morning on a 24/7 hotline.
  const fridayMorning = new Date('2026-11-27T02:00:00Z');

  it('critical and high urgency get "now" on an open line, not a quiet Saturday morning', () => {
    for (const urgency of ['critical', 'high'] as const) {
      const [first, ...rest] = bestTimeToContact(defaultPeakProfile, always, { now: fridayMorning, urgency, acceptableHours: { from: '08:00', to: '22:00' } });
      expect(first?.start).toEqual(fridayMorning);
      expect(first?.startsInMinutes).toBe(0);
      expect(first?.reasons[0]?.code).toBe('urgent-now');
      expect(first?.reasons[0]?.messageZh).toMatch(/紧急/);
      for (const w of rest) expect(w.start.getTime()).toBeGreaterThan(fridayMorning.getTime());
    }
    // The same call without urgency, ranking by load alone, would send the user to the weekend.
    const [byLoad] = bestTimeToContact(defaultPeakProfile, always, { now: fridayMorning, waitCost: 0, acceptableHours: { from: '08:00', to: '22:00' } });
    expect(byLoad?.start.getTime()).toBeGreaterThan(fridayMorning.getTime() + 6 * 3_600_000);
  });

  it('urgent on a closed line: the soonest opening first', () => {
    const saturday = new Date('2026-11-28T02:00:00Z');
    const [first] = bestTimeToContact(defaultPeakProfile, cnWeekdays(chinaMainlandEstimated), { now: saturday, urgency: 'critical' });
    expect(first?.start.toISOString()).toBe('2026-11-30T01:00:00.000Z'); // Monday 09:00
    expect(first?.reasons[0]?.code).toBe('urgent-soonest');
  });

  it('otherwise the cheapest trade within 48 hours: a quieter slot is worth waiting for only while it saves more queueing than it costs in waiting', () => {
    const windows = bestTimeToContact(defaultPeakProfile, always, { now: fridayMorning, limit: 5, acceptableHours: { from: '08:00', to: '22:00' } });
    const cost = (w: (typeof windows)[number]) => w.queueMinutes + w.startsInMinutes / 60;
    const costs = windows.map(cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    for (const w of windows) {
      expect(w.start.getTime() - fridayMorning.getTime()).toBeLessThan(48 * 3_600_000);
      expect(w.queueMinutes).toBeCloseTo(10 * w.expectedLoad, 0);
    }
    // The best is the weekday late afternoon (15:00–17:00 local), quieter than the morning and not far off.
    const best = windows[0]!;
    expect(localHour(best.start, 'Asia/Shanghai')).toBeGreaterThanOrEqual(15);
    expect(localHour(best.start, 'Asia/Shanghai')).toBeLessThan(17);
    expect(best.startsInMinutes).toBeLessThan(8 * 60);
    // A user who minds waiting more is told to call sooner; one who minds it not at all, later.
    const impatient = bestTimeToContact(defaultPeakProfile, always, { now: fridayMorning, waitCost: 10, acceptableHours: { from: '08:00', to: '22:00' } })[0]!;
    expect(impatient.startsInMinutes).toBeLessThan(best.startsInMinutes);
  });

  it('the default profile follows what users are told: mornings, lunchtime, month-end and days around holidays are busy; weekday late afternoons quieter', () => {
    const at = (iso: string, calendar?: typeof chinaMainland) => expectedLoad(defaultPeakProfile, new Date(iso), { timeZone: 'Asia/Shanghai', calendar });
    const lateAfternoon = at('2026-11-18T08:00:00Z'); // Wed 16:00
    expect(at('2026-11-18T02:00:00Z')).toBeGreaterThan(1.5 * lateAfternoon); // Wed 10:00
    expect(at('2026-11-18T04:30:00Z')).toBeGreaterThan(1.5 * lateAfternoon); // Wed 12:30
    expect(at('2026-11-30T08:00:00Z')).toBeGreaterThan(at('2026-11-16T08:00:00Z')); // month-end Monday vs mid-month Monday
    expect(at('2026-09-30T08:00:00Z', chinaMainland)).toBeGreaterThan(at('2026-09-16T08:00:00Z', chinaMainland)); // the day before National Day
  });

  it('nothing open in 48 hours (Spring Festival): the first windows after it', () => {
    const eve = new Date('2026-02-14T12:00:00Z'); // Sat 20:00, the line is closed 15–23 Feb
    const [first] = bestTimeToContact(defaultPeakProfile, cnWeekdays(chinaMainland), { now: eve });
    expect(first?.start.toISOString()).toBe('2026-02-24T01:00:00.000Z');
  });

  it('at 2026-12-28 on a CN weekday schedule it returns windows, none on 1 January 2027, and flags estimated days (zh and en)', () => {
    const now28 = new Date('2026-12-28T00:00:00Z');
    const schedule = cnWeekdays(chinaMainlandEstimated);
    const windows = bestTimeToContact(defaultPeakProfile, schedule, { now: now28, to: new Date('2027-01-06T00:00:00Z'), limit: 100, locale: 'zh' });
    expect(windows.length).toBeGreaterThan(10);
    const days = new Set(windows.map((w) => new Date(w.start.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)));
    expect(days.has('2027-01-01')).toBe(false);
    expect(days.has('2027-01-04')).toBe(true);
    for (const w of windows) {
      const in2027 = w.start >= new Date('2026-12-31T16:00:00Z');
      expect(w.estimated).toBe(in2027);
      const reason = w.reasons.find((r) => r.code === 'estimated-holidays');
      expect(Boolean(reason)).toBe(in2027);
      if (reason) {
        expect(reason.message).toBe(reason.messageZh);
        expect(reason.messageEn).toBe('holiday dates for 2027 are estimated from the statutory holidays; the official arrangement may add bridge days');
      }
    }
    // The default 48-hour search from the same instant answers too.
    expect(bestTimeToContact(defaultPeakProfile, schedule, { now: now28 }).length).toBe(3);
  });

  it('bad options are ValidationErrors naming the field', () => {
    for (const [options, field] of [
      [{ now, urgency: 'asap' }, 'options.urgency'],
      [{ now, waitCost: -1 }, 'options.waitCost'],
      [{ now, averageQueueMinutes: Number.NaN }, 'options.averageQueueMinutes'],
      [{ now, locale: 'fr' }, 'options.locale'],
      [{ now: new Date(-8.64e15) }, 'options.now'],
    ] as const) {
      let error: unknown;
      try {
        bestTimeToContact(defaultPeakProfile, always, options as never);
      } catch (e) {
        error = e;
      }
      expect(isValidationError(error), field).toBe(true);
      expect((error as Error).message).toContain(field);
    }
  });
});
