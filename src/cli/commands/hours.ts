/** `walletdesk hours <wallet>`: the service hours of each channel and whether it is open. */
import type { CAC } from 'cac';
import { parseAt } from '../arguments.js';
import { chinaDay, hoursChannels } from '../channel-hours.js';
import { c, channelLine, out } from '../output.js';
import type { GlobalFlags } from './global-flags.js';

export function registerHours(cli: CAC): void {
  cli
    .command('hours <wallet>', 'Service hours of each channel and whether it is open')
    .option('--at <iso>', 'Check at this time (default: now)')
    .action((wallet: unknown, o: GlobalFlags & { at?: unknown }) => {
      const at = parseAt(o.at);
      const ranked = hoursChannels(wallet, at);
      if (o.json) {
        return out(
          ranked.map((r) => {
            const day = chinaDay(r, at);
            return { channel: r.channel.value, kind: r.channel.kind, hours: r.channel.hours, availability: r.availability, opensAt: r.opensAt, estimated: Boolean(r.estimated || day?.estimated), ...(day ? { day } : {}) };
          }),
        );
      }
      const line = (r: (typeof ranked)[number]) => {
        const day = chinaDay(r, at);
        const dayLine = day ? `\n     ${day.date}: ${day.type}${day.name ? ` (${day.name})` : ''}${day.note ? c.yellow(` — estimated: ${day.note}`) : ''}` : '';
        return `${channelLine(r)}\n     ${c.dim(r.channel.hours?.text ?? JSON.stringify(r.channel.hours?.weekly))} (${r.channel.hours?.timeZone})${dayLine}`;
      };
      out(ranked.length ? ranked.map(line).join('\n') : c.yellow('No channel of this wallet publishes hours.'));
    });
}
