/**
 * {@link bestTimeToContact}: the quietest open windows ahead, ranked by a peak profile, each with the
 * reasons for its rank so a UI can say "usually quiet on weekday afternoons".
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { URGENCY_LEVELS, type Urgency } from '../taxonomy/index.js';
import { DAY_MS } from './civil-date.js';
import { instantSchema } from './instant.js';
import { holidayEstimate } from './holiday-estimate.js';
import { openIntervals } from './open-periods.js';
import { loadAt, type PeakProfile, validateProfile } from './peak-profile.js';
import { compiledOf, type Schedule } from './schedule.js';
import { toLocalMs } from '../_internal/zone.js';

const HOUR_MS = 3_600_000;

/** Why a window ranks where it does. */
export type ContactReasonCode =
  | 'quiet-hour'
  | 'typical-hour'
  | 'busy-hour'
  | 'month-end'
  | 'around-holiday'
  | 'urgent-now'
  | 'urgent-soonest'
  | 'estimated-holidays';

/** One reason, with its sentence in the asked locale and in both languages. */
export interface ContactReason {
  code: ContactReasonCode;
  /** In `options.locale` (English unless given). */
  message: string;
  messageEn: string;
  messageZh: string;
}

/** One ranked window. */
export interface ContactWindow {
  /** When the window starts (the line is open throughout). */
  start: Date;
  /** When it ends (exclusive). */
  end: Date;
  /** Expected load relative to an average hour; lower is better. */
  expectedLoad: number;
  /** Minutes from `now` until the window starts (0 when it is open now). */
  startsInMinutes: number;
  /** The queue wait expected in it: `averageQueueMinutes` × the expected load. */
  queueMinutes: number;
  /** True when the window's dates rest on estimated holiday data (see `holidayEstimate`). */
  estimated: boolean;
  /** The reasons, as codes with a sentence each. */
  reasons: ContactReason[];
}

/** Options of {@link bestTimeToContact}. */
export interface BestTimeOptions {
  /** The current instant; windows never start before it. */
  now: Date;
  /** Start of the search; `now` unless given. */
  from?: Date;
  /**
   * End of the search; 48 hours after `from` unless given. When nothing is open before it, the
   * search goes on (up to 14 days) and returns the first windows found.
   */
  to?: Date;
  /** How many windows to return; 3 unless given. */
  limit?: number;
  /** Shortest useful window in minutes; 30 unless given. */
  minMinutes?: number;
  /**
   * Only suggest times inside these local hours, e.g. `{ from: '08:00', to: '22:00' }` so a 24/7
   * hotline is not suggested at 03:00 just because it is quiet then. `timeZone` defaults to the
   * schedule's; `from > to` spans midnight. Unless given, any open time may be suggested.
   * Ignored for `critical` and `high` urgency: those are told to call now.
   */
  acceptableHours?: { from: string; to: string; timeZone?: string };
  /**
   * How urgent the problem is. `critical` and `high` get "now" when the line is open (else its
   * next opening) and then the soonest windows, whatever the load: money at risk does not wait
   * for a quiet hour. `normal` and `low` (the default) get the best trade of waiting against
   * queueing.
   */
  urgency?: Urgency;
  /** The queue wait, in minutes, at an average hour (load 1); 10 unless given. */
  averageQueueMinutes?: number;
  /**
   * What an hour of waiting for a window costs, in minutes of queueing; 1 unless given (waiting
   * 15 hours for a slot is worth it only if it saves 15 minutes on hold). 0 ranks by load alone.
   */
  waitCost?: number;
  /** Language of the reasons' `message`; `'en'` unless given. */
  locale?: 'en' | 'zh';
}

