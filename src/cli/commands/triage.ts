/** `walletdesk triage <message>`: classify a help request and say what to do, whom to contact and when. */
import type { CAC } from 'cac';
import { triage } from '../../triage/index.js';
import { flagText, parseAt, requireText, requireWallet } from '../arguments.js';
import { c, channelLine, formatWindow, out } from '../output.js';
import type { GlobalFlags } from './global-flags.js';

interface TriageFlags extends GlobalFlags {
  wallet?: unknown;
  region?: unknown;
  locale?: unknown;
  at?: unknown;
}

export function registerTriage(cli: CAC): void {
  cli
    .command('triage <message>', 'Classify a help request and say what to do, who to contact, when, and what to watch out for')
    .option('--wallet <id>', 'Wallet id (alipay, wechatpay, paypal, cashapp, …)')
    .option('--region <cc>', 'ISO 3166 region, e.g. CN')
    .option('--locale <zh|en>', 'Answer language (default: detected from the message)')
    .option('--at <iso>', 'Pretend it is this time (default: now)')
    .example('walletdesk triage "有人冒充客服让我转账到安全账户" --wallet alipay')
    .action((message: unknown, o: TriageFlags) => {
      const text = requireText(message, '<message>', 'walletdesk triage "my top-up failed" (the help request, in the user\'s words)');
      const region = flagText(o.region, '--region');
      const locale = flagText(o.locale, '--locale');
      const t = triage(text, {
        now: parseAt(o.at),
        ...(o.wallet !== undefined ? { wallet: requireWallet(o.wallet, '--wallet') } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(locale !== undefined ? { locale: locale as 'zh' | 'en' } : {}),
      });
      if (o.json) return out(t);
      const lines = [`${c.bold('Category:')} ${t.classification.category} (${Math.round(t.classification.confidence * 100)}%)  ${c.bold('Urgency:')} ${t.help.urgency}`];
      if (t.safety.verdict === 'suspicious') lines.push(`${c.red(c.bold('⚠ Warning:'))} ${t.safety.warnings.map((w) => c.red(w)).join('\n  ')}`);
      lines.push(c.bold(t.help.title), ...t.help.steps.map((s, i) => `  ${i + 1}. ${s}`));
      if (t.help.prepare.length) lines.push(c.bold('Have ready:'), ...t.help.prepare.map((s) => `  - ${s}`));
      if (t.channels.length) lines.push(c.bold('Official channels:'), ...t.channels.slice(0, 5).map(channelLine));
      const best = t.bestTime[0];
      const zone = t.channels.find((r) => r.channel.hours)?.channel.hours?.timeZone ?? 'UTC';
      if (best) {
        // Critical and high urgency are told to call now, on the best open line; the rest get the quietest slot.
        const now = best.reasons.some((r) => r.code === 'urgent-now');
        lines.push(`${c.bold(now ? 'Contact now:' : 'Quietest time:')} ${formatWindow(best.start, best.end, zone)}`);
      }
      lines.push(`${c.bold('Ticket draft:')} ${t.ticketDraft.subject} [${t.ticketDraft.priority}]`);
      out(lines.join('\n'));
    });
}
