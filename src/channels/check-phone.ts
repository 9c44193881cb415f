/**
 * Phone verdicts: an exact match (after normalising) with a directory channel is official; a
 * number presented as a wallet's support that the wallet does not publish, or written with
 * filter-dodging tricks, is suspicious; a plain number with no claim is unknown.
 */
import { isMainlandMobile } from '../_internal/phone-facts.js';
import { type CheckContext, type CheckResult, otherParams, walletParams } from './check-context.js';
import type { PhoneEntry, UnverifiedEntry } from './directory-index.js';
import { type ParsedPhone, type PhoneTrick, parsePhone, phoneKeys } from './phone-number.js';
import { type Reason, reason } from './reasons.js';
import { referenceShaped } from './reference-numbers.js';
import type { Wallet } from './schema.js';

const TRICK_WORDS: Record<PhoneTrick, readonly [string, string]> = {
  decorative_symbols: ['decorative symbols (•, ⭐, …)', '装饰符号（•、⭐ 等）'],
  bracketed_groups: ['brackets around every group of digits', '每组数字都加括号'],
  letter_o_for_zero: ['letters in place of digits (O for 0)', '用字母代替数字（如字母 O 代替 0）'],
  invisible_characters: ['invisible characters', '不可见字符'],
};

function lookup<T>(map: Map<string, T[]>, phone: Pick<ParsedPhone, 'digits' | 'international'>): T[] {
  const found = new Set<T>();
  for (const key of phoneKeys(phone)) for (const entry of map.get(key) ?? []) found.add(entry);
  return [...found];
}

/** Finds the directory entries a parsed number reaches, with the IVR option used. */
export function matchPhone(phone: ParsedPhone, ctx: CheckContext): { entries: PhoneEntry[]; option?: string } {
  let entries = lookup(ctx.index.phones, phone);
  let option = phone.option;
  if (entries.length === 0 && option === undefined && phone.groups.length >= 2) {
    const last = phone.groups[phone.groups.length - 1]!;
    if (last.length <= 2) {
      const base = { digits: phone.groups.slice(0, -1).join(''), international: phone.international };
      const baseEntries = lookup(ctx.index.phones, base).filter((e) => e.channel.shortCode || e.channel.dial);
      if (baseEntries.length > 0) {
        entries = baseEntries;
        option = last;
      }
    }
  }
  // 95188 reaches both "95188" and "95188-6": the option decides which channel is meant.
  const exact = entries.filter((e) => e.option === option);
  const chosen = exact.length > 0 ? exact : entries.filter((e) => e.option === undefined);
  const ranked = [...chosen].sort((a, b) => rank(a, ctx) - rank(b, ctx));
  return option === undefined ? { entries: ranked } : { entries: ranked, option };
}

function rank(entry: PhoneEntry, ctx: CheckContext): number {
  let score = 0;
  if (ctx.claimed && entry.wallet.id !== ctx.claimed.id) score += 10;
  if (ctx.region && entry.channel.region !== ctx.region && entry.channel.region !== 'GLOBAL') score += 2;
  if (entry.channel.purpose !== 'support') score += 1;
  return score;
}

/** Reasons describing an official channel's purpose, audience and region. */
export function channelNotes(entry: { wallet: Wallet; channel: PhoneEntry['channel'] }, ctx: CheckContext): Reason[] {
  const names = walletParams(entry.wallet);
  const out: Reason[] = [];
  const purpose = entry.channel.purpose;
  if (purpose === 'outbound_only') out.push(reason('outbound_only', ctx.locale, names));
  else if (purpose === 'sales') out.push(reason('sales_line', ctx.locale, names));
  else if (purpose === 'report_fraud') out.push(reason('report_only', ctx.locale, names));
  else if (purpose === 'card_block') out.push(reason('card_block_only', ctx.locale, { ...names, detail: entry.channel.notes?.split('(')[0]?.trim() ?? '' }));
  if (entry.channel.audience === 'merchant') out.push(reason('merchant_line', ctx.locale, names));
  if (ctx.region && entry.channel.region !== ctx.region && entry.channel.region !== 'GLOBAL') {
    out.push(reason('other_region', ctx.locale, { ...names, detail: entry.channel.region }));
  }
  return out;
}

/** The numbers a user can call a wallet on, as published, for advice. */
export function officialNumbers(wallet: Wallet): string {
  const phones = wallet.channels.filter((c) => c.kind === 'phone' && c.purpose !== 'outbound_only' && c.purpose !== 'sales');
  return phones.map((c) => c.value).join(', ');
}

