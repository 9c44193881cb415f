/**
 * The block-cache engine behind the schedule queries (`open-periods.ts`): turns a compiled
 * schedule's slots into merged open intervals a block of civil days at a time.
 *
 * Slots are turned into instants a block of civil days at a time and merged; each block is cached on
 * the compiled schedule (a bounded, direct-mapped cache) with an hour-by-hour index into its
 * intervals, so a query is a multiplication, two array reads and a short scan once its block is
 * built. Which civil days a block holds is plain integer arithmetic; only building a block (the
 * wall-time → instant conversion) asks `Intl`, so steady-state queries never do.
 *
 * Days outside the years 0001–9999 cannot be named as `YYYY-MM-DD`, so a calendar is not asked
 * about them: they keep their weekly hours.
 */
import { isOutOfCoverageError, OutOfCoverageError } from '../errors/index.js';
import { DAY_MS, formatCivilDate, weekdayIndex } from './civil-date.js';
import type { CompiledSchedule, MinuteSlot } from './schedule.js';
import { dayConverter, localToInstant } from '../_internal/zone.js';

/** Civil days per cached block. */
const BLOCK_DAYS = 28;
/**
 * Blocks cached per schedule. The cache is direct-mapped: block k lives in slot k mod CACHE_SLOTS and
 * replaces whatever was there, so a schedule never holds more than CACHE_SLOTS blocks however many
 * instants it is asked about. 64 consecutive blocks span about 5 years, so a search that walks to a
 * calendar's end does not evict its own blocks; each block is ~6.5 KB with its quarter-hour index,
 * so a schedule holds ~420 KB at most, reached only by queries spread over 5 years (the usual
 * queries near `now` touch one or two blocks).
 */
const CACHE_SLOTS = 64;
/** Width of one entry of a block's quarter-hour index. */
const QUARTER_MS = 900_000;
const QUARTERS_PER_MS = 1 / QUARTER_MS;
/** Quarter-hour index entries: `interval index << 2 | state`. */
const CLOSED = 0;
const OPEN = 1;
const MIXED = 2;
/** Blocks with this many intervals or more (far beyond any real schedule) skip the index and binary-search. */
const MAX_INDEXED_INTERVALS = 1 << 14;
const BLOCKS_PER_MS = 1 / (BLOCK_DAYS * DAY_MS);
/** How far past the last dated fact (override, calendar coverage) a search goes before concluding "never". */
const SEARCH_TAIL_DAYS = 8;
/** Calendars without an end are consulted at most this far ahead. */
const MAX_CALENDAR_SEARCH_DAYS = 3660;

export interface Block {
  readonly index: number;
  /** Instants covered exactly: [startMs, endMs). */
  readonly startMs: number;
  readonly endMs: number;
  /**
   * Merged, sorted, disjoint open intervals from the block's days (they may reach past its edges),
   * `count` of them, followed by one sentinel interval [+∞, +∞) so scans need no bounds check.
   */
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /**
   * For each quarter hour from startMs: the index of the first interval that ends after the quarter
   * starts, shifted left by 2, and whether the schedule is CLOSED or OPEN all through that quarter or
   * MIXED. A lookup is one multiplication and one read, and only a MIXED quarter (one holding an
   * opening or closing) looks further. Undefined for blocks of MAX_INDEXED_INTERVALS intervals or
   * more; lookups then binary-search.
   */
  readonly quarters: Uint16Array | undefined;
  /** Instants outside [knownFromMs, knownUntilMs) depend on days the calendar does not cover. */
  readonly knownFromMs: number;
  readonly knownUntilMs: number;
  /** [startMs, endMs) ∩ [knownFromMs, knownUntilMs): instants a cached block answers for at once. */
  readonly answersFromMs: number;
  readonly answersUntilMs: number;
  readonly unknownDate: string | undefined;
}

const unknownDay = Symbol('unknown');

/** Day numbers of 0001-01-01 and 9999-12-31: the civil dates a calendar can be asked about. */
const FIRST_NAMED_DAY = -719_162;
const LAST_NAMED_DAY = 2_932_896;

