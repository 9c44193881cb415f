/**
 * `helpFor`: the self-help steps, the "prepare before contacting support" list, the urgency and,
 * where needed, the team to escalate to, for one category in Chinese or English.
 */
import { z } from 'zod';
import { validate } from '../../_internal/validate.js';
import { CATEGORY_IDS, CATEGORY_URGENCY, type CategoryId, maxUrgency } from '../../taxonomy/index.js';
import type { Locale, Urgency } from '../types.js';
import { HELP_EN, PREPARE_COMMON_EN } from './content-en.js';
import { HELP_ZH, PREPARE_COMMON_ZH } from './content-zh.js';

/** The team a request should be handed to at once. */
export type EscalationTeam = 'security' | 'disputes';

/** Self-help content for one category. */
export interface Help {
  /** The category this is for. */
  readonly category: CategoryId;
  /** The language of the texts. */
  readonly locale: Locale;
  /** Short title. */
  readonly title: string;
  /** What the user can try first, most useful first. */
  readonly steps: readonly string[];
  /** What to have ready before contacting support. */
  readonly prepare: readonly string[];
  /** How urgent: the category's level, or the one given in the options if higher. */
  readonly urgency: Urgency;
  /**
   * Set when the request should go to a specialist team at once: always for unauthorised
   * transactions (`disputes`) and stolen accounts or scams (`security`), and for any request
   * whose urgency is `critical`.
   */
  readonly escalateTo?: EscalationTeam;
  /** When and why to escalate, for agents. */
  readonly escalateWhen?: string;
}

/** Options for {@link helpFor}. */
export interface HelpOptions {
  /** Language of the texts (default `'en'`). */
  locale?: Locale;
  /**
   * The urgency of this particular request, e.g. `classification.urgency`. It can raise the
   * category's level, never lower it.
   */
  urgency?: Urgency;
}

const optionsSchema = z
  .object({
    locale: z.enum(['zh', 'en']).optional(),
    urgency: z.enum(['critical', 'high', 'normal', 'low']).optional(),
  })
  .strict();

/**
 * Self-help steps, what to prepare before contacting support, urgency and escalation for a
 * category. Throws a `ValidationError` for an unknown category or locale.
 *
 * @example
 * ```ts
 * import { helpFor } from 'walletdesk/classifier';
 * const help = helpFor('account_compromise', { locale: 'zh' });
 * help.title; // => '账户被盗与诈骗'
 * help.urgency; // => 'critical'
 * help.escalateTo; // => 'security'
 * help.steps[0]; // => '先在应用内冻结账户（无法登录时通过官方客服热线冻结）。'
 * helpFor('top_up').prepare.length > 3; // => true
 * helpFor('transfer', { urgency: 'critical' }).escalateTo; // => 'security'
 * ```
 */
export function helpFor(category: CategoryId, options: HelpOptions = {}): Help {
  const id = validate(z.enum(CATEGORY_IDS), category, ['category']);
  const opts = validate(optionsSchema, options, ['options']);
  const locale = opts.locale ?? 'en';
  const text = locale === 'zh' ? HELP_ZH[id] : HELP_EN[id];
  const common = locale === 'zh' ? PREPARE_COMMON_ZH : PREPARE_COMMON_EN;
  const urgency = maxUrgency(CATEGORY_URGENCY[id], opts.urgency ?? 'low');
  const escalateTo = text.escalateTo ?? (urgency === 'critical' ? 'security' : undefined);
  return {
    category: id,
    locale,
    title: text.title,
    steps: [...text.steps],
    prepare: id === 'other' ? [] : [...common, ...text.prepare],
    urgency,
    ...(escalateTo ? { escalateTo } : {}),
    ...(text.escalateWhen ? { escalateWhen: text.escalateWhen } : {}),
  };
}
