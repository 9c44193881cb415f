// The estimating China calendar (issue 18): statutory holidays from the law in force each year and
// lunar dates from the almanac, checked against the State Council notices day by day.
import { describe, expect, it } from 'vitest';
import { isOutOfCoverageError, isValidationError } from '../../src/errors/index.js';
import {
  chinaMainland,
  chinaMainlandEstimated,
  defineSchedule,
  extendCalendar,
  holidayCalendarFromDates,
  holidayEstimate,
  isOpen,
  nextClosing,
  nextOpening,
  openIntervals,
} from '../../src/hours/index.js';
import { statutoryHolidaysCN } from '../../src/hours/statutory-cn.js';
import { thrown } from '../helpers/rejection.js';

/**
 * 除夕, 正月初一, 清明, 端午 (五月初五) and 中秋 (八月十五), transcribed by hand from the Hong Kong
 * Observatory's Gregorian–Lunar Calendar Conversion Tables (https://www.hko.gov.hk/en/gts/time/conversion.htm,
 * one page per year; checked 2026-12-02), which follow the same astronomical computation as the
 * Purple Mountain Observatory's official almanac. ICU's chinese calendar disagrees on 2027 (7 Feb)
 * and 2030 (2 Feb) 正月初一; HKO's blog lists 2030 among the years folk calendars get wrong
 * (https://www.hko.gov.hk/en/Observatorys-Blog/101741/Which-day-is-the-Tuen-Ng-Festival-for-this-year-2013).
 */
const ALMANAC: ReadonlyArray<readonly [year: number, chuxi: string, chuyi: string, qingming: string, duanwu: string, zhongqiu: string]> = [
  [2020, '01-24', '01-25', '04-04', '06-25', '10-01'],
  [2021, '02-11', '02-12', '04-04', '06-14', '09-21'],
  [2022, '01-31', '02-01', '04-05', '06-03', '09-10'],
  [2023, '01-21', '01-22', '04-05', '06-22', '09-29'],
  [2024, '02-09', '02-10', '04-04', '06-10', '09-17'],
  [2025, '01-28', '01-29', '04-04', '05-31', '10-06'],
  [2026, '02-16', '02-17', '04-05', '06-19', '09-25'],
  [2027, '02-05', '02-06', '04-05', '06-09', '09-15'],
  [2028, '01-25', '01-26', '04-04', '05-28', '10-03'],
  [2029, '02-12', '02-13', '04-04', '06-16', '09-22'],
  [2030, '02-02', '02-03', '04-05', '06-05', '09-12'],
  [2031, '01-22', '01-23', '04-05', '06-24', '10-01'],
  [2032, '02-10', '02-11', '04-04', '06-12', '09-19'],
  [2033, '01-30', '01-31', '04-04', '06-01', '09-08'],
  [2034, '02-18', '02-19', '04-05', '06-20', '09-27'],
  [2035, '02-07', '02-08', '04-05', '06-10', '09-16'],
];

const names = (year: number) => new Map(statutoryHolidaysCN(year).map((h) => [h.date, h.name]));

