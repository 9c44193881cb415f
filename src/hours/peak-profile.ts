/**
 * Peak times as data: a {@link PeakProfile} of hour-of-week load weights plus month-end and
 * around-holiday multipliers; {@link defaultPeakProfile} for wallet hotlines; {@link fitProfile}
 * to learn the weights from past contacts; {@link expectedLoad} to read a profile at an instant.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { isOutOfCoverageError } from '../errors/index.js';
import type { HolidayCalendar } from './calendar.js';
import { DAY_MS, dayOfMonth, formatCivilDate, weekdayIndex } from './civil-date.js';
import { instantSchema, MAX_INSTANT_MS } from './instant.js';
import { isValidTimeZone, toLocalMs } from '../_internal/zone.js';

const HOUR_MS = 3_600_000;

/** Expected contact load by time, relative to an average hour (1 = average). */
export interface PeakProfile {
  /** A short name, e.g. `'wallet-hotline-default'`. */
  readonly name: string;
  /** 168 weights, one per local hour of the week: index = weekday × 24 + hour, Monday 00:00 first. */
  readonly hourOfWeek: ReadonlyArray<number>;
  /** The last `lastDays` days of each month are busier by `factor` (bills, repayments, salaries). */
  readonly monthEnd: { readonly lastDays: number; readonly factor: number };
  /** The `days` days before and after a public holiday are busier by `factor`. */
  readonly aroundHolidays: { readonly days: number; readonly factor: number };
  /** The zone whose wall clock the hours are in; the schedule's zone when absent. */
  readonly timeZone?: string;
  /** Where the numbers come from. */
  readonly source: string;
}

/** Weekday hours: night quiet, 09–12 the morning peak, 12–14 lunch-break calls, 15:00–17:30 the afternoon lull. */
const WEEKDAY_HOURS = [
  0.15, 0.1, 0.1, 0.1, 0.1, 0.15, 0.3, 0.55, 1.0, 1.9, 2.0, 1.9, 1.7, 1.6, 1.2, 0.8, 0.8, 0.9, 1.1, 1.15, 1.1, 0.9, 0.6, 0.3,
];
/** Weekend hours: a later, flatter day. */
const WEEKEND_HOURS = [
  0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0, 1.05, 1.0, 0.95, 0.9, 0.85, 0.85, 0.85, 0.9, 0.95, 0.95, 0.8, 0.5, 0.25,
];
/** Monday carries the weekend's backlog; Friday afternoon tails off. */
const DAY_FACTORS = [1.15, 1.0, 1.0, 1.0, 0.95, 1, 1];

function normalise(weights: ReadonlyArray<number>): number[] {
  const mean = weights.reduce((sum, w) => sum + w, 0) / weights.length;
  return weights.map((w) => (mean > 0 ? Math.round((w / mean) * 1000) / 1000 : 1));
}

/**
 * The default profile for a wallet help line, from common contact-centre patterns: weekday
 * 09:00–12:00 and 12:00–14:00 busy, 15:00–17:30 quieter, Monday heavier, nights and weekends light;
 * the last 3 days of a month ×1.3 and the 2 days either side of a public holiday ×1.4. Replace it
 * with {@link fitProfile} on your own history when you have one.
 *
 * @example
 * ```ts
 * import { defaultPeakProfile } from 'walletdesk/hours';
 * defaultPeakProfile.hourOfWeek.length; // => 168
 * defaultPeakProfile.hourOfWeek[10] > defaultPeakProfile.hourOfWeek[16]; // => true
 * ```
 */
export const defaultPeakProfile: PeakProfile = Object.freeze({
  name: 'wallet-hotline-default',
  hourOfWeek: Object.freeze(
    normalise(DAY_FACTORS.flatMap((factor, day) => (day < 5 ? WEEKDAY_HOURS : WEEKEND_HOURS).map((w) => w * factor))),
  ),
  monthEnd: Object.freeze({ lastDays: 3, factor: 1.3 }),
  aroundHolidays: Object.freeze({ days: 2, factor: 1.4 }),
  source: 'walletdesk domain defaults (contact-centre practice for payment hotlines); not measured data',
});

