/**
 * The queries on a schedule: {@link isOpen}, {@link nextOpening}, {@link nextClosing} and
 * {@link openIntervals}, answered by the block cache (`block-cache.ts`).
 *
 * `nextOpening` and `nextClosing` first try the answer inside the instant's own block, where the
 * merged intervals are complete; when the answer could depend on a neighbouring block (a period
 * that runs across the block's edge, a date the calendar does not cover) they fall back to the
 * general search, which walks blocks. Both give the same answer wherever the fast path answers.
 */
import {
  closingFrom,
  endOfIntervalAt,
  firstEndingAfter,
  firstStartAfter,
  firstStartIndexAfter,
  horizonMs,
  isOpenInBlock,
  knownBlockAt,
  nextOpeningAt,
} from './block-cache.js';
import { instantArg } from './instant.js';
import { compiledOf, type Schedule } from './schedule.js';

/** An open period `[start, end)`. */
export interface OpenInterval {
  /** The instant it opens. */
  start: Date;
  /** The instant it closes (exclusive). */
  end: Date;
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
  const t = instantArg(at, 'at');
  const block = knownBlockAt(c, t);
  return isOpenInBlock(block, t);
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
  // Fast path: the first start after t in t's own block, when the calendar answers for it and the
  // instant before it is closed in the same block (so it opens a period rather than continuing one).
  // That is what the general search below returns in that case, without its block walk.
  const block = knownBlockAt(c, t);
  const i = firstStartIndexAfter(block, t);
  const candidate = block.starts[i] as number;
  if (candidate < block.knownUntilMs && candidate - 1 >= t && candidate - 1 < block.endMs && (i === 0 || (block.ends[i - 1] as number) <= candidate - 1)) {
    return new Date(candidate);
  }
  const opening = nextOpeningAt(c, t);
  return opening === undefined ? null : new Date(opening);
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
  const block = knownBlockAt(c, t);
  // Fast path: the first interval ending after t is open at t, or opens later inside this block and
  // within the calendar's coverage; when its end also lies inside the block and the coverage, nothing
  // can continue it (the block merged every slot that could), so that end is the answer.
  const i = firstEndingAfter(block, t);
  const opening = block.starts[i] as number;
  const end = block.ends[i] as number;
  if ((opening <= t || (opening < block.endMs && opening < block.knownUntilMs)) && end < block.endMs && end < block.knownUntilMs) {
    return end > horizonMs(c, t) ? null : new Date(end);
  }
  const horizon = horizonMs(c, t);
  let current = endOfIntervalAt(c, t);
  if (current === undefined) {
    const next = nextOpeningAt(c, t);
    if (next === undefined) return null;
    current = endOfIntervalAt(c, next) as number;
  }
  return closingFrom(c, current, horizon);
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