describe('statutory holidays (全国年节及纪念日放假办法)', () => {
  it.each(ALMANAC)('%i: 除夕, 初一, 清明, 端午 and 中秋 fall where the almanac puts them', (year, chuxi, chuyi, qingming, duanwu, zhongqiu) => {
    const days = names(year);
    // From 2025 the law gives 除夕 too; before, 春节 starts on 初一.
    if (year >= 2025) expect(days.get(`${year}-${chuxi}`)).toMatch(/春节/);
    else expect(days.has(`${year}-${chuxi}`)).toBe(false);
    expect(days.get(`${year}-${chuyi}`)).toMatch(/春节/);
    expect(days.get(`${year}-${qingming}`)).toMatch(/清明节/);
    expect(days.get(`${year}-${duanwu}`)).toMatch(/端午节/);
    expect(days.get(`${year}-${zhongqiu}`)).toMatch(/中秋节/);
  });

  it('2027, checked against the almanac table: 元旦 1 Jan; 春节 5–8 Feb (除夕 is 腊月廿九); 清明 5 Apr; 劳动节 1–2 May; 端午 9 Jun; 中秋 15 Sep; 国庆 1–3 Oct', () => {
    const [, chuxi, chuyi, qingming, duanwu, zhongqiu] = ALMANAC.find(([y]) => y === 2027)!;
    expect([chuxi, chuyi, qingming, duanwu, zhongqiu]).toEqual(['02-05', '02-06', '04-05', '06-09', '09-15']);
    expect(statutoryHolidaysCN(2027).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
  });

  it('applies the law in force each year: before 2025 春节 is 初一–初三 and 劳动节 1 May only', () => {
    const spring = (year: number) => statutoryHolidaysCN(year).filter((h) => h.name === '春节').map((h) => h.date);
    const labour = (year: number) => statutoryHolidaysCN(year).filter((h) => h.name === '劳动节').map((h) => h.date);
    expect(spring(2024)).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(labour(2024)).toEqual(['2024-05-01']);
    expect(spring(2025)).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(labour(2025)).toEqual(['2025-05-01', '2025-05-02']);
    expect(statutoryHolidaysCN(2024)).toHaveLength(11);
    expect(statutoryHolidaysCN(2025)).toHaveLength(13);
  });

  it('a day that is two festivals is listed once with both names (中秋 on National Day 2031)', () => {
    expect(names(2031).get('2031-10-01')).toBe('国庆节、中秋节');
    expect(statutoryHolidaysCN(2031)).toHaveLength(12);
  });

  it('every statutory day 2020–2026 is a holiday in the State Council notices: 0 exceptions, day by day', () => {
    const exceptions: string[] = [];
    let checked = 0;
    for (let year = 2020; year <= 2026; year++) {
      for (const h of statutoryHolidaysCN(year)) {
        checked++;
        if (chinaMainland.dayType(h.date) !== 'holiday') exceptions.push(`${h.date} ${h.name}: notice says ${chinaMainland.dayType(h.date)}`);
      }
    }
    expect(exceptions).toEqual([]);
    expect(checked).toBe(11 * 5 + 13 * 2 - 1); // 2020's 中秋 is 1 October, a 国庆节 day
  });
});

describe('chinaMainlandEstimated', () => {
  it('answers exactly as the notices inside them, with estimated: false', () => {
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const info = chinaMainlandEstimated.dayInfo(date);
      if (info.type !== chinaMainland.dayType(date) || info.estimated) throw new Error(`${date}: ${JSON.stringify(info)}`);
    }
    expect(chinaMainlandEstimated.dayInfo('2026-02-14')).toEqual({ type: 'workday', estimated: false }); // a make-up Saturday
    expect(chinaMainlandEstimated.dayInfo('2026-10-01')).toEqual({ type: 'holiday', estimated: false, name: '国庆节' });
    expect(chinaMainlandEstimated.noticeCoverage).toEqual(chinaMainland.coverage);
    expect(chinaMainlandEstimated.coverage).toBeNull();
  });

  it('beyond the notices: statutory days are holidays, weekends rest, no make-up days, all flagged estimated', () => {
    expect(chinaMainlandEstimated.dayInfo('2027-01-01')).toEqual({ type: 'holiday', estimated: true, name: '元旦' });
    expect(chinaMainlandEstimated.dayInfo('2027-02-05')).toEqual({ type: 'holiday', estimated: true, name: '春节' });
    expect(chinaMainlandEstimated.dayInfo('2027-02-06')).toEqual({ type: 'holiday', estimated: true, name: '春节' }); // a Saturday
    expect(chinaMainlandEstimated.dayInfo('2027-02-09')).toEqual({ type: 'workday', estimated: true });
    expect(chinaMainlandEstimated.dayInfo('2027-02-13')).toEqual({ type: 'restday', estimated: true });
    expect(chinaMainlandEstimated.dayType('2027-10-03')).toBe('holiday');
    expect(chinaMainlandEstimated.dayType('2027-10-04')).toBe('workday');
    expect(chinaMainlandEstimated.holidayOn('2027-09-15')).toEqual({ date: '2027-09-15', name: '中秋节', nameEn: 'Mid-Autumn Festival', estimated: true });
    expect(chinaMainlandEstimated.holidayOn('2026-10-02')).toMatchObject({ name: '国庆节', notice: { year: 2026 } });
    // Before the notices it estimates too (the law in force then).
    expect(chinaMainlandEstimated.dayInfo('2019-02-05')).toEqual({ type: 'holiday', estimated: true, name: '春节' });
  });

  it('dayType never throws for a valid date, from year 0000 to 9999; a non-date is a ValidationError', () => {
    const types = new Set<string>();
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000) types.add(chinaMainlandEstimated.dayType(new Date(t).toISOString().slice(0, 10)));
    expect([...types].sort()).toEqual(['holiday', 'restday', 'workday']);
    for (const date of ['0000-01-01', '0001-02-28', '1899-12-31', '2101-02-01', '2200-10-01', '9999-12-31']) {
      expect(['holiday', 'restday', 'workday']).toContain(chinaMainlandEstimated.dayType(date));
      expect(chinaMainlandEstimated.dayInfo(date).estimated).toBe(true);
    }
    expect(chinaMainlandEstimated.dayType('2200-10-01')).toBe('holiday'); // fixed-date holidays are known beyond the lunar table
    const e = thrown(() => chinaMainlandEstimated.dayType('2027-02-30'));
    expect(isValidationError(e)).toBe(true);
    expect(String((e as Error).message)).toMatch(/date/);
  });

  it('keeps the strict calendar strict', () => {
    expect(isOutOfCoverageError(thrown(() => chinaMainland.dayType('2027-01-01')))).toBe(true);
    expect(isOutOfCoverageError(thrown(() => chinaMainland.dayInfo('2027-01-01')))).toBe(true);
    expect(chinaMainland.dayInfo('2026-02-17')).toEqual({ type: 'holiday', estimated: false, name: '春节' });
  });

  it('schedules on it answer across the year end: isOpen, nextOpening, nextClosing, openIntervals', () => {
    const weekdays = [['09:00', '18:00']] as const;
    const s = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays }, calendar: chinaMainlandEstimated });
    expect(isOpen(s, new Date('2027-01-01T02:00:00Z'))).toBe(false); // 元旦, a Friday
    expect(isOpen(s, new Date('2027-01-04T02:00:00Z'))).toBe(true);
    expect(nextOpening(s, new Date('2026-12-31T12:00:00Z'))?.toISOString()).toBe('2027-01-04T01:00:00.000Z');
    expect(nextClosing(s, new Date('2027-02-04T02:00:00Z'))?.toISOString()).toBe('2027-02-04T10:00:00.000Z');
    // Spring Festival 2027: Thu 4 Feb open, Fri 5 (除夕) to Mon 8 closed, Tue 9 open.
    const days = openIntervals(s, new Date('2027-02-04T00:00:00Z'), new Date('2027-02-10T00:00:00Z')).map((i) => i.start.toISOString().slice(0, 10));
    expect(days).toEqual(['2027-02-04', '2027-02-09']);
  });
});