/** Options of {@link expectedLoad}. */
export interface ExpectedLoadOptions {
  /** The zone to read hours in when the profile has none. */
  timeZone: string;
  /** A calendar for the around-holiday factor. */
  calendar?: HolidayCalendar | undefined;
}

/** The parts of a load estimate, for explaining it. */
export interface LoadBreakdown {
  /** The product of the parts. */
  load: number;
  /** The hour-of-week weight. */
  hourWeight: number;
  /** Whether the month-end factor applied. */
  monthEnd: boolean;
  /** Whether the around-holiday factor applied. */
  aroundHoliday: boolean;
  /** The local civil date and hour the profile was read at. */
  localDate: string;
  localHour: number;
}

function safeDayType(calendar: HolidayCalendar, day: number): string | undefined {
  try {
    return calendar.dayType(formatCivilDate(day));
  } catch (error) {
    if (isOutOfCoverageError(error)) return undefined;
    throw error;
  }
}

/** Internal: the load at an instant with its parts. Inputs are trusted (validated by callers). */
export function loadAt(profile: PeakProfile, instant: number, timeZone: string, calendar: HolidayCalendar | undefined): LoadBreakdown {
  const local = toLocalMs(profile.timeZone ?? timeZone, instant);
  const day = Math.floor(local / DAY_MS);
  const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
  const hourWeight = profile.hourOfWeek[weekdayIndex(day) * 24 + hour] ?? 1;
  const { date, daysInMonth } = dayOfMonth(day);
  const monthEnd = date > daysInMonth - profile.monthEnd.lastDays;
  let aroundHoliday = false;
  if (calendar !== undefined && profile.aroundHolidays.days > 0 && safeDayType(calendar, day) !== 'holiday') {
    for (let d = 1; d <= profile.aroundHolidays.days && !aroundHoliday; d++) {
      aroundHoliday = safeDayType(calendar, day - d) === 'holiday' || safeDayType(calendar, day + d) === 'holiday';
    }
  }
  const load = hourWeight * (monthEnd ? profile.monthEnd.factor : 1) * (aroundHoliday ? profile.aroundHolidays.factor : 1);
  return { load, hourWeight, monthEnd, aroundHoliday, localDate: formatCivilDate(day), localHour: hour };
}

const profileSchema = z.object({
  name: z.string(),
  hourOfWeek: z.array(z.number().finite().nonnegative()).length(168),
  monthEnd: z.object({ lastDays: z.number().int().min(0).max(31), factor: z.number().finite().positive() }),
  aroundHolidays: z.object({ days: z.number().int().min(0).max(31), factor: z.number().finite().positive() }),
  timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone').optional(),
  source: z.string(),
});

/** Validates a profile at the boundary (a ValidationError names the field). */
export function validateProfile(profile: unknown): PeakProfile {
  return validate(profileSchema, profile, ['profile']) as PeakProfile;
}

const zoneSchema = z.string().refine(isValidTimeZone, 'unknown IANA time zone');

/**
 * The expected load at an instant, relative to an average hour.
 *
 * @example
 * ```ts
 * import { defaultPeakProfile, expectedLoad } from 'walletdesk/hours';
 * // Monday 2026-11-23 10:00 and 16:00 in Shanghai (not month-end, no calendar).
 * const morning = expectedLoad(defaultPeakProfile, new Date('2026-11-23T02:00:00Z'), { timeZone: 'Asia/Shanghai' });
 * const afternoon = expectedLoad(defaultPeakProfile, new Date('2026-11-23T08:00:00Z'), { timeZone: 'Asia/Shanghai' });
 * morning > afternoon; // => true
 * ```
 */
export function expectedLoad(profile: PeakProfile, at: Date, options: ExpectedLoadOptions): number {
  const p = validateProfile(profile);
  const timeZone = validate(zoneSchema, options?.timeZone, ['options', 'timeZone']);
  const t = validate(instantSchema, at, ['at']).getTime();
  return loadAt(p, t, timeZone, options.calendar).load;
}