function slotsForDay(c: CompiledSchedule, day: number): ReadonlyArray<MinuteSlot> | typeof unknownDay {
  const override = c.overrides.get(day);
  if (override !== undefined) return override;
  const weekday = weekdayIndex(day);
  const weekly = c.weekly[weekday] ?? [];
  if (c.calendar === undefined || day < FIRST_NAMED_DAY || day > LAST_NAMED_DAY) return weekly;
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
  const mergedStarts: number[] = [];
  const mergedEnds: number[] = [];
  for (const [s, e] of raw) {
    const last = mergedEnds.length - 1;
    if (last >= 0 && s <= (mergedEnds[last] as number)) {
      if (e > (mergedEnds[last] as number)) mergedEnds[last] = e;
    } else {
      mergedStarts.push(s);
      mergedEnds.push(e);
    }
  }
  const count = mergedStarts.length;
  const starts = new Float64Array(count + 1);
  const ends = new Float64Array(count + 1);
  starts.set(mergedStarts);
  ends.set(mergedEnds);
  starts[count] = Number.POSITIVE_INFINITY;
  ends[count] = Number.POSITIVE_INFINITY;
  const startMs = localToInstant(c.timeZone, firstDay * DAY_MS);
  const endMs = localToInstant(c.timeZone, (firstDay + BLOCK_DAYS) * DAY_MS);
  let quarters: Uint16Array | undefined;
  if (count < MAX_INDEXED_INTERVALS) {
    quarters = new Uint16Array(Math.ceil((endMs - startMs) / QUARTER_MS));
    let i = 0;
    for (let q = 0; q < quarters.length; q++) {
      const from = startMs + q * QUARTER_MS;
      const to = from + QUARTER_MS;
      while ((ends[i] as number) <= from) i++;
      const s = starts[i] as number;
      const state = s <= from && (ends[i] as number) >= to ? OPEN : s >= to ? CLOSED : MIXED;
      quarters[q] = (i << 2) | state;
    }
  }
  return {
    index,
    startMs,
    endMs,
    count,
    starts,
    ends,
    quarters,
    knownFromMs,
    knownUntilMs,
    answersFromMs: Math.max(startMs, knownFromMs),
    answersUntilMs: Math.min(endMs, knownUntilMs),
    unknownDate,
  };
}

/**
 * The quarter-hour index entry for `t`, inside the block's range. `t` and startMs are whole
 * milliseconds, so adding half a millisecond keeps the product off every quarter boundary: the
 * multiplication's rounding (far below 0.5 ms / 15 min) cannot move it into the wrong quarter.
 */
function quarterEntry(quarters: Uint16Array, block: Block, t: number): number {
  return quarters[((t - block.startMs + 0.5) * QUARTERS_PER_MS) | 0] as number;
}

function isBeforeCoverage(c: CompiledSchedule, day: number): boolean {
  const from = c.calendar?.coverage?.from;
  return from !== undefined && formatCivilDate(day) < from;
}

function blockByIndex(c: CompiledSchedule, index: number): Block {
  const slot = index & (CACHE_SLOTS - 1);
  let block = c.blocks[slot] as Block | undefined;
  if (block === undefined || block.index !== index) {
    block = buildBlock(c, index);
    c.blocks[slot] = block;
  }
  return block;
}

/**
 * The block whose exact range holds `t`. Block k holds the local days [28k, 28k + 28), and a local
 * date is within a day of the UTC date, so the UTC guess is right but within a day of either edge
 * and off by one there. Multiplying by the reciprocal (instead of dividing) may misround the guess
 * only at an exact edge, which the same check corrects.
 */
function blockAt(c: CompiledSchedule, t: number): Block {
  const index = Math.floor(t * BLOCKS_PER_MS);
  let block = c.blocks[index & (CACHE_SLOTS - 1)] as Block | undefined;
  if (block === undefined || block.index !== index) block = blockByIndex(c, index);
  if (t < block.startMs) return blockByIndex(c, index - 1);
  if (t >= block.endMs) return blockByIndex(c, index + 1);
  return block;
}

/**
 * The block holding `t`, after checking that the calendar answers for `t` (else OutOfCoverageError).
 * The common case is one read: the slot of the UTC guess, truncated rather than floored (a wrong
 * guess, e.g. before 1970 or near a block edge, just misses), whose block answers for `t`.
 */
