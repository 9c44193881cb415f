/**
 * `walletdesk escalate <wallet> --category … [--tried phone:unresolved]`: what to do when support
 * did not solve it, from `escalationPath` (walletdesk/channels). Each `--tried` is one contact:
 * `<channel>:<outcome>[@<ISO date>][#<reference>]`, where the channel is a directory channel id
 * (`phonepe/in_app-1`) or free text (`phone`, `chat`, `在线客服`) and the outcome one of
 * resolved, unresolved, no_answer, callback_promised. Without a date the contact is taken as now.
 */
import type { CAC } from 'cac';
import { CHANNEL_CATEGORIES, type ChannelCategory, type ContactAttempt, type EscalationStep, escalationPath } from '../../channels/index.js';
import { CONTACT_OUTCOMES } from '../../tickets/index.js';
import { flagText, parseAt, requireWallet } from '../arguments.js';
import { out } from '../output.js';
import { UserError } from '../user-error.js';
import type { GlobalFlags } from './global-flags.js';

/** Options the escalate command reads. */
export interface EscalateCommandOptions {
  category?: unknown;
  tried?: unknown;
  region?: unknown;
  locale?: unknown;
}

/** What the command prints: text for people, a value for `--json`. */
export interface EscalateCommandResult {
  text: string;
  json: EscalationStep[];
}

const FORMAT = '<channel>:<outcome>[@<ISO date>][#<reference>], e.g. phone:unresolved@2026-11-01 or chat:no_answer';

/** Parses one `--tried` value into a contact attempt. */
export function parseTried(value: string, now: Date): ContactAttempt {
  let rest = value.trim();
  let reference: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    reference = rest.slice(hash + 1).trim() || undefined;
    rest = rest.slice(0, hash);
  }
  let at = now;
  const atSign = rest.indexOf('@');
  if (atSign >= 0) {
    at = new Date(rest.slice(atSign + 1).trim());
    if (Number.isNaN(at.getTime())) throw new UserError(`--tried: not a date in "${value}" (${FORMAT})`, '--tried');
    rest = rest.slice(0, atSign);
  }
  const colon = rest.lastIndexOf(':');
  const channel = colon > 0 ? rest.slice(0, colon).trim() : '';
  const outcome = colon > 0 ? rest.slice(colon + 1).trim() : '';
  if (!channel || !(CONTACT_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new UserError(`--tried: "${value}" is not ${FORMAT}; outcomes: ${CONTACT_OUTCOMES.join(', ')}`, '--tried');
  }
  return { channel, at, outcome: outcome as ContactAttempt['outcome'], ...(reference ? { reference } : {}) };
}

function list(value: unknown): string[] {
  if (value === undefined || value === false) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter((v) => v.trim() !== '');
}

function stepText(step: EscalationStep, index: number): string {
  const lines = [`${index + 1}. [${step.rung}] ${step.action}`];
  if (step.channel) lines.push(`   → ${step.channel.kind} ${step.channel.value}  (source: ${step.channel.source}, checked ${step.channel.checkedAt})`);
  if (step.eligibleFrom) lines.push(`   from ${step.eligibleFrom.toISOString().slice(0, 10)}`);
  if (step.say) lines.push(`   say: ${step.say.en}`, `   说：${step.say.zh}`);
  for (const p of step.prepare) lines.push(`   - ${p}`);
  for (const r of step.reasons) lines.push(`   · ${r.message}`);
  return lines.join('\n');
}

/** Runs `walletdesk escalate`. Bad input throws `UserError` (naming the flag) or the library's `ValidationError`. */
export function runEscalateCommand(wallet: string, options: EscalateCommandOptions, now: Date): EscalateCommandResult {
  if (options.category === undefined || options.category === true || options.category === '') throw new UserError('--category is required, e.g. --category refund_dispute', '--category');
  const tried = list(options.tried).map((v) => parseTried(v, now));
  const steps = escalationPath({
    wallet,
    category: String(options.category) as ChannelCategory,
    tried,
    now,
    ...(options.region !== undefined ? { region: String(options.region) } : {}),
    ...(options.locale !== undefined ? { locale: String(options.locale) as 'zh' | 'en' } : {}),
  });
  const text = steps.length ? steps.map(stepText).join('\n\n') : 'The latest contact resolved it: nothing to escalate.';
  return { text, json: steps };
}

export function registerEscalate(cli: CAC): void {
  cli
    .command('escalate <wallet>', 'Support did not solve it: the next steps up to the regulator, with what to say and prepare')
    .option('--category <id>', `Problem category (${CHANNEL_CATEGORIES.slice(0, 4).join(', ')}, …)`)
    .option('--tried <channel:outcome>', 'A contact already made, e.g. phone:unresolved@2026-11-01#REF (repeatable)')
    .option('--region <cc>', 'ISO 3166 region; picks the regulator')
    .option('--locale <zh|en>', 'Answer language')
    .option('--at <iso>', 'Pretend it is this time (default: now)')
    .example('walletdesk escalate phonepe --category refund_dispute --tried phone:unresolved@2026-11-01 --region IN')
    .action((wallet: unknown, o: GlobalFlags & EscalateCommandOptions & { at?: unknown }) => {
      const region = flagText(o.region, '--region');
      const locale = flagText(o.locale, '--locale');
      const category = flagText(o.category, '--category');
      const result = runEscalateCommand(requireWallet(wallet), { ...o, category, region, locale }, parseAt(o.at));
      out(o.json ? result.json : result.text);
    });
}
