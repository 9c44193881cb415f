/**
 * {@link holidayEstimate}: whether an answer about a schedule between two instants rests on
 * estimated holiday dates (a calendar's `dayInfo(date).estimated`), and the one sentence, in
 * Chinese and English, that every user-facing path shows when it does.
 */
import { DAY_MS, formatCivilDate } from './civil-date.js';
import { instantArg } from './instant.js';
import { compiledOf, type Schedule } from './schedule.js';
import { toLocalMs } from '../_internal/zone.js';

/** Which years' holiday dates an answer estimated, with the sentence to show the user. */
export interface HolidayEstimate {
  /** The years with estimated days, ascending. */
  years: number[];
  /** The estimated civil dates in the range, ascending (local dates in the schedule's zone). */
  dates: string[];
  /** "holiday dates for 2027 are estimated from the statutory holidays; the official arrangement may add bridge days" */
  messageEn: string;
  /** The same in Chinese. */
  messageZh: string;
}

/** Longest range looked at, in days: a help screen's answer never reaches further. */
const MAX_DAYS = 400;

/** The sentences for a list of years (one owner of the wording). */
export function estimateMessages(years: ReadonlyArray<number>): { messageEn: string; messageZh: string } {
  const en = years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
  const zh = years.map((y) => `${y}年`).join('、');
  return {
    messageEn: `holiday dates for ${en} are estimated from the statutory holidays; the official arrangement may add bridge days`,
    messageZh: `${zh}的节假日按法定节假日推算，尚无官方放假安排，实际安排可能另有调休`,
  };
}

/**
 * Whether the schedule's answers between `from` and `to` (local civil dates in its zone, both
 * ends included, at most 400 days from `from`) rest on estimated holiday dates, as the schedule's
 * calendar says through `dayInfo`. `undefined` when none do, or when the calendar does not
 * estimate (no calendar, or one without `dayInfo`).
 *
 * @example
 * ```ts
 * import { chinaMainlandEstimated, defineSchedule, holidayEstimate } from 'walletdesk/hours';
 * const s = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] }, calendar: chinaMainlandEstimated });
 * holidayEstimate(s, new Date('2026-12-28T00:00:00Z'), new Date('2026-12-30T00:00:00Z')); // => undefined
 * const e = holidayEstimate(s, new Date('2026-12-28T00:00:00Z'), new Date('2027-01-04T00:00:00Z'));
 * e?.years; // => [2027]
 * e?.messageEn; // => 'holiday dates for 2027 are estimated from the statutory holidays; the official arrangement may add bridge days'
 * ```
 */
export function holidayEstimate(schedule: Schedule, from: Date, to: Date): HolidayEstimate | undefined {
  const c = compiledOf(schedule);
  const start = instantArg(from, 'from');
  const end = instantArg(to, 'to');
  const calendar = c.calendar;
  if (calendar?.dayInfo === undefined) return undefined;
  const first = Math.floor(toLocalMs(c.timeZone, start) / DAY_MS);
  const last = Math.min(Math.floor(toLocalMs(c.timeZone, Math.max(start, end)) / DAY_MS), first + MAX_DAYS);
  const dates: string[] = [];
  const years = new Set<number>();
  for (let day = first; day <= last; day++) {
    const date = formatCivilDate(day);
    if (!/^\d{4}-/.test(date)) continue;
    if (calendar.dayInfo(date).estimated) {
      dates.push(date);
      years.add(Number(date.slice(0, 4)));
    }
  }
  if (dates.length === 0) return undefined;
  const sorted = [...years].sort((a, b) => a - b);
  return { years: sorted, dates, ...estimateMessages(sorted) };
}
