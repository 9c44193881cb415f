/**
 * `escalationPath`: what to do when customer service did not solve it. The ladder users are
 * given — ask for a senior agent or specialist, put it in writing (e-mail, chat, a ticket or the
 * wallet's formal complaint route), post on the wallet's official social account, then go to the
 * regulator or ombudsman — built from the directory's sourced channels and regulators, skipping
 * what the user already tried. Critical problems (a taken-over account, payments the user did not
 * make) keep "freeze first" and the police report before any ladder.
 *
 * The regulator's date (`eligibleFrom`) is counted from the first complaint to the wallet with the
 * regulator's own rule (RBI: 30 days; UK FOS: 8 weeks), each rule sourced in the directory. Pure:
 * the time comes from `now` and the attempts' own dates, never the host clock.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { ValidationError } from '../errors/index.js';
import { type ContactOutcome, contactAtSchema, contactAttemptFields } from '../taxonomy/index.js';
import { walletParams } from './check-context.js';
import { builtinDirectory, type Directory } from './directory.js';
import {
  type BilingualText,
  ESCALATION_REASON_TEXT,
  type EscalationReasonCode,
  type EscalationRung,
  RUNG_WORDS,
  type TextParams,
} from './escalation-text.js';
import { CHANNEL_CATEGORIES, type ChannelCategory, findChannels, URGENT_CATEGORIES } from './find-channels.js';
import type { ReasonLocale } from './reasons.js';
import { CHANNEL_KINDS, type Channel, type Regulator, type Wallet } from './schema.js';

export { type BilingualText, ESCALATION_RUNGS, type EscalationReasonCode, type EscalationRung } from './escalation-text.js';

/** One contact the user already made: the contact log (issue 15). */
export interface ContactAttempt {
  /** A directory channel (or its id, e.g. `'alipay/phone-1'`), or free text (`'phone'`, `'在线客服'`, `'senior agent'`). */
  channel: string | Pick<Channel, 'id' | 'kind'>;
  /** When the contact happened. */
  at: Date;
  agentName?: string;
  /** The agent's staff number (工号). */
  agentId?: string;
  /** The case, ticket or complaint number given. */
  reference?: string;
  outcome: ContactOutcome;
  /** Anything else worth keeping (kept on a ticket's timeline; the ladder does not read it). */
  note?: string;
}

/** Why a step is there, in both languages (`message` in the chosen locale). */
export interface EscalationReason {
  readonly code: EscalationReasonCode;
  readonly message: string;
  readonly messageEn: string;
  readonly messageZh: string;
}

/** One step of the ladder. */
export interface EscalationStep {
  /** Which rung: `freeze_account`, `police_report`, `senior_agent`, `written_record`, `social_media`, `regulator`. */
  rung: EscalationRung;
  /** The official channel to use (with its source and check date), when the directory has one. */
  channel?: Channel;
  /** What to do, in the chosen locale. */
  action: string;
  /** What to say or write, in English and Chinese (the agent may speak either). */
  say?: BilingualText;
  /** What to have ready, in the chosen locale. */
  prepare: string[];
  /** Regulator steps: the first day the regulator accepts the complaint. */
  eligibleFrom?: Date;
  reasons: EscalationReason[];
}

/** Options for {@link escalationPath}. */
export interface EscalationPathOptions {
  /** Wallet id, e.g. `'phonepe'`. */
  wallet: string;
  /** The problem, a taxonomy id (`'refund_dispute'`, `'account_compromise'`, …). */
  category: ChannelCategory;
  /** The user's region (ISO 3166, e.g. `'IN'`); picks the regulator. Defaults to the wallet's first region with one. */
  region?: string;
  /** Contacts already made, in any order. */
  tried?: ContactAttempt[];
  /** The moment to plan for; used to rank open channels and to count a regulator's wait when nothing was tried yet. */
  now?: Date;
  /** Language of `action`, `prepare` and reasons' `message`; default Chinese for CN/HK/TW, else English. */
  locale?: ReasonLocale;
  /** The directory to use; the built-in one by default. */
  directory?: Directory;
}

const DAY_MS = 86_400_000;
const ZH_REGIONS = new Set(['CN', 'HK', 'TW', 'MO']);
/** EU/EEA members: a wallet's EU passport regulator applies to users in any of them. */
const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO',
  'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'EU',
]);

const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()), 'Invalid date');

/**
 * The contact-log entry, validated at the edge: the contact log's one set of fields (shared with
 * `walletdesk/tickets`' `contactAttemptSchema` through the shared vocabulary), except that the
 * channel may also be a directory channel, whose kind and purpose say which rung it was.
 */
