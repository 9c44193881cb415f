#!/usr/bin/env node
/**
 * The `walletdesk` command: triage a message, list official contacts, check a number or link,
 * show service hours and quiet times. Human output (coloured on a TTY unless NO_COLOR is set) or
 * `--json`. Exit codes: 0 ok, 1 user error, 2 `verify` found something suspicious.
 */
import { cac } from 'cac';
import pc from 'picocolors';
import { findChannels, type RankedChannel } from '../channels/find-channels.js';
import { hoursEngineFrom } from '../channels/hours-adapter.js';
import { listWallets } from '../channels/directory.js';
import { verifyContact } from '../channels/verify-contact.js';
import { CHANNEL_CATEGORIES, type ChannelCategory } from '../channels/find-channels.js';
import { isValidationError, isWalletdeskError } from '../errors/index.js';
import { bestTimeToContact } from '../hours/best-time.js';
import { isOpen, nextOpening } from '../hours/open-periods.js';
import { defaultPeakProfile } from '../hours/peak-profile.js';
import { defineSchedule } from '../hours/schedule.js';
import { triage } from '../triage/triage.js';
import { DEFAULT_STORE, runTicketCommand, type TicketCommandOptions } from './ticket-command.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

const useColor = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
const c = pc.createColors(useColor);
const hoursEngine = hoursEngineFrom({ defineSchedule, isOpen, nextOpening });

class UserError extends Error {}

