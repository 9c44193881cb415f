/**
 * {@link fitProfile}: a `PeakProfile` learnt from when tickets were created, through
 * `fitProfile` of `walletdesk/hours` (the one owner of the fitting).
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { type FitProfileOptions, fitProfile as fitFromTimes, type PeakProfile } from '../hours/index.js';
import type { TimelineEvent } from '../tickets/index.js';

const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()), 'expected a valid Date');
const ticketSchema = z.object({ timeline: z.array(z.object({ at: validDate }).loose()).min(1) }).loose();

/**
 * Fits hour-of-week weights from the tickets' creation times (each timeline's `created` event).
 * Throws a `ValidationError` for an empty list or a ticket without a timeline.
 *
 * @example
 * ```ts
 * import { fitProfile } from 'walletdesk/insights';
 * const tickets = [2, 9, 16].map((day) => ({
 *   timeline: [{ type: 'created' as const, at: new Date(Date.UTC(2026, 10, day, 2, 30)), status: 'new' as const, priority: 'normal' as const }],
 * }));
 * const profile = fitProfile(tickets, { timeZone: 'Asia/Shanghai', smoothing: 0 });
 * profile.hourOfWeek[10] > 1; // => true
 * ```
 */
export function fitProfile(tickets: ReadonlyArray<{ readonly timeline: ReadonlyArray<TimelineEvent> }>, options: FitProfileOptions): PeakProfile {
  validate(z.array(z.unknown()).min(1, 'no tickets to fit'), tickets, ['tickets']);
  const times = tickets.map((t, i) => {
    const at = (t?.timeline?.[0] as { at?: unknown } | undefined)?.at;
    if (at instanceof Date && !Number.isNaN(at.getTime())) return at;
    return validate(ticketSchema, t, ['tickets', i]).timeline[0]?.at as Date;
  });
  return fitFromTimes(times, options);
}
