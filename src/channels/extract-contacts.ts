/**
 * Finds the phone numbers, web addresses and email addresses inside a message, so each can be
 * checked like a standalone contact. Amounts, dates, times and verification codes are not phone
 * numbers; short numbers (3–6 digits) count only next to a word like 拨打 / call / hotline, or when
 * the directory knows them (95188, 2882). Order, transaction and tracking numbers are not phone
 * numbers either (see `reference-numbers.ts`); they are returned in `references` instead.
 */
import { parse as parseDomain } from 'tldts';
import { emailPattern } from '../_internal/email-pattern.js';
import type { DirectoryIndex } from './directory-index.js';
import { foldChineseDigits, parsePhone, phoneKeys } from './phone-number.js';
import { endsWithReferenceLabel, referenceShaped } from './reference-numbers.js';

/** A contact found in a message. */
export interface ExtractedContact {
  readonly kind: 'phone' | 'url' | 'email';
  /** As written in the message. */
  readonly value: string;
  readonly index: number;
}

const EMAIL = emailPattern();
// A bare host ("paypal-help.lol/login") is any dotted name whose last label is a top-level domain
// on the public-suffix list (checked with tldts below, so new gTLDs such as .lol, .sbs, .cfd count).
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'，。！？、；：（）【】「」《》]+|(?<![@\w.-])(?:[a-z0-9-]{1,63}\.){1,8}[a-z][a-z0-9-]{1,62}(?![\w-])(?::\d{1,5})?(?:\/[^\s<>"'，。！？、；：（）【】「」《》]*)?/gi;
// Top-level domains that are more often file extensions in a message ("README.md", "setup.py").
const FILE_EXTENSIONS = new Set(['md', 'py', 'sh', 'pl', 'rs', 'ps', 'so', 'pm', 'mk']);

/** True when a schemeless candidate ends in a real top-level domain, written as a host, not a sentence. */
function bareHost(candidate: string): boolean {
  const host = candidate.replace(/[:/].*$/, '');
  const tld = host.slice(host.lastIndexOf('.') + 1);
  // "Thanks.See you": a capital after the dot starts a sentence; hosts are written in one case.
  if (/^[A-Z][a-z]/.test(tld) || FILE_EXTENSIONS.has(tld.toLowerCase())) return false;
  const info = parseDomain(host.toLowerCase());
  return info.isIcann === true && Boolean(info.domain);
}
const PHONE =
  /[+⭐★☎📞]?[(（]?(?:\+|00)?[0-9][0-9Oo\s\-–—.•·⭐★()（）[\]\u00a0]{1,28}[0-9](?:\s*(?:转|轉|按|ext\.?|x)\s*[0-9]{1,4})?/gu;
const PHONE_WORD = /(?:拨打|致电|电话|热线|客服|联系|号码|打|call|dial|phone|hotline|helpline|tel|contact|number|at)\W{0,6}$/i;
const NOT_PHONE_AFTER = /^\s*(?:元|块|美元|刀|%|万|亿|天|小时|分钟|个|笔|次|位|年|月|日|号|岁|kg|km|gb|mb|am|pm|:|：)/i;
// "12:30" and "3.5" are glued to their digits; "24/7: 1-800-…" is a label, then a number.
const NOT_PHONE_BEFORE = /(?:[$¥￥€£]|usd|rmb)\s*$|\d[:.：]$/i;

/** Every regular expression run over a whole message here, for the linear-time guard test. */
export const CONTACT_REGEXES: readonly RegExp[] = [EMAIL, URL_RE, PHONE];

// Digits as spam pages write them, folded to ASCII one UTF-16 unit for one so that positions in the
// folded copy are positions in the text: full-width (４００), circled (①⓪❶), keycap (4️⃣: the
// selector and keycap marks become '•', which the phone parser reports as decoration) and Chinese
// digit words (九五一八八). The number itself is then read from the original writing.
function foldDigits(text: string): string {
  const folded = text.replace(/[\uff10-\uff19\uff0b\uff0d\u2460-\u2468\u24ea\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u30fb]|\ufe0f|\u20e3/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) return String(c - 0xff10);
    if (c === 0xff0b) return '+';
    if (c === 0xff0d) return '-';
    if (c === 0x24ea || c === 0x24ff) return '0';
    if (c >= 0x2460 && c <= 0x2468) return String(c - 0x2460 + 1);
    if (c >= 0x2776 && c <= 0x277e) return String(c - 0x2776 + 1);
    if (c >= 0x2780 && c <= 0x2788) return String(c - 0x2780 + 1);
    if (c >= 0x278a && c <= 0x2792) return String(c - 0x278a + 1);
    if (c === 0x30fb) return '·';
    return '•';
  });
  return foldChineseDigits(folded);
}

