/**
 * {@link chinaMainlandEstimated}: mainland China's calendar for every date. Inside the State Council
 * notices it answers exactly as {@link chinaMainland}; outside them it estimates: the statutory
 * holidays of the law in force that year (`statutory-cn.ts`) are holidays, Saturdays and Sundays are
 * rest days, and there are no make-up workdays, because those (and the bridge days) only exist once
 * the year's notice is published. Every estimated day says so (`dayInfo(date).estimated`), so the
 * help screens built on it can tell the user.
 */
import type { DayInfo, DayType, HolidayCalendar } from './calendar.js';
import { requireCivilDate } from './calendar.js';
import { weekdayIndex } from './civil-date.js';
import { type ChinaMainlandCalendar, chinaMainland, type HolidayBlock, type HolidayNotice } from './holidays-cn.js';
import { type StatutoryHoliday, statutoryHolidaysCN } from './statutory-cn.js';

/** The estimating mainland China calendar: answers for every date and says which answers are estimates. */
export interface ChinaMainlandEstimatedCalendar extends HolidayCalendar {
  /** `null`: it answers for every valid date, so a schedule built on it never throws OutOfCoverageError. */
  readonly coverage: null;
  /** The dates the official notices cover; outside them every answer is an estimate. */
  readonly noticeCoverage: { readonly from: string; readonly to: string };
  /** The notices behind the official part. */
  readonly notices: ReadonlyArray<HolidayNotice>;
  /** Never throws for a valid `YYYY-MM-DD` (ValidationError otherwise). */
  dayType(date: string): DayType;
  /** The day's type, whether it is estimated (true outside {@link ChinaMainlandEstimatedCalendar.noticeCoverage}) and the holiday's name. */
  dayInfo(date: string): DayInfo;
  /**
   * The holiday a date falls in: the notice's block inside the notices, a one-day statutory holiday
   * (with `estimated: true`) outside them, or `undefined` on any other day.
   */
  holidayOn(date: string): ((HolidayBlock & { readonly notice: HolidayNotice }) | (StatutoryHoliday & { readonly estimated: true })) | undefined;
}

/** Internal: the estimating calendar over a strict one. */
export function buildChinaMainlandEstimated(strict: ChinaMainlandCalendar): ChinaMainlandEstimatedCalendar {
  const { from, to } = strict.coverage;
  const inside = (date: string) => date >= from && date <= to;
  const statutoryOn = (date: string): StatutoryHoliday | undefined => {
    const year = Number(date.slice(0, 4));
    return statutoryHolidaysCN(year).find((h) => h.date === date);
  };
  const estimate = (date: string, day: number): DayInfo => {
    const holiday = statutoryOn(date);
    if (holiday !== undefined) return { type: 'holiday', estimated: true, name: holiday.name };
    return { type: weekdayIndex(day) >= 5 ? 'restday' : 'workday', estimated: true };
  };
  return Object.freeze({
    name: 'CN',
    coverage: null,
    noticeCoverage: strict.coverage,
    notices: strict.notices,
    weekend: strict.weekend,
    dayType(date: string): DayType {
      const day = requireCivilDate(date);
      return inside(date) ? strict.dayType(date) : estimate(date, day).type;
    },
    dayInfo(date: string): DayInfo {
      const day = requireCivilDate(date);
      return inside(date) ? strict.dayInfo(date) : estimate(date, day);
    },
    holidayOn(date: string) {
      requireCivilDate(date);
      if (inside(date)) return strict.holidayOn(date);
      const holiday = statutoryOn(date);
      return holiday === undefined ? undefined : { ...holiday, estimated: true as const };
    },
  });
}

/**
 * Mainland China's calendar for every date, for anything a user sees. Inside the State Council
 * notices (2020–2026, see `chinaMainlandNotices`) it is {@link chinaMainland}. Beyond them
 * it estimates: the statutory holidays of the law in force that year (2025 on: 元旦 1 Jan, 春节
 * 除夕–初三, 清明, 劳动节 1–2 May, 端午, 中秋, 国庆节 1–3 Oct; lunar dates from the Hong Kong
 * Observatory's tables, 2000–2100), weekends off, no make-up workdays. `dayInfo` says which
 * answers are estimates; the official arrangement may add bridge days. Add a newly published
 * notice with `extendCalendar`.
 *
 * @example
 * ```ts
 * import { chinaMainlandEstimated } from 'walletdesk/hours';
 * chinaMainlandEstimated.dayInfo('2026-10-01'); // => { type: 'holiday', estimated: false, name: '国庆节' }
 * chinaMainlandEstimated.dayInfo('2027-02-05'); // => { type: 'holiday', estimated: true, name: '春节' }
 * chinaMainlandEstimated.dayInfo('2027-02-09'); // => { type: 'workday', estimated: true }
 * chinaMainlandEstimated.dayType('2031-10-01'); // => 'holiday'
 * ```
 */
export const chinaMainlandEstimated: ChinaMainlandEstimatedCalendar = /* @__PURE__ */ buildChinaMainlandEstimated(chinaMainland);