export const contactAttemptSchema = z.object({
  ...contactAttemptFields,
  at: contactAtSchema,
  channel: z.union([contactAttemptFields.channel, z.looseObject({ id: z.string().min(1), kind: z.enum(CHANNEL_KINDS) })]),
});

const optionsSchema = z.object({
  wallet: z.string().min(1),
  category: z.enum(CHANNEL_CATEGORIES),
  region: z
    .string()
    .regex(/^(?:[A-Za-z]{2}|GLOBAL|global)$/, 'Expected an ISO 3166 country code such as IN')
    .transform((r) => r.toUpperCase())
    .optional(),
  tried: z.array(contactAttemptSchema).max(1000).optional(),
  now: validDate.optional(),
  locale: z.enum(['en', 'zh']).optional(),
  directory: z.custom<Directory>((d) => typeof d === 'object' && d !== null && typeof (d as Directory).findWallet === 'function').optional(),
});

type Attempt = z.output<typeof contactAttemptSchema>;

const REGULATOR_WORDS = /regulat|ombuds|cfpb|\brbi\b|\bfos\b|12363|fidrec|\bbsp\b|\bmas\b|\bcbk\b|监管|人民银行|申诉专员|银保监|金融监管/i;
const SOCIAL_WORDS = /social|twitter|\bx\.com|weibo|微博|facebook|instagram|公众号|抖音|小红书|tiktok/i;
const SENIOR_WORDS = /senior|supervisor|manager|escalat|specialist|主管|高级|专员|升级|组长|经理/i;
const WRITTEN_WORDS = /e-?mail|mail|邮件|邮箱|chat|聊天|在线|ticket|工单|form|表单|letter|书面|complain|投诉|grievance|nodal|resolution cent/i;

/**
 * Which rung a contact belongs to: `undefined` for a plain first call (the ladder starts above it).
 */
function rungOf(attempt: Attempt, wallet: Wallet, directory: Directory): EscalationRung | undefined {
  const { channel } = attempt;
  const known =
    typeof channel === 'string'
      ? (wallet.channels.find((c) => c.id === channel) ?? directory.regulators.flatMap((r) => r.channels).find((c) => c.id === channel))
      : channel;
  if (known) {
    if (known.id && directory.regulators.some((r) => r.channels.some((c) => c.id === known.id))) return 'regulator';
    const purpose = 'purpose' in known ? known.purpose : undefined;
    if (known.kind === 'social' || purpose === 'social_support') return 'social_media';
    if (purpose === 'complaint' || known.kind === 'email' || known.kind === 'chat' || known.kind === 'in_app' || known.kind === 'web') return 'written_record';
    return undefined;
  }
  const text = channel as string;
  if (REGULATOR_WORDS.test(text)) return 'regulator';
  if (SOCIAL_WORDS.test(text)) return 'social_media';
  if (SENIOR_WORDS.test(text)) return 'senior_agent';
  if (WRITTEN_WORDS.test(text)) return 'written_record';
  return undefined;
}

function describe(attempt: Attempt): string {
  const channel = typeof attempt.channel === 'string' ? attempt.channel : attempt.channel.id;
  const parts = [attempt.at.toISOString().slice(0, 10), channel];
  if (attempt.agentName) parts.push(attempt.agentName);
  if (attempt.agentId) parts.push(`#${attempt.agentId}`);
  if (attempt.reference) parts.push(`ref ${attempt.reference}`);
  return `${parts.join(', ')} (${attempt.outcome})`;
}

function makeReason(code: EscalationReasonCode, locale: ReasonLocale, params: Readonly<Record<string, string>> = {}): EscalationReason {
  const text = (ESCALATION_REASON_TEXT[code] as (p: Readonly<Record<string, string>>) => BilingualText)(params);
  return { code, message: text[locale], messageEn: text.en, messageZh: text.zh };
}

function sourceReason(channel: Channel, locale: ReasonLocale): EscalationReason {
  return makeReason('channel_source', locale, { detail: channel.source, checkedAt: channel.checkedAt });
}