/** Cuts a candidate at a bracket it opens but never closes: "1-800-275-2273 (1-800" → "1-800-275-2273". */
function cutUnclosedBracket(value: string): string {
  const open: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === '(' || ch === '（' || ch === '[') open.push(i);
    else if ((ch === ')' || ch === '）' || ch === ']') && open.length > 0) open.pop();
  }
  const at = open[0];
  return at !== undefined && at > 0 ? value.slice(0, at).trim() : value;
}

/**
 * Every contact in `text`, in order, at most `limit`. Digit runs read as order/transaction/tracking
 * numbers are pushed to `references` (when given) rather than returned.
 */
export function extractContacts(text: string, index: DirectoryIndex, limit = 20, references?: string[]): ExtractedContact[] {
  const found: ExtractedContact[] = [];
  let masked = text.replace(EMAIL, (match, offset: number) => {
    found.push({ kind: 'email', value: match, index: offset });
    return ' '.repeat(match.length);
  });
  masked = masked.replace(URL_RE, (match, offset: number) => {
    const value = match.replace(/[.,;:!?)\]}>'"]+$/, '');
    if (!/^(?:https?:\/\/|www\.)/i.test(match) && !bareHost(value)) {
      // "paypal.com.evil": keep the longest front part that is a host ("paypal.com").
      const labels = value.replace(/[:/].*$/, '').split('.');
      while (labels.length > 2 && !bareHost(labels.slice(0, -1).join('.'))) labels.pop();
      const host = labels.slice(0, -1).join('.');
      if (labels.length < 3 || !bareHost(host)) return match;
      found.push({ kind: 'url', value: host, index: offset });
      return ' '.repeat(host.length) + match.slice(host.length);
    }
    if (!/^\d+(?:\.\d+)+$/.test(value)) found.push({ kind: 'url', value, index: offset }); // not "3.5"
    return ' '.repeat(match.length);
  });
  const digits = foldDigits(masked);
  let candidates = 0;
  for (const match of digits.matchAll(PHONE)) {
    if (found.length >= limit || ++candidates > 500) break;
    let folded = cutUnclosedBracket(match[0].trim().replace(/[\s(（]+$/, ''));
    // "… (7441) 24/7": a last group glued to a slash is an hours note, not part of the number.
    if (digits.charAt(match.index + match[0].trimEnd().length) === '/') folded = folded.replace(/\s+\d{1,2}$/, '');
    const start = match.index + match[0].indexOf(folded.charAt(0));
    const value = text.slice(start, start + folded.length);
    const before = masked.slice(Math.max(0, start - 12), start);
    const after = masked.slice(start + value.length, start + value.length + 4);
    if (NOT_PHONE_BEFORE.test(before) || NOT_PHONE_AFTER.test(after)) continue;
    if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(folded) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(folded)) continue;
    const phone = parsePhone(value);
    if (!phone) continue;
    // "订单号 2026112422001", "SF1234567890123", "1Z999AA10123456784": references, not numbers to call.
    const glued = /[A-Za-z0-9_]/.test(digits.charAt(start - 1)) || /[A-Za-z0-9_]/.test(digits.charAt(start + value.length));
    const labelled = endsWithReferenceLabel(masked.slice(Math.max(0, start - 32), start));
    if (phone.digits.length > 15 || glued || labelled || (phone.tricks.length === 0 && referenceShaped(phone))) {
      if (references && references.length < 5 && phone.digits.length >= 6) references.push(value);
      continue;
    }
    if (phone.digits.length < 7) {
      const known = phoneKeys(phone).some((key) => index.phones.has(key)) || (phone.groups.length > 1 && index.phones.has(`nat:${phone.groups[0]}`));
      if (!known && !PHONE_WORD.test(before) && !/^9[56]\d{3}$/.test(phone.digits)) continue;
    }
    found.push({ kind: 'phone', value, index: start });
  }
  return found.sort((a, b) => a.index - b.index).slice(0, limit);
}
