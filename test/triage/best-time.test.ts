// Triage's "when to contact" advice (issue 16 §4) and its China calendar at the year end (issue 18).
import { describe, expect, it } from 'vitest';
import { cnOfficeDirectory } from '../helpers/cn-office-directory.js';
import { triage } from '../../src/triage/index.js';

// Friday 2026-11-27, 10:00 in Shanghai: a busy weekday morning.
const fridayMorning = new Date('2026-11-27T02:00:00Z');

describe('triage: when to contact', () => {
  it('an urgent withdrawal on a 24/7 hotline is told "now", not to wait for a quiet Saturday morning', () => {
    const t = triage('提现失败，钱被扣了但是没到账，急用', { wallet: 'alipay', now: fridayMorning });
    expect(t.classification.category).toBe('withdrawal');
    expect(['critical', 'high']).toContain(t.classification.urgency);
    const [first] = t.bestTime;
    expect(first?.start).toEqual(fridayMorning);
    expect(first?.reasons[0]?.code).toBe('urgent-now');
    expect(first?.reasons[0]?.message).toMatch(/紧急/); // in the answer's language
  });

  it('a routine question gets the cheapest trade within 48 hours inside waking hours', () => {
    const t = triage('I want to know the fee for withdrawals', { wallet: 'alipay', now: fridayMorning });
    expect(t.classification.urgency).toBe('low');
    expect(t.bestTime.length).toBeGreaterThan(0);
    for (const w of t.bestTime) {
      expect(w.start.getTime() - fridayMorning.getTime()).toBeLessThan(48 * 3_600_000);
      const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(w.start));
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(22);
    }
    expect(t.bestTime[0]?.start.getTime()).toBeGreaterThan(fridayMorning.getTime()); // a quieter slot later today beats the morning peak
  });
});

describe('triage at the year end on a CN weekday schedule (issue 18)', () => {
  const directory = cnOfficeDirectory;
  const shanghaiDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

  it('at 2026-12-28 it returns windows, none on 1 January 2027', () => {
    const t = triage('How do I change my phone number?', { wallet: 'cnoffice', directory, now: new Date('2026-12-28T00:00:00Z') });
    expect(t.bestTime.length).toBeGreaterThan(0);
    for (const w of t.bestTime) expect(shanghaiDate(w.start)).not.toBe('2027-01-01');
  });

  it('on New Year\'s Eve evening (nothing open for 48 hours) the windows start on Monday 4 January, flagged as estimated (zh and en)', () => {
    const t = triage('如何修改绑定的手机号', { wallet: 'cnoffice', directory, now: new Date('2026-12-31T11:00:00Z') });
    expect(t.bestTime.length).toBeGreaterThan(0);
    expect(shanghaiDate(t.bestTime[0]!.start)).toBe('2027-01-04');
    for (const w of t.bestTime) {
      expect(shanghaiDate(w.start) >= '2027-01-04').toBe(true);
      expect(w.estimated).toBe(true);
      const reason = w.reasons.find((r) => r.code === 'estimated-holidays');
      expect(reason?.message).toMatch(/2027年的节假日按法定节假日推算/);
      expect(reason?.messageEn).toMatch(/holiday dates for 2027 are estimated/);
    }
    const phone = t.channels[0]!;
    expect(phone.availability).toBe('closed');
    expect(phone.estimated).toBe(true);
    expect(phone.reasons.map((r) => r.code)).toContain('hours_estimated');
  });
});