/** A window in the channel's own time zone, e.g. `Thu 26 Nov 01:00–05:00 (Asia/Shanghai)`. */
function formatWindow(start: Date, end: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day.format(start)} ${time.format(start)}–${time.format(end)} (${timeZone})`;
}

interface Common {
  json?: boolean;
  locale?: 'zh' | 'en';
  region?: string;
  wallet?: string;
  at?: string;
}

function out(value: unknown): void {
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
}

function parseAt(at: string | undefined): Date {
  if (at === undefined) return new Date();
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new UserError(`--at: not a date/time: "${at}" (use ISO 8601, e.g. 2026-10-01T09:00:00+08:00)`);
  return d;
}

function requireWallet(wallet: string | undefined): string {
  if (!wallet) throw new UserError('missing <wallet>: one of ' + listWallets().map((w) => w.id).join(', '));
  if (!listWallets().some((w) => w.id === wallet)) throw new UserError(`unknown wallet "${wallet}": one of ${listWallets().map((w) => w.id).join(', ')}`);
  return wallet;
}

function availability(r: RankedChannel): string {
  if (r.availability === 'always') return c.green('24/7');
  if (r.availability === 'open') return c.green('open now');
  if (r.availability === 'closed') return c.yellow(`closed${r.opensAt ? `, opens ${r.opensAt.toISOString()}` : ''}`);
  return c.dim('hours unknown');
}

function channelLine(r: RankedChannel): string {
  return `  ${c.bold(String(r.rank))}. ${r.channel.kind.padEnd(7)} ${r.channel.value}  ${availability(r)}`;
}

const cli = cac('walletdesk');
cli.option('--json', 'Print JSON instead of text');

cli
  .command('triage <message>', 'Classify a help request and say what to do, who to contact, when, and what to watch out for')
  .option('--wallet <id>', 'Wallet id (alipay, wechatpay, paypal, cashapp, …)')
  .option('--region <cc>', 'ISO 3166 region, e.g. CN')
  .option('--locale <zh|en>', 'Answer language (default: detected from the message)')
  .option('--at <iso>', 'Pretend it is this time (default: now)')
  .example('walletdesk triage "有人冒充客服让我转账到安全账户" --wallet alipay')
  .action((message: string, o: Common) => {
    const t = triage(String(message), {
      now: parseAt(o.at),
      ...(o.wallet ? { wallet: requireWallet(o.wallet) } : {}),
      ...(o.region ? { region: o.region } : {}),
      ...(o.locale ? { locale: o.locale } : {}),
    });
    if (o.json) return out(t);
    const lines = [`${c.bold('Category:')} ${t.classification.category} (${Math.round(t.classification.confidence * 100)}%)  ${c.bold('Urgency:')} ${t.help.urgency}`];
    if (t.safety.verdict === 'suspicious') lines.push(c.red(c.bold('⚠ Warning:')) + ' ' + t.safety.warnings.map((w) => c.red(w)).join('\n  '));
    lines.push(c.bold(t.help.title), ...t.help.steps.map((s, i) => `  ${i + 1}. ${s}`));
    if (t.help.prepare.length) lines.push(c.bold('Have ready:'), ...t.help.prepare.map((s) => `  - ${s}`));
    if (t.channels.length) lines.push(c.bold('Official channels:'), ...t.channels.slice(0, 5).map(channelLine));
    const best = t.bestTime[0];
    const zone = t.channels.find((r) => r.channel.hours)?.channel.hours?.timeZone ?? 'UTC';
    if (best) lines.push(`${c.bold('Quietest time:')} ${formatWindow(best.start, best.end, zone)}`);
    lines.push(`${c.bold('Ticket draft:')} ${t.ticketDraft.subject} [${t.ticketDraft.priority}]`);
    out(lines.join('\n'));
  });

cli
  .command('contacts <wallet>', 'List official contact channels, best first')
  .option('--category <id>', `Problem category (${CHANNEL_CATEGORIES.slice(0, 4).join(', ')}, …)`)
  .option('--region <cc>', 'ISO 3166 region')
  .option('--open-now', 'Only channels open now (or always open)')
  .option('--at <iso>', 'Pretend it is this time')
  .action((wallet: string, o: Common & { category?: string; openNow?: boolean }) => {
    if (o.category && !(CHANNEL_CATEGORIES as readonly string[]).includes(o.category)) throw new UserError(`--category: unknown "${o.category}": one of ${CHANNEL_CATEGORIES.join(', ')}`);
    let ranked = findChannels({
      wallet: requireWallet(wallet),
      at: parseAt(o.at),
      hours: hoursEngine,
      ...(o.category ? { category: o.category as ChannelCategory } : {}),
      ...(o.region ? { region: o.region } : {}),
    });
    if (o.openNow) ranked = ranked.filter((r) => r.availability === 'open' || r.availability === 'always');
    if (o.json) return out(ranked);
    out(ranked.length ? ranked.map(channelLine).join('\n') : c.yellow('No matching channels.'));
  });

function hoursChannels(wallet: string, at: Date): RankedChannel[] {
  return findChannels({ wallet: requireWallet(wallet), at, hours: hoursEngine }).filter((r) => r.channel.hours);
}

cli
  .command('hours <wallet>', 'Service hours of each channel and whether it is open')
  .option('--at <iso>', 'Check at this time (default: now)')
  .action((wallet: string, o: Common) => {
    const ranked = hoursChannels(wallet, parseAt(o.at));
    if (o.json) return out(ranked.map((r) => ({ channel: r.channel.value, kind: r.channel.kind, hours: r.channel.hours, availability: r.availability, opensAt: r.opensAt })));
    out(ranked.length ? ranked.map((r) => `${channelLine(r)}\n     ${c.dim(r.channel.hours?.text ?? JSON.stringify(r.channel.hours?.weekly))} (${r.channel.hours?.timeZone})`).join('\n') : c.yellow('No channel of this wallet publishes hours.'));
  });

cli
  .command('best-time <wallet>', 'The next quiet windows to reach a human')
  .option('--at <iso>', 'Pretend it is this time')
  .option('--between <HH:MM-HH:MM>', "Only suggest these local hours of the line's time zone", { default: '08:00-22:00' })
  .action((wallet: string, o: Common & { between?: string }) => {
    const now = parseAt(o.at);
    const between = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(String(o.between ?? '08:00-22:00'));
    if (!between?.[1] || !between[2]) throw new UserError(`--between: expected HH:MM-HH:MM, e.g. 08:00-22:00, got "${o.between}"`);
    const top = hoursChannels(wallet, now).find((r) => r.channel.kind !== 'faq');
    if (!top?.channel.hours) throw new UserError(`"${wallet}" publishes no hours for a human channel`);
    const windows = bestTimeToContact(defaultPeakProfile, defineSchedule(top.channel.hours), { now, limit: 3, acceptableHours: { from: between[1], to: between[2] } });
    if (o.json) return out({ channel: top.channel, windows });
    out([`${c.bold('Channel:')} ${top.channel.kind} ${top.channel.value}`, ...windows.map((w) => `  ${formatWindow(w.start, w.end, top.channel.hours?.timeZone ?? 'UTC')}  ${c.dim(w.reasons.map((r) => r.message).join('; '))}`)].join('\n'));
  });

cli
  .command('verify <input>', 'Check a phone number, link or whole message against the official directory (exit 2 if suspicious)')
  .option('--wallet <id>', 'The wallet it claims to be')
  .option('--region <cc>', 'ISO 3166 region')
  .option('--locale <zh|en>', 'Language of the reasons')
  .action((input: string, o: Common) => {
    const v = verifyContact(String(input), {
      ...(o.wallet ? { wallet: requireWallet(o.wallet) } : {}),
      ...(o.region ? { region: o.region } : {}),
      ...(o.locale ? { locale: o.locale } : {}),
    });
    if (o.json) out(v);
    else {
      const head = v.verdict === 'official' ? c.green('✓ official') : v.verdict === 'suspicious' ? c.red(c.bold('⚠ suspicious')) : c.yellow('? unknown');
      out([head, ...v.reasons.map((r) => `  - ${r.message}`)].join('\n'));
    }
    if (v.verdict === 'suspicious') process.exitCode = 2;
  });

cli
  .command('ticket <action> [...args]', 'Tickets: create <subject> | list | show <id>')
  .option('--backend <memory|rest>', 'Where tickets live (default memory, saved to --store)')
  .option('--store <file>', `JSON file of the memory backend (default ${DEFAULT_STORE}, or WALLETDESK_STORE)`)
  .option('--base-url <url>', 'REST service URL (with --backend rest; token from WALLETDESK_TOKEN)')
  .option('--description <text>', 'create: the problem in the user\'s words')
  .option('--category <id>', 'create: a taxonomy category, e.g. top_up')
  .option('--priority <low|normal|high|urgent>', 'create: priority')
  .option('--channel <kind>', 'create: phone, chat, email, web, in_app or social')
  .option('--email <address>', 'create: the requester\'s email')
  .option('--status <list>', 'list: only these statuses, comma-separated')
  .option('--limit <n>', 'list: at most n tickets')
  .example('walletdesk ticket create "Top-up failed" --description "Card charged, balance unchanged" --category top_up')
  .example('WALLETDESK_TOKEN=… walletdesk ticket list --backend rest --base-url https://support.example.com/api/')
  .action(async (action: string, args: string[], o: TicketCommandOptions & Common) => {
    try {
      const result = await runTicketCommand(String(action), args.map(String), o);
      out(o.json ? result.json : result.text);
    } catch (error) {
      if (error instanceof Error && !isWalletdeskError(error)) throw new UserError(error.message);
      throw error;
    }
  });

cli.help();
cli.version(VERSION);

function fail(error: unknown): never {
  const json = process.argv.includes('--json');
  let message: string;
  let field: string | undefined;
  if (isValidationError(error)) {
    const issue = (error as unknown as { issues?: Array<{ path?: PropertyKey[]; message: string }> }).issues?.[0];
    field = issue?.path?.map(String).join('.') || undefined;
    message = error.message;
  } else if (error instanceof UserError || isWalletdeskError(error) || (error instanceof Error && error.name === 'CACError')) {
    message = (error as Error).message;
  } else throw error;
  if (json) process.stderr.write(`${JSON.stringify({ error: { message, ...(field ? { field } : {}) } })}\n`);
  else process.stderr.write(`${c.red('error:')} ${message}${field ? ` (field: ${field})` : ''}\n`);
  process.exit(1);
}

try {
  cli.parse(process.argv, { run: false });
  if (!cli.matchedCommand && cli.args.length > 0) throw new UserError(`unknown command "${cli.args[0]}" (see walletdesk --help)`);
  if (!cli.matchedCommand && !cli.options.help && !cli.options.version) cli.outputHelp();
  else Promise.resolve(cli.runMatchedCommand()).catch(fail);
} catch (error) {
  fail(error);
}