describe('holidayEstimate', () => {
  const s = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] }, calendar: chinaMainlandEstimated });

  it('flags the estimated dates and years in a range, in Chinese and English', () => {
    expect(holidayEstimate(s, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-31T15:59:00Z'))).toBeUndefined();
    const e = holidayEstimate(s, new Date('2026-12-31T00:00:00Z'), new Date('2027-01-01T16:00:00Z'))!;
    expect(e.dates).toEqual(['2027-01-01', '2027-01-02']); // 16:00Z is already 2 January in Shanghai
    expect(e.years).toEqual([2027]);
    expect(e.messageEn).toBe('holiday dates for 2027 are estimated from the statutory holidays; the official arrangement may add bridge days');
    expect(e.messageZh).toMatch(/^2027年的节假日按法定节假日推算/);
    const two = holidayEstimate(s, new Date('2027-12-30T00:00:00Z'), new Date('2028-01-02T00:00:00Z'))!;
    expect(two.years).toEqual([2027, 2028]);
    expect(two.messageEn).toMatch(/^holiday dates for 2027 and 2028 are estimated/);
  });

  it('is undefined without an estimating calendar, and names bad arguments', () => {
    const strict = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: {}, calendar: chinaMainland });
    expect(holidayEstimate(strict, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-02T00:00:00Z'))).toBeUndefined();
    expect(String(thrown(() => holidayEstimate(s, new Date('x'), new Date())))).toMatch(/from/);
    expect(String(thrown(() => holidayEstimate({} as never, new Date(), new Date())))).toMatch(/schedule/);
  });
});