/** Checks one phone number. */
export function checkPhone(input: string, ctx: CheckContext): CheckResult {
  const phone = parsePhone(input);
  if (!phone) return { verdict: 'unknown', reasons: [reason('not_a_phone_number', ctx.locale)] };
  const reasons: Reason[] = [];
  const tricks = phone.tricks;
  const detail = tricks.map((t) => TRICK_WORDS[t][0]).join(', ');
  const detailZh = tricks.map((t) => TRICK_WORDS[t][1]).join('、');
  const { entries, option } = matchPhone(phone, ctx);
  const claimed = ctx.claimed;

  const best = entries[0];
  // "2026112422001" is an order number, not an unlisted hotline. Tricks are judged first: nobody
  // decorates an order number with stars.
  if (!best && tricks.length === 0 && referenceShaped(phone)) {
    return { verdict: 'unknown', reasons: [reason('reference_number', ctx.locale, { value: input }, input)] };
  }
  if (best) {
    const names = walletParams(best.wallet);
    if (claimed && best.wallet.id !== claimed.id) {
      return {
        verdict: 'suspicious',
        wallet: best.wallet,
        channel: best.channel,
        reasons: [
          reason('belongs_to_other_wallet', ctx.locale, { ...walletParams(claimed), ...otherParams(best.wallet), detail: 'number', detailZh: '号码' }, input),
        ],
      };
    }
    reasons.push(
      reason('official_number', ctx.locale, { ...names, value: best.channel.value, source: best.channel.source, checkedAt: best.channel.checkedAt }, phone.digits),
    );
    if (option !== undefined) {
      const base = best.channel.dial?.[0] ?? phone.digits;
      reasons.push(reason('ivr_option', ctx.locale, { value: base, detail: option }));
    }
    if (phone.vanity) reasons.push(reason('vanity_alias', ctx.locale, { ...names, value: best.channel.value }, phone.compact));
    reasons.push(...channelNotes(best, ctx));
    if (tricks.length > 0) {
      // The digits are the wallet's, but nobody official writes a number this way: the page or
      // message it came from is not the wallet's. Say both, and let the user dial the real one.
      const notes = reasons.filter((r) => r.code !== 'official_number');
      return {
        verdict: 'suspicious',
        wallet: best.wallet,
        channel: best.channel,
        reasons: [
          reason('obscured_number', ctx.locale, { detail, detailZh }, input),
          reason('obscured_but_official', ctx.locale, { ...names, detail, detailZh, value: best.channel.value }, input),
          ...notes,
        ],
      };
    }
    return { verdict: 'official', wallet: best.wallet, channel: best.channel, reasons };
  }

  const unverified: UnverifiedEntry[] = lookup(ctx.index.unverifiedPhones, phone);
  if (tricks.length > 0) reasons.push(reason('obscured_number', ctx.locale, { detail, detailZh }, input));
  const mobile = isChineseMobile(phone, claimed?.regions.includes('CN') === true || ctx.region === 'CN');

  if (claimed) {
    const names = walletParams(claimed);
    const own = unverified.find((u) => u.wallet.id === claimed.id);
    // A wallet that shows each account its own support number (Wise) cannot be judged by a
    // number missing from its published ones (e.g. its complaint line).
    const hasPhones = claimed.phonePolicy?.inboundSupportLine !== 'account_specific' && claimed.channels.some((c) => c.kind === 'phone');
    const noLine = claimed.phonePolicy?.inboundSupportLine === false;
    if (own) reasons.push(reason('unverified_number', ctx.locale, { ...names, source: own.contact.seenAt }, input));
    if (noLine) reasons.push(reason('no_phone_line', ctx.locale, { ...names, source: claimed.phonePolicy!.source }));
    if (hasPhones) reasons.push(reason('number_not_listed', ctx.locale, { ...names, list: officialNumbers(claimed) }, phone.digits));
    if (mobile) reasons.push(reason('personal_mobile', ctx.locale));
    if (own || noLine || hasPhones) return { verdict: 'suspicious', wallet: claimed, reasons };
    if (claimed.phonePolicy?.inboundSupportLine === 'account_specific') reasons.push(reason('account_specific_numbers', ctx.locale, names));
    else reasons.push(reason('no_sourced_phone', ctx.locale, names));
    return { verdict: tricks.length > 0 ? 'suspicious' : 'unknown', wallet: claimed, reasons };
  }

  const attributed = unverified[0];
  if (attributed) {
    reasons.push(reason('unverified_attribution', ctx.locale, { ...walletParams(attributed.wallet), source: attributed.contact.seenAt }, input));
  }
  if (tricks.length > 0) return { verdict: 'suspicious', reasons };
  reasons.push(reason('not_in_directory', ctx.locale));
  return { verdict: 'unknown', reasons };
}

function isChineseMobile(phone: ParsedPhone, chinaContext: boolean): boolean {
  if (phone.international) return phone.digits.startsWith('86') && isMainlandMobile(phone.digits.slice(2));
  return chinaContext && isMainlandMobile(phone.digits);
}
