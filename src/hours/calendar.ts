/**
 * The {@link HolidayCalendar} interface every region plugs in through, and
 * {@link holidayCalendarFromDates} to build one from plain lists of dates.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { OutOfCoverageError } from '../errors/index.js';
import { WEEKDAYS, type Weekday } from '../taxonomy/index.js';
import { parseCivilDate, weekdayIndex } from './civil-date.js';

/**
 * What a civil date is for a calendar: a normal working day (including a make-up working day on a
 * weekend), a normal rest day (a weekend), or a public holiday.
 */
export type DayType = 'workday' | 'restday' | 'holiday';

/**
 * What a calendar knows about a civil date: its {@link DayType}, whether that answer is an estimate
 * (`true` beyond the official data, e.g. holidays computed from the law before the yearly notice is
 * out), and the holiday's name on a holiday, e.g. `'春节'`.
 */
export interface DayInfo {
  type: DayType;
  estimated: boolean;
  name?: string;
}

/**
 * A calendar of public holidays and working days, keyed by civil date (`YYYY-MM-DD`), never by the
 * host clock. A schedule with a calendar closes on `'holiday'` days and opens a `'workday'` that falls
 * on one of {@link HolidayCalendar.weekend} (a make-up working day) with Monday–Friday hours.
 */
export interface HolidayCalendar {
  /** A short name used in error messages, e.g. `'CN'`. */
  readonly name: string;
  /** The inclusive range of dates the data answers for; `null` when it answers for every date. */
  readonly coverage: { readonly from: string; readonly to: string } | null;
  /** The days of the week that are rest days unless the calendar says otherwise. */
  readonly weekend: ReadonlyArray<Weekday>;
  /**
   * The type of a civil date. Throws {@link OutOfCoverageError} outside {@link HolidayCalendar.coverage}
   * and `ValidationError` for a string that is not a real `YYYY-MM-DD` date.
   */
  dayType(date: string): DayType;
  /**
   * The day's type with whether it is estimated and the holiday's name. Optional: calendars that
   * estimate (e.g. `chinaMainlandEstimated`) provide it, and `holidayEstimate` reads it to flag
   * estimated days to users.
   */
  dayInfo?(date: string): DayInfo;
}

/** Options for {@link holidayCalendarFromDates}. */
export interface HolidayCalendarFromDatesOptions {
  /** A short name used in error messages. */
  name: string;
  /** Public holidays (`YYYY-MM-DD`), closed all day. */
  holidays: ReadonlyArray<string>;
  /** Extra working days, typically weekends worked in exchange for a bridge holiday. */
  workdays?: ReadonlyArray<string>;
  /** Rest days of the week; Saturday and Sunday unless given. */
  weekend?: ReadonlyArray<Weekday>;
  /** When given, dates outside it throw {@link OutOfCoverageError} instead of falling back to the weekday rule. */
  coverage?: { from: string; to: string };
}

const civilDate = z.string().refine((s) => parseCivilDate(s) !== undefined, 'expected a real date as YYYY-MM-DD');
const optionsSchema = z
  .object({
    name: z.string().min(1),
    holidays: z.array(civilDate),
    workdays: z.array(civilDate).optional(),
    weekend: z.array(z.enum(WEEKDAYS)).optional(),
    coverage: z.object({ from: civilDate, to: civilDate }).optional(),
  })
  .refine((o) => !(o.workdays ?? []).some((d) => o.holidays.includes(d)), {
    message: 'a date cannot be both a holiday and a workday',
    path: ['workdays'],
  })
  .refine((o) => o.coverage === undefined || o.coverage.from <= o.coverage.to, {
    message: 'coverage.from must not be after coverage.to',
    path: ['coverage'],
  });

/** Parses a date argument of `dayType`, throwing a ValidationError that names `date`. */
export function requireCivilDate(date: unknown): number {
  const day = typeof date === 'string' ? parseCivilDate(date) : undefined;
  if (day === undefined) validate(civilDate, date, ['date']);
  return day as number;
}

/**
 * Builds a {@link HolidayCalendar} from lists of dates, so any region can plug into a schedule.
 * Dates not listed are workdays, except the `weekend` days, which are rest days.
 *
 * @example
 * ```ts
 * import { holidayCalendarFromDates } from 'walletdesk/hours';
 * const uk = holidayCalendarFromDates({ name: 'GB-ENG', holidays: ['2026-12-25', '2026-12-28'] });
 * uk.dayType('2026-12-25'); // => 'holiday'
 * uk.dayType('2026-12-26'); // => 'restday'
 * uk.dayType('2026-12-29'); // => 'workday'
 * ```
 */
export function holidayCalendarFromDates(options: HolidayCalendarFromDatesOptions): HolidayCalendar {
  const parsed = validate(optionsSchema, options, ['options']);
  const holidays = new Set(parsed.holidays);
  const workdays = new Set(parsed.workdays ?? []);
  const weekend = Object.freeze([...(parsed.weekend ?? (['sat', 'sun'] as const))]);
  const weekendIndexes = new Set(weekend.map((d) => WEEKDAYS.indexOf(d)));
  const coverage = parsed.coverage ? Object.freeze({ from: parsed.coverage.from, to: parsed.coverage.to }) : null;
  return Object.freeze({
    name: parsed.name,
    coverage,
    weekend,
    dayType(date: string): DayType {
      const day = requireCivilDate(date);
      if (coverage !== null && (date < coverage.from || date > coverage.to)) {
        throw new OutOfCoverageError(date, coverage, parsed.name);
      }
      if (holidays.has(date)) return 'holiday';
      if (workdays.has(date)) return 'workday';
      return weekendIndexes.has(weekdayIndex(day)) ? 'restday' : 'workday';
    },
  });
}