describe('extendCalendar', () => {
  const notice2027 = {
    year: 2027,
    // Illustrative data shaped like a notice (no 2027 notice was published when this was written).
    holidays: [
      { name: '元旦', nameEn: "New Year's Day", from: '2027-01-01', to: '2027-01-03' },
      { name: '春节', from: '2027-02-05', to: '2027-02-12' },
    ],
    workdays: ['2027-02-20'],
    source: { url: 'https://www.gov.cn/zhengce/', checkedAt: '2026-12-02', document: 'test data' },
  };

  it('adds a year to the estimating calendar: that year is no longer estimated', () => {
    const cn = extendCalendar(chinaMainlandEstimated, notice2027);
    expect(cn.dayInfo('2027-02-10')).toEqual({ type: 'holiday', estimated: false, name: '春节' });
    expect(cn.dayInfo('2027-02-20')).toEqual({ type: 'workday', estimated: false }); // a make-up Saturday
    expect(cn.dayInfo('2027-04-05')).toEqual({ type: 'workday', estimated: false }); // not in this (partial) notice
    expect(cn.dayInfo('2028-01-01')).toEqual({ type: 'holiday', estimated: true, name: '元旦' });
    expect(cn.noticeCoverage).toEqual({ from: '2020-01-01', to: '2027-12-31' });
    expect(chinaMainlandEstimated.dayInfo('2027-02-10').estimated).toBe(true); // the original is unchanged
  });

  it('extends the strict calendar\'s coverage, and overlays any other calendar', () => {
    const strict = extendCalendar(chinaMainland, notice2027);
    expect(strict.coverage).toEqual({ from: '2020-01-01', to: '2027-12-31' });
    expect(strict.holidayOn('2027-02-05')?.notice.url).toBe('https://www.gov.cn/zhengce/');
    expect(isOutOfCoverageError(thrown(() => strict.dayType('2028-01-01')))).toBe(true);
    const uk = holidayCalendarFromDates({ name: 'GB', holidays: ['2026-12-25'], coverage: { from: '2026-01-01', to: '2026-12-31' } });
    const more = extendCalendar(uk, { year: 2027, holidays: ['2027-01-01'], source: { url: 'https://www.gov.uk/bank-holidays', checkedAt: '2026-12-02' } });
    expect(more.dayType('2027-01-01')).toBe('holiday');
    expect(more.dayType('2026-12-25')).toBe('holiday');
    expect(more.coverage).toEqual({ from: '2026-01-01', to: '2027-12-31' });
  });

  it('bad input is a ValidationError naming the field', () => {
    const cases: Array<[unknown, unknown, RegExp]> = [
      [chinaMainlandEstimated, { ...notice2027, year: 2029 }, /extension\.year.*2027/],
      [chinaMainland, { ...notice2027, holidays: ['2028-01-01'] }, /extension\.holidays\[0\]/],
      [chinaMainland, { ...notice2027, workdays: ['2027-01-02'] }, /extension\.workdays\[0\]/],
      [chinaMainland, { ...notice2027, source: { url: 'gov.cn' } }, /extension\.source/],
      [chinaMainland, { ...notice2027, holidays: [{ name: '春节', from: '2027-02-12', to: '2027-02-05' }] }, /extension\.holidays\[0\]\.to/],
      [{}, notice2027, /calendar/],
    ];
    for (const [calendar, extension, pattern] of cases) {
      const e = thrown(() => extendCalendar(calendar as never, extension as never));
      expect(isValidationError(e), String(e)).toBe(true);
      expect((e as Error).message).toMatch(pattern);
    }
  });
});

describe('instants the time-zone arithmetic cannot handle', () => {
  it('isOpen at new Date(-8.64e15 + 49) is a ValidationError naming `at`, not a RangeError', () => {
    const s = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] }, calendar: chinaMainlandEstimated });
    for (const t of [-8.64e15 + 49, 8.64e15]) {
      const e = thrown(() => isOpen(s, new Date(t)));
      expect(isValidationError(e), String(e)).toBe(true);
      expect(String((e as Error).message)).toMatch(/at/);
    }
    // The far ends that are accepted answer with a value (beyond year 9999 the calendar is not asked).
    expect(typeof isOpen(s, new Date(8.5e15))).toBe('boolean');
    expect(nextOpening(s, new Date(-8.5e15))).toBeInstanceOf(Date);
  });
});
