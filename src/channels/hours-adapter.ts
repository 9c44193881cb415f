/**
 * The two questions findChannels asks about a channel's hours: is it open at `at`, and when does
 * it next open? Behind a small interface so the ranking can use `walletdesk/hours` (being built
 * in parallel) without changing shape; until then a minimal weekly-slot engine answers, using
 * only `Intl` with the channel's own IANA time zone (never the host zone).
 */
import type { ChannelHours, Weekday } from './schema.js';

/** Answers open/closed questions about a channel's hours. */
export interface HoursEngine {
  /** True when the channel is open at `at`. */
  isOpen(hours: ChannelHours, at: Date): boolean;
  /** The next time the channel opens strictly after `after` (within 8 days), or `undefined`. */
  nextOpening(hours: ChannelHours, after: Date): Date | undefined;
}

const DAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  minutes: number;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function local(at: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? 'sun';
  return { year, month, day, weekday, minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0) };
}

function offsetAt(at: number, timeZone: string): number {
  const l = local(at, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, 0, l.minutes);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/** The instant at which the wall clock in `timeZone` shows the given local date and minute. */
function zonedToUtc(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day, 0, minutes);
  const first = offsetAt(guess, timeZone);
  let at = guess - first;
  const second = offsetAt(at, timeZone);
  if (second !== first) at = guess - second;
  return at;
}

function toMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** The built-in engine: weekly slots in the channel's time zone. */
export const weeklyHoursEngine: HoursEngine = {
  isOpen(hours, at) {
    const now = local(at.getTime(), hours.timeZone);
    return (hours.weekly[now.weekday] ?? []).some(([open, close]) => toMinutes(open) <= now.minutes && now.minutes < toMinutes(close));
  },
  nextOpening(hours, after) {
    const now = local(after.getTime(), hours.timeZone);
    for (let offset = 0; offset <= 8; offset++) {
      const date = new Date(Date.UTC(now.year, now.month - 1, now.day + offset));
      const weekday = DAYS[date.getUTCDay()] ?? 'sun';
      const starts = (hours.weekly[weekday] ?? []).map(([open]) => toMinutes(open)).sort((a, b) => a - b);
      for (const start of starts) {
        if (offset === 0 && start <= now.minutes) continue;
        const at = zonedToUtc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), start, hours.timeZone);
        if (at > after.getTime()) return new Date(at);
      }
    }
    return undefined;
  },
};

/** True when the hours cover every minute of every day. */
export function isAlwaysOpen(hours: ChannelHours): boolean {
  return (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).every((day) =>
    (hours.weekly[day] ?? []).some(([open, close]) => open === '00:00' && close === '24:00'),
  );
}

/** The three functions of `walletdesk/hours` that {@link hoursEngineFrom} needs. */
export interface ScheduleFunctions<S> {
  /** Builds a schedule from a channel's time zone and weekly hours. */
  defineSchedule(input: { timeZone: string; weekly: ChannelHours['weekly'] }): S;
  /** True when the schedule is open at `at`. */
  isOpen(schedule: S, at: Date): boolean;
  /** The next opening after `after`; `null`/`undefined` when it never opens again. */
  nextOpening(schedule: S, after: Date): Date | null | undefined;
}

/**
 * Adapts a schedule library with the `walletdesk/hours` shape (`defineSchedule`, `isOpen`,
 * `nextOpening`) into an {@link HoursEngine} for `findChannels`. Schedules are built once per
 * channel and cached.
 *
 * @example
 * ```ts
 * import { findChannels, hoursEngineFrom } from 'walletdesk/channels';
 * // Any module with this shape works, e.g. `import * as hours from 'walletdesk/hours'`.
 * const alwaysClosed = {
 *   defineSchedule: (input: object) => input,
 *   isOpen: () => false,
 *   nextOpening: (_schedule: object, after: Date) => new Date(after.getTime() + 3_600_000),
 * };
 * const ranked = findChannels({ wallet: 'cashapp', at: new Date('2026-11-24T12:00:00Z'), hours: hoursEngineFrom(alwaysClosed) });
 * ranked.find((r) => r.channel.kind === 'phone')?.availability; // => 'closed'
 * ```
 */
export function hoursEngineFrom<S>(functions: ScheduleFunctions<S>): HoursEngine {
  const schedules = new WeakMap<ChannelHours, S>();
  const scheduleOf = (hours: ChannelHours): S => {
    let schedule = schedules.get(hours);
    if (schedule === undefined) {
      schedule = functions.defineSchedule({ timeZone: hours.timeZone, weekly: hours.weekly });
      schedules.set(hours, schedule);
    }
    return schedule;
  };
  return {
    isOpen: (hours, at) => functions.isOpen(scheduleOf(hours), at),
    nextOpening: (hours, after) => functions.nextOpening(scheduleOf(hours), after) ?? undefined,
  };
}
