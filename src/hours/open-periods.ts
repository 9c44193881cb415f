/**
 * The queries on a schedule: {@link isOpen}, {@link nextOpening}, {@link nextClosing} and
 * {@link openIntervals}.
 *
 * Slots are turned into instants a block of civil days at a time and merged; each block is cached on
 * the compiled schedule, so a query is a binary search once its block is known. Which civil days a
 * block holds is plain integer arithmetic; only the wall-time → instant conversion asks `Intl`.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { OutOfCoverageError } from '../errors/out-of-coverage-error.js';
import { isOutOfCoverageError } from '../errors/guards.js';
import { DAY_MS, formatCivilDate, parseCivilDate, weekdayIndex } from './civil-date.js';
import { type CompiledSchedule, compiledOf, type MinuteSlot, type Schedule } from './schedule.js';
import { dayConverter, localToInstant } from './zone.js';

/** An open period `[start, end)`. */
export interface OpenInterval {
  /** The instant it opens. */
  start: Date;
  /** The instant it closes (exclusive). */
  end: Date;
}

/** Civil days per cached block. */
const BLOCK_DAYS = 28;
/** Blocks kept per schedule before the cache is cleared. */
const MAX_BLOCKS = 64;
/** How far past the last dated fact (override, calendar coverage) a search goes before concluding "never". */
const SEARCH_TAIL_DAYS = 8;
/** Calendars without an end are consulted at most this far ahead. */
const MAX_CALENDAR_SEARCH_DAYS = 3660;

interface Block {
  /** Instants covered exactly: [startMs, endMs). */
  readonly startMs: number;
  readonly endMs: number;
  /** Merged, sorted, disjoint open intervals from the block's days (they may reach past its edges). */
  readonly starts: ReadonlyArray<number>;
  readonly ends: ReadonlyArray<number>;
  /** Instants outside [knownFromMs, knownUntilMs) depend on days the calendar does not cover. */
  readonly knownFromMs: number;
  readonly knownUntilMs: number;
  readonly unknownDate: string | undefined;
}

const unknownDay = Symbol('unknown');

function slotsForDay(c: CompiledSchedule, day: number): ReadonlyArray<MinuteSlot> | typeof unknownDay {
  const override = c.overrides.get(day);
  if (override !== undefined) return override;
  const weekday = weekdayIndex(day);
  const weekly = c.weekly[weekday] ?? [];
  if (c.calendar === undefined) return weekly;
  let type: string;
  try {
    type = c.calendar.dayType(formatCivilDate(day));
  } catch (error) {
    if (!isOutOfCoverageError(error)) throw error;
    return c.outsideCoverage === 'weekly' ? weekly : unknownDay;
  }
  if (type === 'holiday') return [];
  if (type === 'workday' && c.weekend.has(weekday)) return c.weekly[c.makeUpIndex] ?? [];
  return weekly;
}

