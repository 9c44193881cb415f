/**
 * {@link defineSchedule}: validates a service-hours definition once, at the boundary, and compiles
 * it into minutes-of-day so the queries in `open-periods.ts` never re-parse strings.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { ValidationError } from '../errors/index.js';
import type { HolidayCalendar } from './calendar.js';
import { WEEKDAYS, type Weekday } from '../taxonomy/index.js';
import { parseCivilDate } from './civil-date.js';
import { isValidTimeZone } from '../_internal/zone.js';

/** A local wall time `'HH:MM'`, `'00:00'` to `'23:59'`, or `'24:00'` (only as an end: the end of the day). */
export type WallTime = string;

/**
 * One open slot `[start, end)` in local wall time. It belongs to the civil date on which it starts;
 * an `end` at or before `start` runs into the next day (`['22:00', '02:00']`).
 */
export type Slot = readonly [start: WallTime, end: WallTime];

/** Slots per day of the week; a missing day is closed. */
export type WeeklyHours = Partial<Record<Weekday, ReadonlyArray<Slot>>>;

/**
 * Hours for one civil date that replace every slot starting on that date: `closed: true` for none,
 * or `slots` for exactly those. Overrides win over the calendar.
 */
export type ScheduleOverride =
  | { readonly date: string; readonly closed: true; readonly label?: string }
  | { readonly date: string; readonly slots: ReadonlyArray<Slot>; readonly label?: string };

/** Input of {@link defineSchedule}. */
export interface ScheduleInput {
  /** The IANA time zone the hours are kept in, e.g. `'Asia/Shanghai'`. */
  timeZone: string;
  /** The ordinary week. */
  weekly: WeeklyHours;
  /** Dated exceptions. */
  overrides?: ReadonlyArray<ScheduleOverride>;
  /** Public holidays close; make-up workdays open (see {@link ScheduleInput.makeUpWorkdayHours}). */
  calendar?: HolidayCalendar;
  /**
   * Which weekday's hours a make-up workday (a calendar `'workday'` that falls on a weekend) opens
   * with. Default `'mon'`: Monday–Friday hours, assuming those are the same on every weekday.
   */
  makeUpWorkdayHours?: Weekday;
  /**
   * What to do for dates outside the calendar's coverage: `'throw'` (default) an `OutOfCoverageError`,
   * or `'weekly'` to use the weekly hours as if there were no calendar.
   */
  outsideCoverage?: 'throw' | 'weekly';
}

/** A validated, immutable schedule made by {@link defineSchedule}. */
export interface Schedule {
  /** The IANA time zone of the hours. */
  readonly timeZone: string;
  /** The ordinary week, every day present (empty = closed). */
  readonly weekly: Readonly<Record<Weekday, ReadonlyArray<Slot>>>;
  /** Dated exceptions, in date order. */
  readonly overrides: ReadonlyArray<ScheduleOverride>;
  /** The holiday calendar, if any. */
  readonly calendar: HolidayCalendar | undefined;
  /** The weekday whose hours a make-up workday uses. */
  readonly makeUpWorkdayHours: Weekday;
  /** What happens outside the calendar's coverage. */
  readonly outsideCoverage: 'throw' | 'weekly';
}

/** Slots as minutes: start in [0, 1440), end in (start, start + 1440]. */
export type MinuteSlot = readonly [number, number];

/** The compiled form the queries work on (never exported from the package). */
export interface CompiledSchedule {
  readonly timeZone: string;
  /** Index 0 = Monday. */
  readonly weekly: ReadonlyArray<ReadonlyArray<MinuteSlot>>;
  readonly overrides: ReadonlyMap<number, ReadonlyArray<MinuteSlot>>;
  readonly lastOverrideDay: number;
  readonly calendar: HolidayCalendar | undefined;
  readonly weekend: ReadonlySet<number>;
  readonly makeUpIndex: number;
  readonly outsideCoverage: 'throw' | 'weekly';
  /** Day number of the calendar's last covered date; +Infinity without a calendar end (or without a calendar). */
  readonly calendarToDay: number;
  /**
   * Cache of computed open intervals by block, direct-mapped (block k in slot k mod its length), so
   * it never holds more than a fixed number of blocks; see open-periods.ts.
   */
  readonly blocks: Array<unknown>;
}

const compiled = new WeakMap<Schedule, CompiledSchedule>();

const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const wallTime = z.string().regex(TIME, "expected a time 'HH:MM' from 00:00 to 24:00");
const slotSchema = z
  .tuple([wallTime, wallTime])
  .refine((s) => s[0] !== '24:00', { message: "a slot cannot start at '24:00'", path: [0] })
  .refine((s) => s[0] !== s[1], {
    message: 'end equals start: an empty slot (write 00:00–24:00 for a whole day)',
    path: [1],
  });
const slotsSchema = z.array(slotSchema);
const civilDate = z.string().refine((s) => parseCivilDate(s) !== undefined, 'expected a real date as YYYY-MM-DD');
const weekdayEnum = z.enum(WEEKDAYS);

const inputSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone'),
  weekly: z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, slotsSchema.optional()])) as Record<Weekday, z.ZodOptional<typeof slotsSchema>>),
  overrides: z
    .array(
      z.union([
        z.strictObject({ date: civilDate, closed: z.literal(true), label: z.string().optional() }),
        z.strictObject({ date: civilDate, slots: slotsSchema, label: z.string().optional() }),
      ]),
    )
    .optional(),
  calendar: z
    .custom<HolidayCalendar>(
      (v) => typeof v === 'object' && v !== null && typeof (v as HolidayCalendar).dayType === 'function' && Array.isArray((v as HolidayCalendar).weekend),
      'expected a HolidayCalendar (an object with dayType(date) and weekend)',
    )
    .optional(),
  makeUpWorkdayHours: weekdayEnum.optional(),
  outsideCoverage: z.enum(['throw', 'weekly']).optional(),
});

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function compileSlots(slots: ReadonlyArray<Slot>): MinuteSlot[] {
  return slots.map(([start, end]) => {
    const s = toMinutes(start);
    const e = toMinutes(end);
    return [s, e <= s ? e + 1440 : e] as const;
  });
}

/**
 * Validates and freezes a service-hours definition. Throws `ValidationError` naming the field for an
 * unknown zone, a time like `'25:00'`, a slot whose end equals its start, or a bad date.
 *
 * @example
 * ```ts
 * import { chinaMainland, defineSchedule, isOpen } from 'walletdesk/hours';
 * const hotline = defineSchedule({
 *   timeZone: 'Asia/Shanghai',
 *   weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
 *   overrides: [{ date: '2026-12-31', slots: [['09:00', '12:00']], label: 'New Year’s Eve' }],
 *   calendar: chinaMainland,
 * });
 * isOpen(hotline, new Date('2026-10-01T02:00:00Z')); // => false
 * isOpen(hotline, new Date('2026-10-10T02:00:00Z')); // => true
 * ```
 */
export function defineSchedule(input: ScheduleInput): Schedule {
  const parsed = validate(inputSchema, input, ['schedule']);
  const overrides = [...(parsed.overrides ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < overrides.length; i++) {
    if (overrides[i]?.date === overrides[i - 1]?.date) {
      const index = (parsed.overrides ?? []).lastIndexOf(overrides[i] as never);
      throw new ValidationError([{ path: ['schedule', 'overrides', index, 'date'], message: `two overrides for ${overrides[i]?.date}`, code: 'custom' }]);
    }
  }
  const weekly = Object.freeze(
    Object.fromEntries(WEEKDAYS.map((d) => [d, Object.freeze((parsed.weekly[d] ?? []).map((s) => Object.freeze([s[0], s[1]] as const)))])),
  ) as Schedule['weekly'];
  const schedule: Schedule = Object.freeze({
    timeZone: parsed.timeZone,
    weekly,
    overrides: Object.freeze(overrides.map((o) => Object.freeze({ ...o }))) as ReadonlyArray<ScheduleOverride>,
    calendar: parsed.calendar,
    makeUpWorkdayHours: parsed.makeUpWorkdayHours ?? 'mon',
    outsideCoverage: parsed.outsideCoverage ?? 'throw',
  });
  const overrideDays = new Map<number, MinuteSlot[]>();
  for (const o of overrides) overrideDays.set(parseCivilDate(o.date) as number, 'slots' in o ? compileSlots(o.slots) : []);
  compiled.set(schedule, {
    timeZone: parsed.timeZone,
    weekly: WEEKDAYS.map((d) => compileSlots(weekly[d])),
    overrides: overrideDays,
    lastOverrideDay: overrides.length > 0 ? (parseCivilDate(overrides.at(-1)?.date ?? '') as number) : Number.NEGATIVE_INFINITY,
    calendar: parsed.calendar,
    weekend: new Set((parsed.calendar?.weekend ?? []).map((d) => WEEKDAYS.indexOf(d))),
    makeUpIndex: WEEKDAYS.indexOf(schedule.makeUpWorkdayHours),
    outsideCoverage: schedule.outsideCoverage,
    calendarToDay: parseCivilDate(parsed.calendar?.coverage?.to ?? '') ?? Number.POSITIVE_INFINITY,
    blocks: [],
  });
  return schedule;
}

// The last schedule looked up: queries usually come in runs on one schedule, and a pointer compare
// is several times cheaper than a WeakMap lookup. It keeps at most that one schedule alive.
let lastSchedule: unknown;
let lastCompiled: CompiledSchedule | undefined;

/** The compiled form of a schedule, or a ValidationError naming `schedule` when it was not made by defineSchedule. */
export function compiledOf(schedule: unknown): CompiledSchedule {
  if (schedule === lastSchedule && lastCompiled !== undefined) return lastCompiled;
  const found = typeof schedule === 'object' && schedule !== null ? compiled.get(schedule as Schedule) : undefined;
  if (found === undefined) {
    throw new ValidationError([{ path: ['schedule'], message: 'expected a schedule made by defineSchedule()', code: 'invalid_type' }]);
  }
  lastSchedule = schedule;
  lastCompiled = found;
  return found;
}
