/**
 * `verifyContact`: is this number, link, address or message really from the wallet? The answer
 * is a verdict plus the evidence, in words a non-technical user understands (zh and en).
 * Pure and synchronous: no network, no clock; work is bounded on huge input.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { probe } from '../_internal/probe.js';
import { ValidationError } from '../errors/index.js';
import { CONTACT_WORDS, type CheckContext, type CheckResult, MAX_CONTACT_LENGTH, type Verdict } from './check-context.js';
import { type CallDirection, judgeDirection } from './check-callback.js';
import { checkPhone } from './check-phone.js';
import { type ContactFinding, checkText, walletsNamedIn } from './check-text.js';
import { checkEmail } from './check-email.js';
import { checkUrl } from './check-url.js';
import { builtinDirectory, type Directory } from './directory.js';
import { indexOf } from './directory-index.js';
import { parsePhone } from './phone-number.js';
import { type Reason, type ReasonLocale, reason } from './reasons.js';
import { endsWithReferenceLabel } from './reference-numbers.js';
import type { Channel } from './schema.js';
import { detectLanguage, foldedText, foldText, isPreparedText, type PreparedText } from '../_internal/text/index.js';

/** What kind of contact to check. `email` is detected too, and can be asked for. */
export type ContactKind = 'phone' | 'url' | 'email' | 'text';

/** Options for {@link verifyContact}. */
export interface VerifyContactOptions {
  /** The wallet the contact claims to be (a directory id such as `'alipay'`). */
  wallet?: string;
  /** What the input is; detected when left out. */
  kind?: ContactKind;
  /** Where the user is (ISO 3166 code such as `'CN'`); used to rank matches and explain region limits. */
  region?: string;
  /** Language of `message`; detected from the input when left out (any Han character → `zh`). */
  locale?: ReasonLocale;
  /** The directory to check against; the built-in one by default. */
  directory?: Directory;
  /**
   * For phone numbers: `'inbound'` for a call the user received (a "callback", 回访): only the
   * numbers a wallet says it calls from are official, anything else presented as the wallet is
   * `suspicious` with the advice to hang up and dial the official number. `'outbound'` for a
   * number to dial: a calls-out-only number is then `unknown`. Left out, a number is judged as
   * the wallet's (a calls-out-only number is official, with a note). Ignored for links and messages.
   */
  direction?: CallDirection;
}

/** The answer of {@link verifyContact}. */
export interface ContactVerification {
  /** `official`: in the directory. `suspicious`: evidence of a scam. `unknown`: nothing to confirm or refute. */
  verdict: Verdict;
  /** What the input was checked as. */
  kind: ContactKind;
  /** The language of each reason's `message`. */
  locale: ReasonLocale;
  /** The wallet the contact belongs to, imitates or claims. */
  wallet?: string;
  /** The directory channel matched, for official contacts. */
  channel?: Channel;
  /** The evidence, strongest first within each check; never empty. */
  reasons: Reason[];
  /** For messages: every contact found inside, each with its own verdict. */
  contacts?: ContactFinding[];
}

export { MAX_CONTACT_LENGTH } from './check-context.js';
/** Characters of a message that are scanned; the rest is ignored (and a reason says so). */
export const MAX_TEXT_SCAN = 64 * 1024;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const optionsSchema = z.object({
  wallet: z.string().min(1).optional(),
  kind: z.enum(['phone', 'url', 'email', 'text']).optional(),
  region: z
    .string()
    .regex(/^(?:[A-Za-z]{2}|GLOBAL|global)$/, 'Expected an ISO 3166 country code such as CN')
    .transform((r) => r.toUpperCase())
    .optional(),
  locale: z.enum(['en', 'zh']).optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  directory: z.custom<Directory>((d) => typeof d === 'object' && d !== null && typeof (d as Directory).findWallet === 'function', 'Expected a directory from createDirectory').optional(),
});