const optionsSchema = z.object({
  now: instantSchema,
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  limit: z.number().int().min(1).optional(),
  minMinutes: z.number().finite().nonnegative().optional(),
  acceptableHours: z
    .strictObject({
      from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
      to: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM'),
      timeZone: z.string().optional(),
    })
    .refine((a) => a.from !== a.to, 'from and to are the same time')
    .optional(),
  urgency: z.enum(URGENCY_LEVELS).optional(),
  averageQueueMinutes: z.number().finite().nonnegative().optional(),
  waitCost: z.number().finite().nonnegative().optional(),
  locale: z.enum(['en', 'zh']).optional(),
});

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Drops the part of `[start, end)` outside the acceptable local hours; returns the kept end, or `start` when none is kept. */
function clipToAcceptable(start: number, end: number, zone: string, fromMin: number, toMin: number): number {
  const minute = Math.floor((((toLocalMs(zone, start) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  const inside = fromMin < toMin ? minute >= fromMin && minute < toMin : minute >= fromMin || minute < toMin;
  if (!inside) return start;
  const left = (((toMin - minute) % 1440) + 1440) % 1440 || 1440;
  return Math.min(end, start + left * 60_000);
}

type Sentences = readonly [en: string, zh: string];

function reasonOf(code: ContactReasonCode, [en, zh]: Sentences, locale: 'en' | 'zh'): ContactReason {
  return { code, message: locale === 'zh' ? zh : en, messageEn: en, messageZh: zh };
}

/** Hours are called quiet or busy against the average open hour in the search, ±15 %. */
function describe(hourWeight: number, openMean: number, monthEnd: boolean, aroundHoliday: boolean, profile: PeakProfile, locale: 'en' | 'zh'): ContactReason[] {
  const r = (hourWeight / openMean).toFixed(2);
  const reasons: ContactReason[] = [
    hourWeight < 0.85 * openMean
      ? reasonOf('quiet-hour', [`usually quiet at this time of the week (${r}× the average open hour)`, `一周中这个时段通常较空闲（平均时段的 ${r} 倍）`], locale)
      : hourWeight > 1.15 * openMean
        ? reasonOf('busy-hour', [`usually busy at this time of the week (${r}× the average open hour)`, `一周中这个时段通常较忙（平均时段的 ${r} 倍）`], locale)
        : reasonOf('typical-hour', [`typical load at this time of the week (${r}× the average open hour)`, `这个时段的忙碌程度一般（平均时段的 ${r} 倍）`], locale),
  ];
  if (monthEnd) reasons.push(reasonOf('month-end', [`month-end rush (×${profile.monthEnd.factor})`, `月底高峰（×${profile.monthEnd.factor}）`], locale));
  if (aroundHoliday) reasons.push(reasonOf('around-holiday', [`close to a public holiday (×${profile.aroundHolidays.factor})`, `临近公共假期（×${profile.aroundHolidays.factor}）`], locale));
  return reasons;
}

const URGENT_NOW: Sentences = ['urgent: contact them now rather than waiting for a quieter time', '情况紧急：请现在就联系，不要等人少的时候'];
const URGENT_SOONEST: Sentences = ['urgent: the soonest the line is open', '情况紧急：这是最早能联系上的时间'];

/**
 * The best times to contact a line. Its open periods in `[from, to)` (48 hours unless given) are
 * cut at local hour boundaries, scored with the profile (and the schedule's calendar for the
 * around-holiday factor) and joined where neighbours score the same. Each is ranked by what it
 * costs the user: the queue wait expected in it (`averageQueueMinutes` × load) plus the wait until
 * it starts (`waitCost` minutes per hour), cheapest first, earlier on ties. `critical` and `high`
 * urgency get the line now when it is open (else its next opening), then the soonest windows.
 * Windows on estimated holiday dates say so (`estimated`, and an `'estimated-holidays'` reason).
 *
 * @example
 * ```ts
 * import { bestTimeToContact, defaultPeakProfile, defineSchedule } from 'walletdesk/hours';
 * const s = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { tue: [['09:00', '18:00']] } });
 * const [best] = bestTimeToContact(defaultPeakProfile, s, { now: new Date('2026-11-23T00:00:00Z') });
 * best?.start.toISOString(); // => '2026-11-24T07:00:00.000Z'
 * best?.reasons[0]?.code; // => 'quiet-hour'
 * // A 24/7 line, but only suggest waking hours:
 * const always = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: { mon: [['00:00', '24:00']], tue: [['00:00', '24:00']] } });
 * const [awake] = bestTimeToContact(defaultPeakProfile, always, { now: new Date('2026-11-22T16:00:00Z'), acceptableHours: { from: '08:00', to: '22:00' } });
 * awake?.start.toISOString(); // => '2026-11-23T00:00:00.000Z'
 * // Money at risk: now, whatever the load.
 * const [urgent] = bestTimeToContact(defaultPeakProfile, always, { now: new Date('2026-11-23T02:00:00Z'), urgency: 'critical' });
 * urgent?.start.toISOString(); // => '2026-11-23T02:00:00.000Z'
 * urgent?.reasons[0]?.code; // => 'urgent-now'
 * ```
 */
export function bestTimeToContact(profile: PeakProfile, schedule: Schedule, options: BestTimeOptions): ContactWindow[] {
  const p = validateProfile(profile);
  const c = compiledOf(schedule);
  const o = validate(optionsSchema, options, ['options']);
  const now = o.now.getTime();
  const from = Math.max(now, o.from?.getTime() ?? now);
  const minMs = (o.minMinutes ?? 30) * 60_000;
  const limit = o.limit ?? 3;
  const locale = o.locale ?? 'en';
  const zone = p.timeZone ?? c.timeZone;
  const urgent = o.urgency === 'critical' || o.urgency === 'high';
  const averageQueue = o.averageQueueMinutes ?? 10;
  const waitCost = o.waitCost ?? 1;
  type Piece = { start: number; end: number; load: number; hourWeight: number; monthEnd: boolean; aroundHoliday: boolean; key: string };

  const piecesUntil = (to: number): Piece[] => {
    const pieces: Piece[] = [];
    for (const interval of openIntervals(schedule, new Date(from), new Date(to))) {
      let cursor = interval.start.getTime();
      const end = interval.end.getTime();
      while (cursor < end) {
        const local = toLocalMs(zone, cursor);
        const next = Math.min(end, cursor + (HOUR_MS - (((local % HOUR_MS) + HOUR_MS) % HOUR_MS)));
        const parts = loadAt(p, cursor, c.timeZone, c.calendar);
        const key = `${parts.load}|${parts.monthEnd}|${parts.aroundHoliday}|${parts.hourWeight}`;
        const last = pieces.at(-1);
        if (last !== undefined && last.key === key && last.end === cursor) last.end = next;
        else pieces.push({ start: cursor, end: next, ...parts, key });
        cursor = next;
      }
    }
    const acceptable = o.acceptableHours;
    if (acceptable && !urgent) {
      const zoneOfHours = acceptable.timeZone ?? c.timeZone;
      for (const piece of pieces) piece.end = clipToAcceptable(piece.start, piece.end, zoneOfHours, minutesOf(acceptable.from), minutesOf(acceptable.to));
    }
    return pieces;
  };

  let to = o.to?.getTime() ?? from + 2 * DAY_MS;
  let pieces = piecesUntil(to);
  let fallback = false;
  if (o.to === undefined && !pieces.some((w) => w.end - w.start >= minMs)) {
    // Nothing open in the next 48 hours (a Spring Festival closure, a long weekend): look further
    // and offer the first windows rather than none.
    to = from + 14 * DAY_MS;
    pieces = piecesUntil(to);
    fallback = true;
  }
  // Time-weighted mean hour weight over everything open in the search.
  let weighted = 0;
  let span = 0;
  for (const piece of pieces) {
    weighted += piece.hourWeight * (piece.end - piece.start);
    span += piece.end - piece.start;
  }
  const openMean = span > 0 && weighted > 0 ? weighted / span : 1;
  const cost = (w: Piece) => averageQueue * w.load + (waitCost * (w.start - now)) / HOUR_MS;
  const useful = pieces.filter((w) => w.end - w.start >= minMs || (urgent && w.start === from));
  let ranked: Piece[];
  if (urgent || fallback) {
    // Soonest first, each open stretch whole: "now, until it closes" reads better than hour pieces.
    ranked = [];
    for (const piece of useful.sort((a, b) => a.start - b.start)) {
      const last = ranked.at(-1);
      if (last !== undefined && last.end === piece.start) last.end = piece.end;
      else ranked.push({ ...piece });
    }
  } else {
    ranked = useful.sort((a, b) => cost(a) - cost(b) || a.start - b.start);
  }
  return ranked.slice(0, limit).map((w, i) => {
    const reasons = describe(w.hourWeight, openMean, w.monthEnd, w.aroundHoliday, p, locale);
    if (urgent && i === 0) reasons.unshift(reasonOf(w.start <= now ? 'urgent-now' : 'urgent-soonest', w.start <= now ? URGENT_NOW : URGENT_SOONEST, locale));
    const estimate = holidayEstimate(schedule, new Date(w.start), new Date(w.end));
    if (estimate !== undefined) reasons.push(reasonOf('estimated-holidays', [estimate.messageEn, estimate.messageZh], locale));
    return {
      start: new Date(w.start),
      end: new Date(w.end),
      expectedLoad: Math.round(w.load * 1000) / 1000,
      startsInMinutes: Math.round((w.start - now) / 60_000),
      queueMinutes: Math.round(averageQueue * w.load * 10) / 10,
      estimated: estimate !== undefined,
      reasons,
    };
  });
}
