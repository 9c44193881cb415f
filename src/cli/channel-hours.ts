/** The channels of a wallet ranked at a moment, with the hours engine the CLI judges them by. */
import { findChannels, type RankedChannel } from '../channels/find-channels.js';
import { hoursEngineFrom } from '../channels/hours-adapter.js';
import { isOpen, nextOpening } from '../hours/open-periods.js';
import { defineSchedule } from '../hours/schedule.js';
import { requireWallet } from './arguments.js';

/** The hours engine of `walletdesk/hours`, for `findChannels`. */
export const hoursEngine = hoursEngineFrom({ defineSchedule, isOpen, nextOpening });

/** The channels of `wallet` that publish hours, ranked at `at`. */
export function hoursChannels(wallet: unknown, at: Date): RankedChannel[] {
  return findChannels({ wallet: requireWallet(wallet), at, hours: hoursEngine }).filter((r) => r.channel.hours);
}