/**
 * Guesses what kind of contact a string is, the way {@link verifyContact} does when `kind` is
 * left out.
 *
 * @example
 * ```ts
 * import { detectKind } from 'walletdesk/channels';
 * detectKind('+86 95188'); // => 'phone'
 * detectKind('paypal.com/help'); // => 'url'
 * detectKind('help@skrill.com'); // => 'email'
 * detectKind('请问客服电话是多少'); // => 'text'
 * ```
 */
export function detectKind(input: string): ContactKind {
  validate(z.string(), input, ['input']);
  // Past the longest single contact, it can only be a message (as verifyContact reads it); this
  // also keeps the checks below from running over megabytes.
  if (input.trim().length > MAX_CONTACT_LENGTH) return 'text';
  const text = input.normalize('NFKC').trim();
  if (/^(?:https?|mailto|tel|javascript|data|vbscript|file|blob):/i.test(text) || /^www\./i.test(text) || text.startsWith('//')) return 'url';
  if (/\s/.test(text) === false && /^[^@]+@[^@]+\.[^@]+$/.test(text)) {
    const local = text.slice(0, text.lastIndexOf('@'));
    return /\.[a-z]{2,}$/i.test(local) ? 'url' : 'email';
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:[/?#]|$)/.test(text)) return 'url';
  const sentence = /(?<!\p{L})\p{L}{2,}[\s,]+\p{L}{2,}/u.test(text); // two words: a message, not a number
  // "订单号 2026112422001" names what the digits are: read it as a message, where references are skipped.
  const firstDigit = text.search(/\d/);
  if (firstDigit > 0 && endsWithReferenceLabel(text.slice(0, firstDigit))) return 'text';
  // Words after the number ("95533说钱已经退到微信支付了") make a message; a short label ("（支付宝）") does not.
  const wordsAfter = /\d[^\d]*$/.exec(text)?.[0].match(/\p{Script=Han}/gu)?.length ?? 0;
  if (text.length <= 48 && /\d/.test(text) && !sentence && wordsAfter < 4 && !/[a-z0-9-]\.[a-z]{2,}/i.test(text) && parsePhone(text)) return 'phone';
  if (!/\s/.test(text) && /^[^\s/]+\.[a-z\p{L}]{2,}\.?(?::\d+)?(?:[/?#].*)?$/iu.test(text)) return 'url';
  return 'text';
}

/**
 * Checks whether a phone number, web address, email address or message really comes from a
 * wallet. Phone numbers are normalised (full-width digits, separators, `+86`/`0086`/`+1`, IVR
 * forms like `95017-2`, vanity spellings like `1-800-APL-CARE`); obscuring tricks (`•`, `⭐`,
 * brackets around every group, letter O for zero) are flagged. URLs are compared by host suffix
 * and registrable domain, and flagged for look-alikes, punycode, mixed scripts, brand names in
 * other domains, user-content hosts, shorteners, userinfo tricks and IP hosts. Messages are
 * scanned for impersonation-scam requests, and every contact inside is checked.
 *
 * Never throws on odd input (empty, huge, control characters, invalid URL): the verdict is
 * `unknown` with a reason. `input` may also be a {@link PreparedText} that `walletdesk/triage`
 * made, whose validation and fold are then reused. Throws `ValidationError` only for a non-string input or bad options
 * (e.g. an unknown `wallet` id).
 *
 * @example
 * ```ts
 * import { verifyContact } from 'walletdesk/channels';
 * verifyContact('95188', { wallet: 'alipay' }).verdict; // => 'official'
 * verifyContact('+1•504•217•3042', { wallet: 'venmo' }).verdict; // => 'suspicious'
 * verifyContact('https://paypa1.com/signin').reasons[0]?.code; // => 'confusable_domain'
 * const scam = verifyContact('我是支付宝客服，请把短信验证码告诉我');
 * scam.verdict; // => 'suspicious'
 * scam.locale; // => 'zh'
 * verifyContact('+1 (202) 555-0143').verdict; // => 'unknown'
 * // A call you received (回访): only the numbers a wallet calls from are official.
 * verifyContact('0722000000', { wallet: 'mpesa', direction: 'inbound' }).verdict; // => 'official'
 * verifyContact('0722 000 001', { wallet: 'mpesa', direction: 'inbound' }).reasons[0]?.code; // => 'unconfirmed_callback'
 * ```
 */
export function verifyContact(input: string | PreparedText, options: VerifyContactOptions = {}): ContactVerification {
  // A prepared text (from triage) was validated once already, and its fold is shared.
  const prepared = isPreparedText(input) ? input : undefined;
  const given = prepared ? prepared.text : input;
  if (typeof given !== 'string') {
    throw new ValidationError([{ path: ['input'], message: `Expected a string, received ${given === null ? 'null' : typeof given}`, code: 'invalid_type' }]);
  }
  if (!prepared) probe('validate-text');
  const opts = validate(optionsSchema, options ?? {}, ['options']);
  const directory = opts.directory ?? builtinDirectory;
  const claimed = opts.wallet === undefined ? undefined : directory.findWallet(opts.wallet);
  if (opts.wallet !== undefined && !claimed) {
    throw new ValidationError([
      { path: ['options', 'wallet'], message: `Unknown wallet "${opts.wallet}"; known wallets: ${directory.walletIds().join(', ')}`, code: 'unknown_wallet' },
    ]);
  }
  const head = given.length > MAX_TEXT_SCAN ? given.slice(0, MAX_TEXT_SCAN) : given;
  const locale: ReasonLocale = opts.locale ?? (probe('detect-language'), detectLanguage(head.slice(0, 4096)));
  const pre: Reason[] = [];
  let text = head;
  if (CONTROL.test(text)) {
    text = text.replace(CONTROL, ' ');
    pre.push(reason('control_characters', locale));
  }
  const kind = opts.kind ?? (text.trim().length > MAX_CONTACT_LENGTH ? 'text' : detectKind(text));
  const base = { kind, locale };
  if (text.trim() === '') return { verdict: 'unknown', ...base, reasons: [...pre, reason('empty_input', locale)] };

  const index = indexOf(directory);
  // "支付宝客服电话：400-…" names its wallet in the label: that is the claim.
  const named = !claimed && kind === 'phone' && /\p{L}{2}/u.test(text) ? walletsNamedIn(foldText(text), { directory, index, locale }) : [];
  const claim = claimed ?? (named.length === 1 ? named[0] : undefined);
  const ctx: CheckContext = {
    directory,
    index,
    locale,
    ...(claim ? { claimed: claim } : {}),
    ...(opts.region ? { region: opts.region } : {}),
  };

  if (kind !== 'text' && text.trim().length > MAX_CONTACT_LENGTH) {
    const [en, zh] = CONTACT_WORDS[kind];
    return { verdict: 'unknown', ...base, reasons: [...pre, reason('input_too_long', locale, { detail: en, detailZh: zh })] };
  }

  let result: CheckResult & { contacts?: ContactFinding[] };
  if (kind === 'phone') {
    result = checkPhone(text.trim(), ctx);
    if (opts.direction) result = judgeDirection(result, opts.direction, ctx);
  }
  else if (kind === 'url') result = checkUrl(text, ctx);
  else if (kind === 'email') result = checkEmail(text, ctx);
  else {
    // The prepared text's fold serves when the scan reads it unchanged (no cut, no control characters).
    result = checkText(text, ctx, prepared && text === prepared.text ? foldedText(prepared) : undefined);
    if (given.length > MAX_TEXT_SCAN) pre.push(reason('input_truncated', locale, { detail: String(MAX_TEXT_SCAN) }));
  }

  const out: ContactVerification = { verdict: result.verdict, ...base, reasons: [...result.reasons, ...pre] };
  if (result.wallet) out.wallet = result.wallet.id;
  if (result.channel) out.channel = result.channel;
  if (result.contacts) out.contacts = result.contacts;
  return out;
}