/** The regulators that take a complaint about this wallet from this region, verified ones first. */
function regulatorsFor(wallet: Wallet, region: string | undefined, directory: Directory): Array<{ regulator: Regulator; link?: Wallet['supervisors'][number] }> {
  const home = region ?? wallet.regions.find((r) => directory.regulators.some((g) => g.region === r));
  const found: Array<{ regulator: Regulator; link?: Wallet['supervisors'][number] }> = directory.regulators
    .filter((r) => r.region === home)
    .map((regulator) => ({ regulator }));
  for (const link of wallet.supervisors) {
    const regulator = directory.findRegulator(link.regulator);
    if (!regulator) continue;
    const applies = regulator.region === home || (home !== undefined && EEA.has(home) && EEA.has(regulator.region)) || (home === undefined && EEA.has(regulator.region));
    const existing = found.find((f) => f.regulator.id === regulator.id);
    if (existing) existing.link = link;
    else if (applies) found.push({ regulator, link });
  }
  const rank = (f: { regulator: Regulator; link?: { unverified: boolean } }) => (f.regulator.unverified ? 2 : 0) + (f.link?.unverified ? 1 : 0);
  return found.sort((a, b) => rank(a) - rank(b));
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The steps to take when support did not solve a problem, in order, skipping what was tried:
 * escalate to a senior agent → put it in writing (the wallet's complaint route) → the official
 * social account → the regulator or ombudsman, with `eligibleFrom` counted from the first
 * complaint to the wallet. Critical categories (`account_compromise`, `unauthorized_transaction`)
 * start with "freeze the account" and the police report. Returns `[]` when the latest contact
 * resolved the problem. Throws `ValidationError` naming the field for bad input (an unknown
 * wallet is `options.wallet`).
 *
 * @example
 * ```ts
 * import { escalationPath } from 'walletdesk/channels';
 * const steps = escalationPath({
 *   wallet: 'phonepe',
 *   category: 'refund_dispute',
 *   region: 'IN',
 *   tried: [{ channel: 'phonepe/in_app-1', at: new Date('2026-11-02T10:00:00Z'), reference: 'CS123', outcome: 'unresolved' }],
 * });
 * steps.map((s) => s.rung); // => ['senior_agent', 'regulator']
 * steps[1]?.channel?.value; // => 'https://cms.rbi.org.in'
 * steps[1]?.eligibleFrom?.toISOString(); // => '2026-12-02T10:00:00.000Z'
 * ```
 */
export function escalationPath(options: EscalationPathOptions): EscalationStep[] {
  const opts = validate(optionsSchema, options, ['options']);
  const directory = opts.directory ?? builtinDirectory;
  const wallet = directory.findWallet(opts.wallet);
  if (!wallet) {
    throw new ValidationError([
      { path: ['options', 'wallet'], message: `Unknown wallet "${opts.wallet}" (known: ${directory.walletIds().join(', ')})`, code: 'invalid_value' },
    ]);
  }
  const region = opts.region === 'GLOBAL' ? undefined : opts.region;
  const home = region ?? wallet.regions.find((r) => r !== 'GLOBAL');
  const locale: ReasonLocale = opts.locale ?? (home && ZH_REGIONS.has(home) ? 'zh' : 'en');
  const names = walletParams(wallet) as { wallet: string; walletZh: string };
  const tried = [...(opts.tried ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = tried.at(-1);
  if (latest?.outcome === 'resolved') return [];

  const byRung = new Map<EscalationRung | 'first_contact', Attempt[]>();
  for (const attempt of tried) {
    const rung = rungOf(attempt, wallet, directory) ?? 'first_contact';
    byRung.set(rung, [...(byRung.get(rung) ?? []), attempt]);
  }
  const done = (rung: EscalationRung) => (byRung.get(rung) ?? []).some((a) => a.outcome !== 'no_answer');
  const complaints = tried.filter((a) => a.outcome !== 'no_answer' && rungOf(a, wallet, directory) !== 'regulator');
  const firstComplaint = complaints[0]?.at;
  const references = [...new Set(tried.map((a) => a.reference).filter((r): r is string => r !== undefined))].join(', ');
  const params: TextParams = { ...names, ...(references ? { references } : {}), ...(firstComplaint ? { since: formatDay(firstComplaint) } : {}) };
  const log = tried.map(describe);

  const ranked = findChannels({
    wallet: wallet.id,
    category: opts.category,
    directory,
    locale,
    ...(region ? { region } : {}),
    ...(opts.now ? { at: opts.now } : {}),
  }).map((r) => r.channel);

  const steps: EscalationStep[] = [];
  const step = (rung: EscalationRung, channel: Channel | undefined, extra: EscalationReason[] = [], words = RUNG_WORDS[rung](params)): EscalationStep => {
    const s: EscalationStep = {
      rung,
      action: words.action[locale],
      prepare: [...words.prepare.map((p) => p[locale]), ...(rung !== 'freeze_account' && log.length ? log : [])],
      reasons: [...(channel ? [sourceReason(channel, locale)] : []), ...extra],
    };
    if (words.say) s.say = words.say;
    if (channel) s.channel = channel;
    return s;
  };
  const noAnswers = (rung: EscalationRung | 'first_contact') =>
    (byRung.get(rung) ?? []).filter((a) => a.outcome === 'no_answer').map((a) => makeReason('no_answer_retry', locale, { detail: describe(a) }));

  if (URGENT_CATEGORIES.includes(opts.category)) {
    const freeze = ranked.find((c) => (c.kind === 'in_app' || c.kind === 'phone' || c.kind === 'chat') && (c.purpose === 'support' || c.purpose === 'card_block'));
    steps.push(step('freeze_account', freeze, [makeReason('critical_first', locale), ...(freeze ? [] : [makeReason('no_channel', locale)])]));
    steps.push(step('police_report', undefined, [makeReason('critical_first', locale)]));
  }

  const callback = tried.filter((a) => a.outcome === 'callback_promised').map(() => makeReason('callback_pending', locale, names));

  if (!done('senior_agent')) {
    const human = ranked.find((c) => (c.kind === 'phone' || c.kind === 'chat' || c.kind === 'in_app') && c.purpose === 'support');
    const extra = [...callback.slice(0, 1), ...noAnswers('first_contact'), ...noAnswers('senior_agent')];
    for (const a of byRung.get('first_contact') ?? []) if (a.outcome !== 'no_answer') extra.unshift(makeReason('tried_unresolved', locale, { detail: describe(a) }));
    steps.push(step('senior_agent', human, [...extra, ...(human ? [] : [makeReason('no_channel', locale)])]));
  }

  if (!done('written_record')) {
    const written =
      ranked.find((c) => c.purpose === 'complaint' && c.audience === 'consumer') ??
      ranked.find((c) => (c.kind === 'email' || c.kind === 'chat' || c.kind === 'in_app' || c.kind === 'web') && c.purpose === 'support');
    steps.push(step('written_record', written, [...noAnswers('written_record'), ...(written ? [] : [makeReason('no_channel', locale)])]));
  }

  const social = ranked.find((c) => c.purpose === 'social_support' && c.audience === 'consumer');
  const socialSkipped: EscalationReason[] = [];
  if (!done('social_media')) {
    if (social) steps.push(step('social_media', social, noAnswers('social_media')));
    else socialSkipped.push(makeReason('no_official_social', locale, names));
  }

  const bodies = regulatorsFor(wallet, region, directory);
  if (bodies.length === 0) {
    steps.push(step('regulator', undefined, [...socialSkipped, makeReason('no_regulator_known', locale)]));
  }
  for (const { regulator, link } of bodies) {
    const reasons: EscalationReason[] = [...socialSkipped];
    const bodyParams = { ...params, body: regulator.names.en, bodyZh: regulator.names.zh ?? regulator.names.en };
    const words = RUNG_WORDS.regulator(bodyParams);
    if (regulator.unverified) {
      steps.push(step('regulator', undefined, [...reasons, makeReason('unverified_regulator', locale, { detail: `${regulator.names.en}: ${regulator.covers}` })], words));
      continue;
    }
    if (link?.unverified) reasons.push(makeReason('unverified_link', locale, { detail: link.notes ?? regulator.names.en }));
    const channel = regulator.channels.find((c) => c.kind === 'web') ?? regulator.channels[0];
    const others = regulator.channels.filter((c) => c !== channel).map((c) => c.value);
    if (others.length) reasons.push(makeReason('other_channels', locale, { detail: others.join(', ') }));
    let eligibleFrom: Date | undefined;
    const rule = regulator.eligibility;
    if (rule && !rule.unverified) {
      const detail = locale === 'zh' ? rule.textZh : rule.text;
      const wait = (rule.waitDays ?? 0) * DAY_MS;
      if (firstComplaint) {
        eligibleFrom = new Date(firstComplaint.getTime() + wait);
        reasons.push(makeReason('eligible_from', locale, { detail, since: formatDay(firstComplaint) }));
      } else if (opts.now) {
        eligibleFrom = new Date(opts.now.getTime() + wait);
        reasons.push(makeReason('eligible_from_today', locale, { detail }));
      } else {
        reasons.push(makeReason('eligible_unknown', locale, { detail }));
      }
      if (rule.waitDays && rule.orFinalResponse) reasons.push(makeReason('earlier_on_final_response', locale));
      if (rule.deadline) reasons.push(makeReason('deadline', locale, { detail: rule.deadline }));
    } else if (rule) {
      reasons.push(makeReason('unverified_rule', locale, { detail: locale === 'zh' ? rule.textZh : rule.text }));
    }
    for (const a of byRung.get('regulator') ?? []) reasons.push(makeReason('tried_unresolved', locale, { detail: describe(a) }));
    const s = step('regulator', channel, reasons, words);
    if (eligibleFrom) s.eligibleFrom = eligibleFrom;
    steps.push(s);
  }
  return steps;
}
