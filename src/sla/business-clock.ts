/**
 * Business minutes on a schedule: how much open time lies between two instants, and the instant
 * at which a given amount of open time has passed. SLA timers ask this several times per ticket,
 * so open periods are fetched from `walletdesk/hours` a week at a time, kept as typed arrays with
 * running totals, and a query is a binary search.
 *
 * Only the public hours API is used (`openIntervals`); an `OutOfCoverageError` from a calendar
 * surfaces for instants past the calendar's data, never for instants it covers.
 */
import { isOutOfCoverageError } from '../errors/index.js';
import { openIntervals, type Schedule } from '../hours/index.js';

const WEEK_MS = 7 * 86_400_000;
/** How far `advance` looks for open time before concluding the schedule never opens again. */
const MAX_SEARCH_WEEKS = 530;
/** Weeks cached per schedule before the cache is dropped and rebuilt (~10 years of weeks). */
const MAX_CACHED_WEEKS = 520;

/** Open time as a function of instants (all in epoch milliseconds). */
export interface BusinessClock {
  /** Open milliseconds in `[a, b)`; 0 when `b <= a`. */
  openMs(a: number, b: number): number;
  /**
   * The earliest instant `t >= a` with `openMs(a, t) === need`, or `undefined` when the schedule
   * does not open for that long within ~10 years.
   */
  advance(a: number, need: number): number | undefined;
}

/** A 24/7 clock: every millisecond counts. */
export const alwaysOpenClock: BusinessClock = {
  openMs: (a, b) => (b > a ? b - a : 0),
  advance: (a, need) => a + need,
};

interface Week {
  readonly start: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cum[i]: open ms of the intervals before i; cum[count] is the week's total. */
  readonly cum: Float64Array;
  /** The week answers for instants before this; later ones rethrow `error`. */
  readonly knownUntil: number;
  readonly error: unknown;
}

function fetchIntervals(schedule: Schedule, from: number, to: number): { starts: Float64Array; ends: Float64Array; cum: Float64Array } {
  const list = openIntervals(schedule, new Date(from), new Date(to));
  const starts = new Float64Array(list.length);
  const ends = new Float64Array(list.length);
  const cum = new Float64Array(list.length + 1);
  for (let i = 0; i < list.length; i++) {
    const interval = list[i] as { start: Date; end: Date };
    starts[i] = interval.start.getTime();
    ends[i] = interval.end.getTime();
    cum[i + 1] = (cum[i] as number) + (ends[i] as number) - (starts[i] as number);
  }
  return { starts, ends, cum };
}

function buildWeek(schedule: Schedule, index: number): Week {
  const start = index * WEEK_MS;
  try {
    return { start, ...fetchIntervals(schedule, start, start + WEEK_MS), knownUntil: Number.POSITIVE_INFINITY, error: undefined };
  } catch (error) {
    if (!isOutOfCoverageError(error)) throw error;
    // The calendar's data ends inside this week: keep the hours it does answer for.
    let lo = 0;
    let hi = 7 * 24;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        openIntervals(schedule, new Date(start), new Date(start + mid * 3_600_000));
        lo = mid;
      } catch (inner) {
        if (!isOutOfCoverageError(inner)) throw inner;
        hi = mid - 1;
      }
    }
    const knownUntil = start + lo * 3_600_000;
    return { start, ...fetchIntervals(schedule, start, knownUntil), knownUntil, error };
  }
}

/** Open ms of the week before `t` (t inside the week). */
function openBefore(week: Week, t: number): number {
  if (t > week.knownUntil) throw week.error;
  const { starts, ends, cum } = week;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  const i = lo - 1;
  return (cum[i] as number) + Math.min(t, ends[i] as number) - (starts[i] as number);
}

function weekTotal(week: Week): number {
  if (week.knownUntil !== Number.POSITIVE_INFINITY) throw week.error;
  return week.cum[week.cum.length - 1] as number;
}

const clocks = new WeakMap<Schedule, BusinessClock>();

/** The business clock of a schedule (cached per schedule). */
export function businessClock(schedule: Schedule): BusinessClock {
  const known = clocks.get(schedule);
  if (known !== undefined) return known;
  const weeks = new Map<number, Week>();
  // Timers ask in runs on the same week, and each step's end is the next step's start: remember
  // the last week and the last answer so most questions cost one binary search.
  let lastIndex = Number.NaN;
  let lastWeek: Week | undefined;
  let memoT = Number.NaN;
  let memoWeek: Week | undefined;
  let memoValue = 0;
  const weekAt = (index: number): Week => {
    if (index === lastIndex) return lastWeek as Week;
    let week = weeks.get(index);
    if (week === undefined) {
      if (weeks.size >= MAX_CACHED_WEEKS) weeks.clear();
      week = buildWeek(schedule, index);
      weeks.set(index, week);
    }
    lastIndex = index;
    lastWeek = week;
    return week;
  };
  const before = (week: Week, t: number): number => {
    if (t === memoT && week === memoWeek) return memoValue;
    memoValue = openBefore(week, t);
    memoT = t;
    memoWeek = week;
    return memoValue;
  };
  const clock: BusinessClock = {
    openMs(a, b) {
      if (b <= a) return 0;
      const ia = Math.floor(a / WEEK_MS);
      const ib = Math.floor(b / WEEK_MS);
      const wa = weekAt(ia);
      if (ia === ib) {
        const start = before(wa, a);
        return before(wa, b) - start;
      }
      let sum = weekTotal(wa) - before(wa, a);
      for (let i = ia + 1; i < ib; i++) sum += weekTotal(weekAt(i));
      return sum + before(weekAt(ib), b);
    },
    advance(a, need) {
      if (need <= 0) return a;
      let index = Math.floor(a / WEEK_MS);
      let week = weekAt(index);
      // Target open-ms position inside the current week.
      let target = before(week, a) + need;
      for (let n = 0; n < MAX_SEARCH_WEEKS; n++) {
        const { starts, ends, cum } = week;
        const total = cum[cum.length - 1] as number;
        if (target <= total) {
          // The first interval whose running total reaches the target: the earliest such instant.
          let lo = 0;
          let hi = starts.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((cum[mid + 1] as number) >= target) hi = mid;
            else lo = mid + 1;
          }
          const t = (starts[lo] as number) + target - (cum[lo] as number);
          if (t > week.knownUntil) throw week.error;
          return Math.min(t, ends[lo] as number);
        }
        if (week.knownUntil !== Number.POSITIVE_INFINITY) throw week.error;
        target -= total;
        index++;
        week = weekAt(index);
      }
      return undefined;
    },
  };
  clocks.set(schedule, clock);
  return clock;
}
