/**
 * A channel's published hours as a `walletdesk/hours` schedule, so open-now and next-opening come
 * from the one hours engine (time zones, DST, holidays and 调休 included).
 *
 * Which calendar: a channel in mainland China (`region: 'CN'`) whose week has rest days keeps
 * office hours, so it follows `chinaMainlandEstimated`: closed on public holidays, open with its
 * weekday hours on 调休 make-up weekends, and never crashing past the State Council's notices
 * (estimated days are flagged). A channel open every day of the week (24/7 and 7-day hotlines)
 * is taken to work through holidays, as those lines do, and follows its weekly hours alone.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { chinaMainlandEstimated, defineSchedule, type Schedule } from '../hours/index.js';
import { probe } from '../_internal/probe.js';
import { WEEKDAYS } from '../taxonomy/index.js';
import { type Channel, type ChannelHours, channelHoursSchema } from './schema.js';

/** Built once per channel; `null` for a channel that publishes no hours. */
const schedules = new WeakMap<Channel, Schedule | null>();

/** What `channelSchedule` reads of a channel; checked once per channel, when it is first seen. */
const channelArgument = z.looseObject({ hours: channelHoursSchema.nullish(), region: z.string().optional() });

/** True when the hours cover every minute of every day. */
export function isAlwaysOpen(hours: ChannelHours): boolean {
  return WEEKDAYS.every((day) => (hours.weekly[day] ?? []).some(([open, close]) => open === '00:00' && close === '24:00'));
}

function opensEveryDay(hours: ChannelHours): boolean {
  return WEEKDAYS.every((day) => (hours.weekly[day] ?? []).length > 0);
}

/**
 * The schedule of a channel's hours (built once per channel), or `undefined` when it publishes
 * none. Mainland China office-hours channels carry the estimating China calendar.
 *
 * @example
 * ```ts
 * import { channelSchedule, getWallet } from 'walletdesk/channels';
 * import { isOpen } from 'walletdesk/hours';
 * const phone = getWallet('cashapp').channels.find((c) => c.kind === 'phone')!;
 * isOpen(channelSchedule(phone)!, new Date('2026-11-24T15:00:00Z')); // => true
 * channelSchedule(getWallet('applepay').channels[0]!); // => undefined
 * ```
 */
export function channelSchedule(channel: Channel): Schedule | undefined {
  const known = typeof channel === 'object' && channel !== null ? schedules.get(channel) : undefined;
  if (known !== undefined) return known ?? undefined;
  validate(channelArgument, channel, ['channel']);
  const hours = channel.hours;
  let schedule: Schedule | null = null;
  if (hours) {
    probe('build-schedule');
    const office = channel.region === 'CN' && !opensEveryDay(hours);
    schedule = defineSchedule({ timeZone: hours.timeZone, weekly: hours.weekly, ...(office ? { calendar: chinaMainlandEstimated } : {}) });
  }
  schedules.set(channel, schedule);
  return schedule ?? undefined;
}
