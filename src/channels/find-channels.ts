/**
 * `findChannels`: how do I reach this wallet's real support, for this problem, here, now?
 * Ranks a wallet's official channels for a problem category (ids from the project taxonomy):
 * urgent problems (a stolen account, a payment the user did not make) put the fastest human
 * channel and the in-app freeze path first; closed channels sink, with their next opening time;
 * every result lists the reasons for its place. Pure: the time comes from `at`.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { CATEGORY_IDS, type CategoryId, URGENT_CATEGORIES } from '../taxonomy/index.js';
import { walletParams } from './check-context.js';
import { builtinDirectory, type Directory } from './directory.js';
import { holidayEstimate, isOpen, nextOpening } from '../hours/index.js';
import { channelSchedule, isAlwaysOpen } from './channel-schedule.js';
import { type Reason, type ReasonLocale, reason } from './reasons.js';
import type { Channel, ChannelKind } from './schema.js';

/** Problem categories of the walletdesk taxonomy (the shared vocabulary owns the ids). */
export const CHANNEL_CATEGORIES = CATEGORY_IDS;

/** A taxonomy category id. */
export type ChannelCategory = CategoryId;

/** Categories where minutes matter: money or the account is at risk now (base urgency `critical`). */
export { URGENT_CATEGORIES };

/** Options for {@link findChannels}. */
export interface FindChannelsOptions {
  /** Wallet id, e.g. `'alipay'`. */
  wallet: string;
  /** The problem (a taxonomy id such as `'account_compromise'`). */
  category?: ChannelCategory;
  /** The user's region (ISO 3166 code such as `'CN'`). */
  region?: string;
  /** The moment to rank for: open/closed is decided at this instant. Without it, hours are not judged. */
  at?: Date;
  /** The user's language (`'zh'`, `'en'`, …). */
  language?: string;
  /** Consumer (default) or merchant. */
  audience?: 'consumer' | 'merchant';
  /** Language of the reasons' `message`; defaults to `zh` when `language` is Chinese, else `en`. */
  locale?: ReasonLocale;
  /** The directory to use; the built-in one by default. */
  directory?: Directory;
}

/** Whether a channel is open at the time asked about. */
export type Availability = 'open' | 'closed' | 'always' | 'unknown';

/** One ranked channel. */
export interface RankedChannel {
  /** 1 for the first choice. */
  rank: number;
  /** The wallet id. */
  wallet: string;
  channel: Channel;
  /** Open, closed, always open, or hours unknown (or no `at` given). */
  availability: Availability;
  /** For a closed channel, when it next opens. */
  opensAt?: Date;
  /**
   * True when the answer rests on estimated holiday dates (a mainland China office-hours channel
   * beyond the State Council's notices); a `hours_estimated` reason says so in words.
   */
  estimated?: boolean;
  /** The ranking score (higher first); only the order is meaningful. */
  score: number;
  /** Why it ranks here. */
  reasons: Reason[];
}

const URGENT_SCORE: Record<ChannelKind, number> = { phone: 100, in_app: 95, chat: 90, web: 60, email: 50, social: 40, faq: 30, community: 20 };
const ROUTINE_SCORE: Record<ChannelKind, number> = { in_app: 90, chat: 85, web: 80, faq: 75, phone: 70, email: 60, social: 50, community: 40 };
const HUMAN: ReadonlySet<ChannelKind> = new Set(['phone', 'chat', 'in_app']);
const REGION_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  CN: ['zh'], HK: ['zh', 'en'], TW: ['zh'], US: ['en'], GB: ['en'], SG: ['en'], PH: ['en'], IN: ['en'], KE: ['en', 'sw'],
};
const LANGUAGE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  zh: ['Chinese', '中文'], en: ['English', '英文'], sw: ['Swahili', '斯瓦希里语'], es: ['Spanish', '西班牙语'],
};

const optionsSchema = z.object({
  wallet: z.string().min(1),
  category: z.enum(CHANNEL_CATEGORIES).optional(),
  region: z
    .string()
    .regex(/^(?:[A-Za-z]{2}|GLOBAL|global)$/, 'Expected an ISO 3166 country code such as CN')
    .transform((r) => r.toUpperCase())
    .optional(),
  at: z.date().refine((d) => !Number.isNaN(d.getTime()), 'Invalid date').optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'Expected a language tag such as zh or en-US')
    .optional(),
  audience: z.enum(['consumer', 'merchant']).optional(),
  locale: z.enum(['en', 'zh']).optional(),
  directory: z.custom<Directory>((d) => typeof d === 'object' && d !== null && typeof (d as Directory).findWallet === 'function').optional(),
});

function formatOpening(at: Date, timeZone: string, locale: ReasonLocale): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
}

/**
 * Ranks a wallet's official channels for a problem, a region, a language and a moment.
 * Outbound-only and sales lines are never offered; merchant channels sink for consumers (and
 * the other way round). Throws `ValidationError` for bad options and `NotFoundError` for an
 * unknown wallet.
 *
 * @example
 * ```ts
 * import { findChannels } from 'walletdesk/channels';
 * const ranked = findChannels({
 *   wallet: 'cashapp',
 *   category: 'account_compromise',
 *   at: new Date('2026-11-24T07:00:00Z'), // 02:00 in New York: the phone line is closed
 * });
 * ranked[0]?.channel.kind; // => 'in_app'
 * ranked[0]?.availability; // => 'always'
 * ranked.find((r) => r.channel.kind === 'phone')?.availability; // => 'closed'
 * ranked.find((r) => r.channel.kind === 'phone')?.opensAt?.toISOString(); // => '2026-11-24T13:00:00.000Z'
 * ```
 */