function buildBlock(c: CompiledSchedule, index: number): Block {
  const firstDay = index * BLOCK_DAYS;
  const raw: Array<[number, number]> = [];
  let knownFromMs = Number.NEGATIVE_INFINITY;
  let knownUntilMs = Number.POSITIVE_INFINITY;
  let unknownDate: string | undefined;
  // The day before the block can run past midnight into it.
  for (let day = firstDay - 1; day < firstDay + BLOCK_DAYS; day++) {
    const slots = slotsForDay(c, day);
    const convert = dayConverter(c.timeZone, day);
    if (slots === unknownDay) {
      unknownDate ??= formatCivilDate(day);
      // A day the calendar cannot answer for could hold slots from its midnight until two midnights
      // later: before the coverage it bounds what we know from below, after it from above.
      if (isBeforeCoverage(c, day)) knownFromMs = Math.max(knownFromMs, convert(2880));
      else knownUntilMs = Math.min(knownUntilMs, convert(0));
      continue;
    }
    for (const [s, e] of slots) {
      const start = convert(s);
      const end = convert(e);
      if (end > start) raw.push([start, end]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of raw) {
    const last = ends.length - 1;
    if (last >= 0 && s <= (ends[last] as number)) {
      if (e > (ends[last] as number)) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  return {
    startMs: localToInstant(c.timeZone, firstDay * DAY_MS),
    endMs: localToInstant(c.timeZone, (firstDay + BLOCK_DAYS) * DAY_MS),
    starts,
    ends,
    knownFromMs,
    knownUntilMs,
    unknownDate,
  };
}

function isBeforeCoverage(c: CompiledSchedule, day: number): boolean {
  const from = c.calendar?.coverage?.from;
  return from !== undefined && formatCivilDate(day) < from;
}

function blockByIndex(c: CompiledSchedule, index: number): Block {
  const cache = c.blocks as Map<number, Block>;
  let block = cache.get(index);
  if (block === undefined) {
    if (cache.size >= MAX_BLOCKS) {
      cache.clear();
      c.hot = undefined;
    }
    block = buildBlock(c, index);
    cache.set(index, block);
  }
  return block;
}

/** The block index whose exact range holds `t` (a local date is within a day of the UTC date). */
function blockIndexAt(c: CompiledSchedule, t: number): number {
  let index = Math.floor(Math.floor(t / DAY_MS) / BLOCK_DAYS);
  const block = blockByIndex(c, index);
  if (t < block.startMs) index--;
  else if (t >= block.endMs) index++;
  return index;
}

function coverageError(c: CompiledSchedule, block: Block): OutOfCoverageError {
  const coverage = c.calendar?.coverage ?? { from: '-', to: '-' };
  return new OutOfCoverageError(block.unknownDate ?? '?', coverage, c.calendar?.name ?? 'calendar');
}

function assertKnown(c: CompiledSchedule, block: Block, t: number): void {
  if (t < block.knownFromMs || t >= block.knownUntilMs) throw coverageError(c, block);
}

/** Index of the last interval with start <= t, or -1. */
function lastStartAtOrBefore(starts: ReadonlyArray<number>, t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The end of the interval containing t, or undefined when closed at t. */
function endOfIntervalAt(c: CompiledSchedule, t: number): number | undefined {
  let block = c.hot as Block | undefined;
  if (block === undefined || t < block.startMs || t >= block.endMs) {
    block = blockByIndex(c, blockIndexAt(c, t));
    c.hot = block;
  }
  assertKnown(c, block, t);
  const i = lastStartAtOrBefore(block.starts, t);
  return i >= 0 && t < (block.ends[i] as number) ? (block.ends[i] as number) : undefined;
}

function horizonMs(c: CompiledSchedule, t: number): number {
  const day = Math.floor(t / DAY_MS) + 1;
  let last = Math.max(day, c.lastOverrideDay);
  if (c.calendar !== undefined) {
    const to = c.calendar.coverage?.to;
    const toDay = to === undefined ? undefined : parseCivilDate(to);
    const calendarEnd = Math.min(toDay ?? Number.POSITIVE_INFINITY, day + MAX_CALENDAR_SEARCH_DAYS);
    last = Math.max(last, calendarEnd);
  }
  return (last + SEARCH_TAIL_DAYS + 1) * DAY_MS;
}

/** The first interval start strictly after t, or undefined before the horizon. */
function firstStartAfter(c: CompiledSchedule, t: number, horizon: number): number | undefined {
  let index = blockIndexAt(c, t);
  assertKnown(c, blockByIndex(c, index), t);
  for (;;) {
    const block = blockByIndex(c, index);
    if (block.startMs > horizon) return undefined;
    const i = lastStartAtOrBefore(block.starts, t) + 1;
    const candidate = block.starts[i];
    if (candidate !== undefined && candidate < block.knownUntilMs) return candidate;
    if (block.knownUntilMs !== Number.POSITIVE_INFINITY) throw coverageError(c, block);
    index++;
  }
}

const instant = z.date().refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date');

function instantArg(value: unknown, name: string): number {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  return validate(instant, value, [name]).getTime();
}

/**
 * Whether the schedule is open at an instant.
 *
 * @example
 * ```ts
 * import { defineSchedule, isOpen } from 'walletdesk/hours';
 * const s = defineSchedule({ timeZone: 'Asia/Kolkata', weekly: { mon: [['09:30', '18:00']] } });
 * isOpen(s, new Date('2026-11-23T04:00:00Z')); // => true
 * isOpen(s, new Date('2026-11-23T03:59:00Z')); // => false
 * ```
 */
export function isOpen(schedule: Schedule, at: Date): boolean {
  const c = compiledOf(schedule);
  return endOfIntervalAt(c, instantArg(at, 'at')) !== undefined;
}

/**
 * When the schedule next opens strictly after `after`: while closed, the start of the next open
 * period; while open, the start of the next disjoint open period. `null` when it never opens again.
 *
 * @example
 * ```ts
 * import { defineSchedule, nextOpening } from 'walletdesk/hours';
 * const s = defineSchedule({ timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } });
 * nextOpening(s, new Date('2026-11-23T18:00:00Z'))?.toISOString(); // => '2026-11-30T09:00:00.000Z'
 * ```
 */
export function nextOpening(schedule: Schedule, after: Date): Date | null {
  const c = compiledOf(schedule);
  const t = instantArg(after, 'after');
  const horizon = horizonMs(c, t);
  let candidate = firstStartAfter(c, t, horizon);
  // A start that continues a period from a neighbouring block is not an opening.
  while (candidate !== undefined && endOfIntervalAt(c, candidate - 1) !== undefined) {
    candidate = firstStartAfter(c, candidate, horizon);
  }
  return candidate === undefined ? null : new Date(candidate);
}

/**
 * When the schedule next closes strictly after `after`: while open, the end of the current open
 * period; while closed, the end of the next open period. `null` when it never closes (24/7).
 *
 * @example
 * ```ts
 * import { defineSchedule, nextClosing } from 'walletdesk/hours';
 * const s = defineSchedule({ timeZone: 'America/Los_Angeles', weekly: { fri: [['22:00', '02:00']] } });
 * nextClosing(s, new Date('2026-11-28T07:00:00Z'))?.toISOString(); // => '2026-11-28T10:00:00.000Z'
 * ```
 */
export function nextClosing(schedule: Schedule, after: Date): Date | null {
  const c = compiledOf(schedule);
  const t = instantArg(after, 'after');
  const horizon = horizonMs(c, t);
  let end = endOfIntervalAt(c, t);
  if (end === undefined) {
    const opening = nextOpening(schedule, after);
    if (opening === null) return null;
    end = endOfIntervalAt(c, opening.getTime()) as number;
  }
  for (;;) {
    if (end > horizon) return null;
    const further = endOfIntervalAt(c, end);
    if (further === undefined) return new Date(end);
    end = further;
  }
}

/**
 * The open periods that overlap `[from, to)`, merged and clipped to that range, in order.
 *
 * @example
 * ```ts
 * import { defineSchedule, openIntervals } from 'walletdesk/hours';
 * const s = defineSchedule({ timeZone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['12:00', '17:00']] } });
 * const monday = openIntervals(s, new Date('2026-11-23T00:00:00Z'), new Date('2026-11-24T00:00:00Z'));
 * monday.map((i) => [i.start.toISOString(), i.end.toISOString()]); // => [['2026-11-23T09:00:00.000Z', '2026-11-23T17:00:00.000Z']]
 * ```
 */
export function openIntervals(schedule: Schedule, from: Date, to: Date): OpenInterval[] {
  const c = compiledOf(schedule);
  const start = instantArg(from, 'from');
  const stop = instantArg(to, 'to');
  const out: OpenInterval[] = [];
  if (stop <= start) return out;
  let cursor = start;
  let end = endOfIntervalAt(c, cursor);
  const horizon = Math.max(stop, horizonMs(c, start));
  for (;;) {
    if (end === undefined) {
      const next = firstStartAfter(c, cursor, horizon);
      if (next === undefined || next >= stop) break;
      cursor = next;
      end = endOfIntervalAt(c, cursor) as number;
    }
    let further = end < stop ? endOfIntervalAt(c, end) : undefined;
    while (further !== undefined && end < stop) {
      end = further;
      further = end < stop ? endOfIntervalAt(c, end) : undefined;
    }
    out.push({ start: new Date(cursor), end: new Date(Math.min(end, stop)) });
    if (end >= stop) break;
    cursor = end;
    end = undefined;
  }
  return out;
}