export function knownBlockAt(c: CompiledSchedule, t: number): Block {
  const cached = c.blocks[(t * BLOCKS_PER_MS) & (CACHE_SLOTS - 1)] as Block | undefined;
  if (cached !== undefined && t >= cached.answersFromMs && t < cached.answersUntilMs) return cached;
  const block = blockAt(c, t);
  assertKnown(c, block, t);
  return block;
}

function coverageError(c: CompiledSchedule, block: Block): OutOfCoverageError {
  const coverage = c.calendar?.coverage ?? { from: '-', to: '-' };
  return new OutOfCoverageError(block.unknownDate ?? '?', coverage, c.calendar?.name ?? 'calendar');
}

function assertKnown(c: CompiledSchedule, block: Block, t: number): void {
  if (t < block.knownFromMs || t >= block.knownUntilMs) throw coverageError(c, block);
}

/**
 * Index of the first interval of `block` that ends after `t` (the sentinel when none does). `t` is
 * inside the block's range. Because the intervals are disjoint and sorted, `t` is open exactly when
 * that interval has started.
 */
export function firstEndingAfter(block: Block, t: number): number {
  const { ends, quarters } = block;
  let i: number;
  if (quarters !== undefined) {
    i = quarterEntry(quarters, block, t) >> 2;
  } else {
    let lo = 0;
    let hi = block.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) <= t) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
  }
  while ((ends[i] as number) <= t) i++;
  return i;
}

/** Whether `t` (inside the block's range and its calendar coverage) is in an open interval. */
export function isOpenInBlock(block: Block, t: number): boolean {
  const quarters = block.quarters;
  if (quarters !== undefined) {
    const state = quarterEntry(quarters, block, t) & 3;
    if (state !== MIXED) return state === OPEN;
  }
  return (block.starts[firstEndingAfter(block, t)] as number) <= t;
}

/** Index of the first interval of `block` that starts after `t` (the sentinel when none does); `t` may lie outside the block. */
export function firstStartIndexAfter(block: Block, t: number): number {
  if (t >= block.startMs && t < block.endMs) {
    const i = firstEndingAfter(block, t);
    return (block.starts[i] as number) <= t ? i + 1 : i;
  }
  let lo = 0;
  let hi = block.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((block.starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the interval containing t, or undefined when closed at t. */
export function endOfIntervalAt(c: CompiledSchedule, t: number): number | undefined {
  const block = knownBlockAt(c, t);
  const i = firstEndingAfter(block, t);
  return (block.starts[i] as number) <= t ? (block.ends[i] as number) : undefined;
}

export function horizonMs(c: CompiledSchedule, t: number): number {
  const day = Math.floor(t / DAY_MS) + 1;
  let last = Math.max(day, c.lastOverrideDay);
  if (c.calendar !== undefined) last = Math.max(last, Math.min(c.calendarToDay, day + MAX_CALENDAR_SEARCH_DAYS));
  return (last + SEARCH_TAIL_DAYS + 1) * DAY_MS;
}

/** The first interval start strictly after t, or undefined before the horizon. */
export function firstStartAfter(c: CompiledSchedule, t: number, horizon: number): number | undefined {
  let index = blockAt(c, t).index;
  assertKnown(c, blockByIndex(c, index), t);
  for (;;) {
    const block = blockByIndex(c, index);
    if (block.startMs > horizon) return undefined;
    const i = firstStartIndexAfter(block, t);
    const candidate = block.starts[i] as number;
    if (i < block.count && candidate < block.knownUntilMs) return candidate;
    if (block.knownUntilMs !== Number.POSITIVE_INFINITY) throw coverageError(c, block);
    index++;
  }
}

/** The general search for the next opening strictly after t, which may cross blocks. */
export function nextOpeningAt(c: CompiledSchedule, t: number): number | undefined {
  const horizon = horizonMs(c, t);
  let candidate = firstStartAfter(c, t, horizon);
  // A start that continues a period from a neighbouring block is not an opening.
  while (candidate !== undefined && endOfIntervalAt(c, candidate - 1) !== undefined) {
    candidate = firstStartAfter(c, candidate, horizon);
  }
  return candidate;
}

/** The next closing from an instant inside an open period that ends at `end`: follow it across blocks. */
export function closingFrom(c: CompiledSchedule, end: number, horizon: number): Date | null {
  for (;;) {
    if (end > horizon) return null;
    const further = endOfIntervalAt(c, end);
    if (further === undefined) return new Date(end);
    end = further;
  }
}
