/** `walletdesk report`: the support insights report (volumes, peaks, reply times, SLA, CSAT, staffing) as one HTML file. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CAC } from 'cac';
import { renderReport, summarize } from '../../insights/index.js';
import { defineSlaPolicy } from '../../sla/index.js';
import { flagText, parseAt } from '../arguments.js';
import { out } from '../output.js';
import { UserError } from '../user-error.js';
import type { GlobalFlags } from './global-flags.js';
import { DEFAULT_TARGETS } from './sla.js';
import { readStore } from './support-store.js';

const DAY = 86_400_000;

export function registerReport(cli: CAC): void {
  cli
    .command('report', 'Write the support report (volumes, peak heatmap, reply times, SLA, CSAT) as one HTML file')
    .option('--store <file>', 'The ticket store file (as for `walletdesk ticket`)')
    .option('--out <file>', 'Where to write the HTML (required)')
    .option('--lang <en|zh>', 'Language of the page (default en)')
    .option('--zone <iana>', 'Time zone for days and hours of the week (default UTC)')
    .option('--days <n>', 'The period: the last n days up to --at (default 30)')
    .option('--at <iso>', 'End of the period (default: now)')
    .example('walletdesk report --store tickets.json --out report.html --lang zh --zone Asia/Shanghai')
    .action(async (o: GlobalFlags & { store?: unknown; out?: unknown; lang?: unknown; zone?: unknown; days?: unknown; at?: unknown }) => {
      const target = flagText(o.out, '--out');
      if (target === undefined || target.trim() === '') throw new UserError('--out: where to write the report, e.g. --out report.html', '--out');
      const lang = flagText(o.lang, '--lang') ?? 'en';
      if (lang !== 'en' && lang !== 'zh') throw new UserError(`--lang: "${lang}" is not one of en, zh`, '--lang');
      const timeZone = flagText(o.zone, '--zone') ?? 'UTC';
      const daysText = flagText(o.days, '--days') ?? '30';
      const days = Number(daysText);
      if (!/^\d+$/.test(daysText.trim()) || days < 1) throw new UserError(`--days: not a whole number of days: ${JSON.stringify(daysText)}`, '--days');
      const to = parseAt(o.at);
      const from = new Date(to.getTime() - days * DAY);
      const { tickets, file } = await readStore(o.store);
      const summary = summarize(tickets, { from, to, timeZone, policy: defineSlaPolicy({ targets: DEFAULT_TARGETS }) });
      const path = resolve(target);
      writeFileSync(path, renderReport(summary, { lang }));
      out(o.json ? { out: path, store: file, tickets: tickets.length, from, to } : `Wrote ${path} (${tickets.length} tickets in ${file}, ${from.toISOString().slice(0, 10)} – ${to.toISOString().slice(0, 10)})`);
    });
}
