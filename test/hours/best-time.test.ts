import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { bestTimeToContact, defaultPeakProfile, defineSchedule } from '../../src/hours/index.js';

const always = defineSchedule({
  timeZone: 'Asia/Shanghai',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
});
const now = new Date('2026-11-23T00:00:00Z');
const localHour = (d: Date, timeZone: string): number => Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(d));

describe('bestTimeToContact acceptableHours', () => {
  it('without it, a 24/7 line is quietest in the small hours', () => {
    const [best] = bestTimeToContact(defaultPeakProfile, always, { now });
    expect(localHour(best?.start ?? now, 'Asia/Shanghai')).toBeLessThan(6);
  });

  it('keeps every suggested window inside waking hours, cutting windows at the edge', () => {
    const windows = bestTimeToContact(defaultPeakProfile, always, { now, limit: 20, acceptableHours: { from: '08:00', to: '22:00' } });
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
