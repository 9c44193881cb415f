/** `walletdesk contacts <wallet>`: official contact channels, best first. */
import type { CAC } from 'cac';
import { CHANNEL_CATEGORIES, type ChannelCategory, findChannels } from '../../channels/index.js';
import { flagText, parseAt, requireWallet } from '../arguments.js';
import { c, channelLine, out } from '../output.js';
import { UserError } from '../user-error.js';
import type { GlobalFlags } from './global-flags.js';

interface ContactsFlags extends GlobalFlags {
  category?: unknown;
  region?: unknown;
  openNow?: boolean;
  at?: unknown;
}

export function registerContacts(cli: CAC): void {
  cli
    .command('contacts <wallet>', 'List official contact channels, best first')
    .option('--category <id>', `Problem category (${CHANNEL_CATEGORIES.slice(0, 4).join(', ')}, …)`)
    .option('--region <cc>', 'ISO 3166 region')
    .option('--open-now', 'Only channels open now (or always open)')
    .option('--at <iso>', 'Pretend it is this time')
    .action((wallet: unknown, o: ContactsFlags) => {
      const category = flagText(o.category, '--category');
      if (category !== undefined && !(CHANNEL_CATEGORIES as readonly string[]).includes(category)) {
        throw new UserError(`--category: unknown "${category}": one of ${CHANNEL_CATEGORIES.join(', ')}`, '--category');
      }
      const region = flagText(o.region, '--region');
      let ranked = findChannels({
        wallet: requireWallet(wallet),
        at: parseAt(o.at),
        ...(category !== undefined ? { category: category as ChannelCategory } : {}),
        ...(region !== undefined ? { region } : {}),
      });
      if (o.openNow) ranked = ranked.filter((r) => r.availability === 'open' || r.availability === 'always');
      if (o.json) return out(ranked);
      out(ranked.length ? ranked.map(channelLine).join('\n') : c.yellow('No matching channels.'));
    });
}
