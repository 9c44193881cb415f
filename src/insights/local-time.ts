/**
 * Local wall-clock hours for bucketing many instants in one zone: the zone's offset (from the
 * shared `_internal/zone.ts`, which hours uses too) is asked once per UTC quarter hour and cached,
 * so 100k tickets over a month cost ~2,900 `Intl` calls. (Every zone in use changes its offset on a quarter-hour boundary at most; the cache key is the
 * UTC quarter hour, so the answer is exact.)
 */
import { isValidTimeZone, offsetAt } from '../_internal/zone.js';

const QUARTER_MS = 900_000;
const DAY_MS = 86_400_000;

/** Local time in one zone, as civil day number (days since 1970-01-01) and hour of day. */
export interface LocalClock {
  /** Local milliseconds since 1970-01-01T00:00 local (the wall clock read as if it were UTC). */
  localMs(t: number): number;
}

/** A cached local clock for `timeZone` (validated by the caller). */
export function localClock(timeZone: string): LocalClock {
  const offsets = new Map<number, number>();
  // The last quarter hour asked about: a run of tickets in time order hits it most of the time.
  let lastKey = Number.NaN;
  let lastOffset = 0;
  const offsetOf = (t: number): number => {
    const key = Math.floor(t / QUARTER_MS);
    if (key === lastKey) return lastOffset;
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = offsetAt(timeZone, key * QUARTER_MS);
      if (offsets.size > 200_000) offsets.clear();
      offsets.set(key, offset);
    }
    lastKey = key;
    lastOffset = offset;
    return offset;
  };
  return { localMs: (t) => t + offsetOf(t) };
}

/** The civil day number (days since 1970-01-01) of a local-ms value. */
export function civilDay(localMs: number): number {
  return Math.floor(localMs / DAY_MS);
}

/** The civil date `YYYY-MM-DD` of a day number. */
export function civilDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Hour of the week, Monday 00:00 = 0 … Sunday 23:00 = 167, of a local-ms value. */
export function hourOfWeek(localMs: number): number {
  const day = Math.floor(localMs / DAY_MS);
  // 1970-01-01 was a Thursday (index 3 when Monday is 0).
  const weekday = (((day + 3) % 7) + 7) % 7;
  return weekday * 24 + Math.floor((localMs - day * DAY_MS) / 3_600_000);
}

/** Whether `timeZone` is an IANA zone `Intl` knows. */
export function isTimeZone(timeZone: unknown): boolean {
  return typeof timeZone === 'string' && timeZone !== '' && isValidTimeZone(timeZone);
}
