/** `walletdesk best-time <wallet>`: the next quiet windows to reach a human. */
import type { CAC } from 'cac';
import { channelSchedule } from '../../channels/index.js';
import { bestTimeToContact, defaultPeakProfile } from '../../hours/index.js';
import { flagText, parseAt } from '../arguments.js';
import { hoursChannels } from '../channel-hours.js';
import { c, formatWindow, out } from '../output.js';
import { UserError } from '../user-error.js';
import type { GlobalFlags } from './global-flags.js';

export function registerBestTime(cli: CAC): void {
  cli
    .command('best-time <wallet>', 'The next quiet windows to reach a human')
    .option('--at <iso>', 'Pretend it is this time')
    .option('--between <HH:MM-HH:MM>', "Only suggest these local hours of the line's time zone", { default: '08:00-22:00' })
    .action((wallet: unknown, o: GlobalFlags & { at?: unknown; between?: unknown }) => {
      const now = parseAt(o.at);
      const betweenText = flagText(o.between, '--between') ?? '08:00-22:00';
      const between = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(betweenText);
      if (!between?.[1] || !between[2]) throw new UserError(`--between: expected HH:MM-HH:MM, e.g. 08:00-22:00, got "${betweenText}"`, '--between');
      const top = hoursChannels(wallet, now).find((r) => r.channel.kind !== 'faq');
      const schedule = top ? channelSchedule(top.channel) : undefined;
      if (!top || !schedule) throw new UserError(`"${String(wallet)}" publishes no hours for a human channel`, '<wallet>');
      const windows = bestTimeToContact(defaultPeakProfile, schedule, { now, limit: 3, acceptableHours: { from: between[1], to: between[2] } });
      if (o.json) return out({ channel: top.channel, windows });
      out(
        [
          `${c.bold('Channel:')} ${top.channel.kind} ${top.channel.value}`,
          ...windows.map((w) => `  ${formatWindow(w.start, w.end, top.channel.hours?.timeZone ?? 'UTC')}  ${c.dim(w.reasons.map((r) => r.message).join('; '))}`),
        ].join('\n'),
      );
    });
}
