/**
 * The channels of a wallet ranked at a moment (hours judged by `walletdesk/hours` through
 * `findChannels`), and what the China calendar says a day is for a mainland China channel, with
 * an estimated day flagged.
 */
import { findChannels, type RankedChannel } from '../channels/index.js';
import { chinaMainlandEstimated, defineSchedule, holidayEstimate } from '../hours/index.js';
import { requireWallet } from './arguments.js';

/** The channels of `wallet` that publish hours, ranked at `at`. */
export function hoursChannels(wallet: unknown, at: Date): RankedChannel[] {
  return findChannels({ wallet: requireWallet(wallet), at }).filter((r) => r.channel.hours);
}

/** A schedule that only carries the China calendar, to ask it about days (never open). */
const chinaCalendarDays = defineSchedule({ timeZone: 'Asia/Shanghai', weekly: {}, calendar: chinaMainlandEstimated });
const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** What a China calendar day is, for the CLI's output. */
export interface ChinaDay {
  date: string;
  type: 'workday' | 'restday' | 'holiday';
  name?: string;
  estimated: boolean;
  /** The estimate sentence (walletdesk/hours' wording) when the day is estimated. */
  note?: string;
}

/** For a mainland China channel: the day `at` falls on in Shanghai, as the estimating China calendar has it. */
export function chinaDay(r: RankedChannel, at: Date): ChinaDay | undefined {
  if (r.channel.region !== 'CN') return undefined;
  const date = shanghaiDate.format(at);
  const info = chinaMainlandEstimated.dayInfo(date);
  const note = holidayEstimate(chinaCalendarDays, at, at)?.messageEn;
  return { date, ...info, ...(note ? { note } : {}) };
}