export function findChannels(options: FindChannelsOptions): RankedChannel[] {
  const opts = validate(optionsSchema, options, ['options']);
  const directory = opts.directory ?? builtinDirectory;
  const wallet = directory.getWallet(opts.wallet);
  const urgent = opts.category !== undefined && URGENT_CATEGORIES.includes(opts.category);
  const language = opts.language?.toLowerCase().split('-')[0];
  const locale: ReasonLocale = opts.locale ?? (language === 'zh' ? 'zh' : 'en');
  const audience = opts.audience ?? 'consumer';
  const names = walletParams(wallet);

  const ranked = wallet.channels
    .filter((channel) => channel.purpose !== 'outbound_only' && channel.purpose !== 'sales')
    .filter((channel) => channel.purpose !== 'developer_docs' || audience === 'merchant')
    .map((channel, order) => {
      const reasons: Reason[] = [reason('channel_kind', locale, { ...names, detail: channel.kind })];
      const table = urgent ? URGENT_SCORE : ROUTINE_SCORE;
      let score = table[channel.kind];
      if (urgent && channel.kind === 'in_app') reasons.push(reason('urgent_freeze_in_app', locale));
      else if (urgent && (channel.kind === 'phone' || channel.kind === 'chat') && channel.purpose === 'support') reasons.push(reason('urgent_human', locale));
      else if (!urgent && opts.category && (channel.kind === 'in_app' || channel.kind === 'faq' || channel.kind === 'web')) reasons.push(reason('self_service_first', locale));
      else if (HUMAN.has(channel.kind)) reasons.push(reason('human_channel', locale));

      if (channel.purpose === 'card_block') {
        const cardProblem = opts.category === 'card_management' || opts.category === 'unauthorized_transaction';
        score = cardProblem ? 88 : 25;
        reasons.push(reason(cardProblem ? 'card_block_for_card' : 'card_block_only', locale, { ...names, detail: channel.region }));
      }
      if (channel.purpose === 'report_fraud') {
        score = opts.category === 'account_compromise' ? 55 : 15;
        reasons.push(reason('report_only', locale, names));
      }

      let availability: Availability = 'unknown';
      let opensAt: Date | undefined;
      let estimated = false;
      const schedule = channelSchedule(channel);
      if (channel.hours && schedule) {
        if (isAlwaysOpen(channel.hours)) {
          availability = 'always';
          reasons.push(reason('open_always', locale));
        } else if (opts.at) {
          if (isOpen(schedule, opts.at)) {
            availability = 'open';
            reasons.push(reason('open_now', locale));
          } else {
            availability = 'closed';
            opensAt = nextOpening(schedule, opts.at) ?? undefined;
            score -= 60;
            const when = opensAt ? formatOpening(opensAt, channel.hours.timeZone, 'en') : 'unknown';
            const whenZh = opensAt ? formatOpening(opensAt, channel.hours.timeZone, 'zh') : '未知';
            reasons.push(reason('closed_now', locale, { detail: when, detailZh: whenZh }));
          }
          const estimate = holidayEstimate(schedule, opts.at, opensAt ?? opts.at);
          if (estimate) {
            estimated = true;
            reasons.push(reason('hours_estimated', locale, { detail: estimate.messageEn, detailZh: estimate.messageZh }));
          }
        }
      } else if (channel.kind === 'phone' || channel.kind === 'chat') {
        score -= 3;
        reasons.push(reason('hours_unknown', locale));
      }

      if (opts.region) {
        if (channel.region === opts.region) {
          score += 10;
          reasons.push(reason('region_match', locale, { detail: channel.region }));
        } else if (channel.region === 'GLOBAL') {
          score += 5;
          reasons.push(reason('region_global', locale));
        } else {
          score -= 40;
          reasons.push(reason('region_other', locale, { detail: channel.region }));
        }
      }

      if (language) {
        const [en, zh] = LANGUAGE_NAMES[language] ?? [language, language];
        const stated = channel.languages?.map((l) => l.toLowerCase().split('-')[0]);
        const likely = stated ?? REGION_LANGUAGES[channel.region];
        if (stated?.includes(language)) {
          score += 5;
          reasons.push(reason('language_match', locale, { detail: en, detailZh: zh }));
        } else if (!stated && likely?.includes(language)) {
          score += 3;
          reasons.push(reason('language_likely', locale, { detail: en, detailZh: zh }));
        } else if (likely) {
          score -= 15;
          reasons.push(reason('language_mismatch', locale, { detail: en, detailZh: zh }));
        }
      }

      if (channel.audience !== audience) {
        score -= audience === 'consumer' ? 30 : 10;
        reasons.push(reason('audience_other', locale, channel.audience === 'merchant' ? { detail: 'merchants', detailZh: '商户' } : { detail: 'consumers', detailZh: '个人用户' }));
      }
      if (channel.confidence === 'medium') {
        score -= 2;
        reasons.push(reason('medium_confidence', locale, { checkedAt: channel.checkedAt }));
      }
      const result: RankedChannel = { rank: 0, wallet: wallet.id, channel, availability, score, reasons };
      if (opensAt) result.opensAt = opensAt;
      if (estimated) result.estimated = true;
      return { result, order };
    })
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .map(({ result }, i) => ({ ...result, rank: i + 1 }));
  return ranked;
}
