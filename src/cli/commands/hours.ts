/** `walletdesk hours <wallet>`: the service hours of each channel and whether it is open. */
import type { CAC } from 'cac';
import { parseAt } from '../arguments.js';
import { hoursChannels } from '../channel-hours.js';
import { c, channelLine, out } from '../output.js';
import type { GlobalFlags } from './global-flags.js';

export function registerHours(cli: CAC): void {
  cli
    .command('hours <wallet>', 'Service hours of each channel and whether it is open')
    .option('--at <iso>', 'Check at this time (default: now)')
    .action((wallet: unknown, o: GlobalFlags & { at?: unknown }) => {
      const ranked = hoursChannels(wallet, parseAt(o.at));
      if (o.json) return out(ranked.map((r) => ({ channel: r.channel.value, kind: r.channel.kind, hours: r.channel.hours, availability: r.availability, opensAt: r.opensAt })));
      out(
        ranked.length
          ? ranked.map((r) => `${channelLine(r)}\n     ${c.dim(r.channel.hours?.text ?? JSON.stringify(r.channel.hours?.weekly))} (${r.channel.hours?.timeZone})`).join('\n')
          : c.yellow('No channel of this wallet publishes hours.'),
      );
    });
}