/** Options of {@link fitProfile}. */
export interface FitProfileOptions {
  /** The zone whose wall clock the contacts are bucketed in, e.g. the hotline's zone. */
  timeZone: string;
  /** A name for the profile; `'fitted'` unless given. */
  name?: string;
  /**
   * Pseudo-hours of the average rate added to every bucket, pulling thinly observed hours towards
   * the mean. 1 unless given; 0 for the raw rates.
   */
  smoothing?: number;
  /** Month-end and around-holiday factors to carry over; neutral (×1) unless given. */
  monthEnd?: PeakProfile['monthEnd'];
  aroundHolidays?: PeakProfile['aroundHolidays'];
}

const fitSchema = z.object({
  history: z.array(z.union([instantSchema, z.number().finite().min(-MAX_INSTANT_MS).max(MAX_INSTANT_MS)])).min(1),
  options: z.object({
    timeZone: zoneSchema,
    name: z.string().optional(),
    smoothing: z.number().finite().nonnegative().optional(),
    monthEnd: profileSchema.shape.monthEnd.optional(),
    aroundHolidays: profileSchema.shape.aroundHolidays.optional(),
  }),
});

/**
 * Learns hour-of-week weights from the timestamps of past contacts: contacts per bucket divided by
 * how many times that hour of the week occurred between the first and last contact, smoothed, and
 * scaled so the mean weight is 1.
 *
 * @example
 * ```ts
 * import { fitProfile } from 'walletdesk/hours';
 * // Two weeks of contacts, all on Mondays at 10:xx UTC.
 * const history = [0, 1, 7, 8, 14].map((d) => new Date(Date.UTC(2026, 10, 2 + d, 10, 15)));
 * const profile = fitProfile(history, { timeZone: 'UTC', smoothing: 0 });
 * profile.hourOfWeek[10] > 1; // => true
 * profile.hourOfWeek[11]; // => 0
 * ```
 */
export function fitProfile(history: ReadonlyArray<Date | number>, options: FitProfileOptions): PeakProfile {
  const { history: list, options: o } = validate(fitSchema, { history, options }, []);
  const times = list.map((t) => (typeof t === 'number' ? t : t.getTime())).sort((a, b) => a - b);
  const counts = new Array<number>(168).fill(0);
  const exposure = new Array<number>(168).fill(0);
  const bucket = (t: number): number => {
    const local = toLocalMs(o.timeZone, t);
    const day = Math.floor(local / DAY_MS);
    return weekdayIndex(day) * 24 + Math.floor((local - day * DAY_MS) / HOUR_MS);
  };
  for (const t of times) counts[bucket(t)] = (counts[bucket(t)] as number) + 1;
  const first = Math.floor((times[0] as number) / HOUR_MS) * HOUR_MS;
  const last = times.at(-1) as number;
  for (let t = first; t <= last; t += HOUR_MS) exposure[bucket(t)] = (exposure[bucket(t)] as number) + 1;
  const total = times.length;
  const totalExposure = exposure.reduce((s, e) => s + e, 0);
  const overall = total / totalExposure;
  const alpha = o.smoothing ?? 1;
  const rates = counts.map((count, i) => {
    const seen = exposure[i] as number;
    return seen + alpha > 0 ? (count + alpha * overall) / (seen + alpha) : overall;
  });
  return Object.freeze({
    name: o.name ?? 'fitted',
    hourOfWeek: Object.freeze(normalise(rates)),
    monthEnd: Object.freeze({ ...(o.monthEnd ?? { lastDays: 0, factor: 1 }) }),
    aroundHolidays: Object.freeze({ ...(o.aroundHolidays ?? { days: 0, factor: 1 }) }),
    timeZone: o.timeZone,
    source: `fitted from ${total} contacts between ${new Date(times[0] as number).toISOString()} and ${new Date(last).toISOString()}`,
  });
}
