/**
 * {@link bestTimeToContact}: the quietest open windows ahead, ranked by a peak profile, each with the
 * reasons for its rank so a UI can say "usually quiet on weekday afternoons".
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { DAY_MS } from './civil-date.js';
import { instantSchema } from './instant.js';
import { openIntervals } from './open-periods.js';
import { loadAt, type PeakProfile, validateProfile } from './peak-profile.js';
import { compiledOf, type Schedule } from './schedule.js';
import { toLocalMs } from './zone.js';

const HOUR_MS = 3_600_000;

/** Why a window ranks where it does. */
export type ContactReasonCode = 'quiet-hour' | 'typical-hour' | 'busy-hour' | 'month-end' | 'around-holiday';

/** One ranked window. */
export interface ContactWindow {
  /** When the window starts (the line is open throughout). */
  start: Date;
  /** When it ends (exclusive). */
  end: Date;
  /** Expected load relative to an average hour; lower is better. */
  expectedLoad: number;
  /** The reasons, as codes with a sentence each. */
  reasons: Array<{ code: ContactReasonCode; message: string }>;
}

/** Options of {@link bestTimeToContact}. */
export interface BestTimeOptions {
  /** The current instant; windows never start before it. */
  now: Date;
  /** Start of the search; `now` unless given. */
  from?: Date;
  /** End of the search; 7 days after `from` unless given. */
  to?: Date;
  /** How many windows to return; 3 unless given. */
  limit?: number;
  /** Shortest useful window in minutes; 30 unless given. */
  minMinutes?: number;
  /**
   * Only suggest times inside these local hours, e.g. `{ from: '08:00', to: '22:00' }` so a 24/7
   * hotline is not suggested at 03:00 just because it is quiet then. `timeZone` defaults to the
   * schedule's; `from > to` spans midnight. Unless given, any open time may be suggested.
   */
  acceptableHours?: { from: string; to: string; timeZone?: string };
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

/** Hours are called quiet or busy against the average open hour in the search, ±15 %. */
function describe(hourWeight: number, openMean: number, monthEnd: boolean, aroundHoliday: boolean, profile: PeakProfile): ContactWindow['reasons'] {
  const x = `${(hourWeight / openMean).toFixed(2)}× the average open hour`;
  const reasons: ContactWindow['reasons'] = [
    hourWeight < 0.85 * openMean
      ? { code: 'quiet-hour', message: `usually quiet at this time of the week (${x})` }
      : hourWeight > 1.15 * openMean
        ? { code: 'busy-hour', message: `usually busy at this time of the week (${x})` }
        : { code: 'typical-hour', message: `typical load at this time of the week (${x})` },
  ];
  if (monthEnd) reasons.push({ code: 'month-end', message: `month-end rush (×${profile.monthEnd.factor})` });
  if (aroundHoliday) reasons.push({ code: 'around-holiday', message: `close to a public holiday (×${profile.aroundHolidays.factor})` });
  return reasons;
}

/**
 * The best times to contact a line: its open periods in `[from, to)` cut at local hour boundaries,
 * scored with the profile (and the schedule's calendar for the around-holiday factor), joined where
 * neighbours score the same, and ranked quietest first (earlier first on ties).
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
 * const [awake] = bestTimeToContact(defaultPeakProfile, always, { now: new Date('2026-11-23T00:00:00Z'), acceptableHours: { from: '08:00', to: '22:00' } });
 * awake?.start.toISOString(); // => '2026-11-24T07:00:00.000Z'
 * ```
 */
export function bestTimeToContact(profile: PeakProfile, schedule: Schedule, options: BestTimeOptions): ContactWindow[] {
  const p = validateProfile(profile);
  const c = compiledOf(schedule);
  const o = validate(optionsSchema, options, ['options']);
  const now = o.now.getTime();
  const from = Math.max(now, o.from?.getTime() ?? now);
  const to = o.to?.getTime() ?? from + 7 * DAY_MS;
  const minMs = (o.minMinutes ?? 30) * 60_000;
  const zone = p.timeZone ?? c.timeZone;
  type Piece = { start: number; end: number; load: number; hourWeight: number; monthEnd: boolean; aroundHoliday: boolean; key: string };
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
  // Time-weighted mean hour weight over everything open in the search.
  let weighted = 0;
  let span = 0;
  for (const piece of pieces) {
    weighted += piece.hourWeight * (piece.end - piece.start);
    span += piece.end - piece.start;
  }
  const openMean = span > 0 && weighted > 0 ? weighted / span : 1;
  const acceptable = o.acceptableHours;
  if (acceptable) {
    const zoneOfHours = acceptable.timeZone ?? c.timeZone;
    for (const piece of pieces) piece.end = clipToAcceptable(piece.start, piece.end, zoneOfHours, minutesOf(acceptable.from), minutesOf(acceptable.to));
  }
  return pieces
    .filter((w) => w.end - w.start >= minMs)
    .sort((a, b) => a.load - b.load || a.start - b.start)
    .slice(0, o.limit ?? 3)
    .map((w) => ({
      start: new Date(w.start),
      end: new Date(w.end),
      expectedLoad: Math.round(w.load * 1000) / 1000,
      reasons: describe(w.hourWeight, openMean, w.monthEnd, w.aroundHoliday, p),
    }));
}
