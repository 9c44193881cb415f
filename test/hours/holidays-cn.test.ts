// chinaMainland against the chinese-days package (dev dependency only): every date 2020–2026 must
// agree on holiday / workday / rest day.
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { isOutOfCoverageError, isValidationError } from '../../src/errors/index.js';
import { chinaMainland, chinaMainlandNotices } from '../../src/hours/index.js';

describe('chinaMainland', () => {
  it('agrees with chinese-days on every date from 2020-01-01 to 2026-12-31', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const theirs = chineseDays.isHoliday(date) ? 'off' : 'work';
      const ours = chinaMainland.dayType(date) === 'workday' ? 'work' : 'off';
      if (theirs !== ours) mismatches.push(`${date}: ours ${chinaMainland.dayType(date)}, chinese-days ${theirs}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps the 2026 notice (国办发明电〔2025〕7号): National Day 1–7 October, make-up days 20 Sep and 10 Oct', () => {
    for (let d = 1; d <= 7; d++) expect(chinaMainland.dayType(`2026-10-0${d}`)).toBe('holiday');
    expect(chinaMainland.dayType('2026-10-08')).toBe('workday');
    expect(chinaMainland.dayType('2026-09-20')).toBe('workday'); // a Sunday
    expect(chinaMainland.dayType('2026-10-10')).toBe('workday'); // a Saturday
    expect(chinaMainland.dayType('2026-02-22')).toBe('holiday'); // a Sunday inside the Spring Festival block
    expect(chinaMainland.dayType('2026-11-28')).toBe('restday');
  });

  it('every notice cites gov.cn and a checked date, and make-up days fall on weekends', () => {
    expect(chinaMainlandNotices.map((n) => n.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const notice of chinaMainlandNotices) {
      expect(notice.url).toMatch(/^https?:\/\/www\.gov\.cn\//);
      expect(notice.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const date of notice.makeUpWorkdays) expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });

  it('throws OutOfCoverageError outside 2020–2026, and ValidationError for a non-date', () => {
    expect(() => chinaMainland.dayType('2027-01-01')).toThrow(expect.objectContaining({ code: 'OUT_OF_COVERAGE' }));
    try {
      chinaMainland.dayType('2019-12-31');
    } catch (error) {
      expect(isOutOfCoverageError(error)).toBe(true);
    }
    try {
      chinaMainland.dayType('2026-02-30');
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect((error as { field: string }).field).toBe('date');
    }
  });
});
