import type { Candidate } from './types.js';

// Every pattern uses bounded gaps ({0,n}) so no input can make it backtrack beyond a constant per
// position. They read the prepared text (see normalize.ts): NFKC-folded, zero-width characters
// gone, odd spaces plain, long Chinese numeral runs as digits.

/** What may stand between a label and its value: 是/为/:/=/is/was/#, spaces or a line break, an opening quote. */
const GLUE = `(?:\\s{0,4}(?:是|为|:|=|is|was|are|#)){0,2}\\s{0,4}["'“‘「『(]?`;

// Labels of one-time codes. A bare "code" after error/zip/status/promo… is not a secret.
const NOT_SECRET_CODE = '(?<!(?:error|zip|postal|post|area|country|status|promo|promotion|discount|coupon|referral|invite|invitation|swift|sort|bank|branch|reason|response|qr|bar|source|product|item|tracking|gift|voucher) ?)';
const OTP_LABEL = `(?:验证码|动态码|校验码|短信码|确认码|动态密码|verification code|security code|one[- ]time code|login code|sms code|otp|${NOT_SECRET_CODE}code|pin)`;
// A code is 4–9 digits, written whole or in groups split by one space or dash (482 913, 48-29-13, 4 8 2 9).
const CODE = '\\d{1,9}(?:[ -]\\d{1,9}){0,8}';
const OTP_RE = new RegExp(`${OTP_LABEL}${GLUE}(${CODE})(?![\\w])`, 'gi');
// The label after the number: "482913 is my code", "551890这个验证码", "320118是验证码".
const OTP_AFTER_RE =
  /(?<![\w.,/-])(\d{4,9})(?![\w.,/-]\d)\s{0,3}(?:is|was|=|是|为|就是)?\s{0,3}(?:my|the|your|our|this|这个|我的|你的|那个)?\s{0,3}(?:verification |one[- ]time |security |sms |login )?(?:code|otp|pin|验证码|动态码|校验码|短信码)(?![a-z])/gi;
// Card security codes: CVV, CVV2, CVC, CVC2, CVN, CID, 安全码, "card security code".
const CVV_RE = new RegExp(`(?:cvv2?|cvc2?|cvn2?|cid|card security code|安全码|校验码\\(卡背面\\))(?:码)?${GLUE}(\\d{3,4})(?![\\w])`, 'gi');

// Password labels: 密码/口令, password (also spaced out: "pass word", "p a s s w o r d"),
// passcode, passwd, pwd, and a bare "pass" when a colon or equals sign follows it.
const PASSWORD_LABEL = '(?:密\\s?码|口令|(?<![a-z])p ?a ?s ?s ?w ?o ?r ?d|passcode|passwd|pwd|(?<![a-z])(pass)(?=\\s{0,2}[:=]))';
// ASCII punctuation is allowed inside ("Zx9!qw22", "p@ss.word"); a trailing sentence mark is
// trimmed. Chinese text (U+2E80 on) ends the value: "密码是Zx9!qw22，帮我" stops at the comma,
// which normalisation has made ASCII. '[' never starts or continues a value, so a mask is never read
// as a password.
const PASSWORD_VALUE = `[^\\s\\[\\]"'“”‘’「」『』\\u2e80-\\uffff]{4,64}`;
const PASSWORD_RE = new RegExp(`${PASSWORD_LABEL}${GLUE}(${PASSWORD_VALUE})`, 'gi');
const TRAILING_PUNCT = /[.,;:)}>]+$/;
const LEADING_PUNCT = /^[.,;:({<]+/;
const PW_STOP = new Set(['is', 'was', 'reset', 'please', 'again', 'wrong', 'incorrect', 'expired', 'link', 'change', 'changed', 'forgot', 'forgotten', 'manager', 'protected', 'required']);
const BANK_RE = new RegExp(
  `(?:银行账户|银行账号|银行卡号|账号|卡号|帐号|account no\\.?|account number|account #|acct\\.? ?(?:#|no\\.?))${GLUE}(\\d{2,30}(?:[ -]\\d{2,6}(?!\\d)){0,8})(?![\\d\\w])`,
  'gi',
);

function groupStart(m: RegExpMatchArray, group: string): number {
  return (m.index ?? 0) + m[0].length - group.length;
}

/** The first groups of a split code that hold 4–9 digits in all, or undefined. */
function codeSpan(value: string): string | undefined {
  const groups = value.split(/[ -]/);
  let digits = 0;
  let length = 0;
  for (const [i, g] of groups.entries()) {
    if (digits + g.length > 9) break;
    digits += g.length;
    length += (i > 0 ? 1 : 0) + g.length;
  }
  return digits >= 4 ? value.slice(0, length) : undefined;
}

/** One-time codes, card security codes, passwords and keyword-introduced bank accounts: only the value after (or before) its label. */
export function detectSecrets(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(OTP_RE)) {
    const value = codeSpan(m[1] ?? '');
    if (value === undefined) continue;
    const start = groupStart(m, m[1] ?? '');
    out.push({ kind: 'otp', start, end: start + value.length, confidence: 0.85 });
  }
  for (const m of norm.matchAll(OTP_AFTER_RE)) {
    const start = m.index ?? 0;
    out.push({ kind: 'otp', start, end: start + (m[1] ?? '').length, confidence: 0.8 });
  }
  for (const m of norm.matchAll(CVV_RE)) {
    const start = groupStart(m, m[1] ?? '');
    out.push({ kind: 'cvv', start, end: start + (m[1] ?? '').length, confidence: 0.9 });
  }
  for (const m of norm.matchAll(PASSWORD_RE)) {
    const raw = m[2] ?? '';
    const lead = LEADING_PUNCT.exec(raw)?.[0].length ?? 0;
    const value = raw.slice(lead).replace(TRAILING_PUNCT, '');
    if (value.length < 4 || PW_STOP.has(value.toLowerCase())) continue;
    // A bare "pass:" labels a password only when the value looks like one (a digit or a symbol).
    if (m[1] !== undefined && !/[\d\W_]/.test(value)) continue;
    const start = groupStart(m, raw) + lead;
    out.push({ kind: 'password', start, end: start + value.length, confidence: 0.75 });
  }
  for (const m of norm.matchAll(BANK_RE)) {
    const value = m[1] ?? '';
    if (value.replace(/\D/g, '').length < 10) continue;
    const start = groupStart(m, value);
    out.push({ kind: 'bank_account', start, end: start + value.length, confidence: 0.8 });
  }
  return out;
}

const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;
/** How many neighbouring groups of a run are tried together as one copy of a code (482 913). */
const MAX_GROUPS = 5;
const TOKEN = new RegExp(PASSWORD_VALUE, 'g');

/**
 * Once a value is known to be a secret, every other copy of it in the text is one too
 * ("验证码是482913，再说一遍482913"). One pass over the digit runs and one over the word-like
 * tokens, each looked up in a set, so the work stays linear however many secrets there are.
 */
export function repeatsOf(norm: string, found: readonly Candidate[]): Candidate[] {
  const codes = new Map<string, Candidate['kind']>();
  const passwords = new Set<string>();
  for (const f of found) {
    const value = norm.slice(f.start, f.end);
    if (f.kind === 'otp' || f.kind === 'cvv') codes.set(value.replace(/\D/g, ''), f.kind);
    else if (f.kind === 'password') passwords.add(value);
  }
  const out: Candidate[] = [];
  if (codes.size > 0) {
    for (const m of norm.matchAll(DIGIT_RUN)) {
      // Each space-separated group, and each run of up to MAX_GROUPS neighbouring groups, may be a
      // copy. A dash joins digits into one group: 1-800-123-4567 is one number, not four.
      const groups: { start: number; end: number }[] = [];
      for (const g of m[0].matchAll(/[\d-]+/g)) groups.push({ start: m.index + g.index, end: m.index + g.index + g[0].length });
      for (let i = 0; i < groups.length; i++) {
        let digits = '';
        for (let j = i; j < Math.min(groups.length, i + MAX_GROUPS); j++) {
          digits += norm.slice((groups[j] as { start: number }).start, (groups[j] as { end: number }).end).replace(/-/g, '');
          if (digits.length > 9) break;
          const kind = codes.get(digits);
          if (kind !== undefined) out.push({ kind, start: (groups[i] as { start: number }).start, end: (groups[j] as { end: number }).end, confidence: 0.8 });
        }
      }
    }
  }
  if (passwords.size > 0) {
    for (const m of norm.matchAll(TOKEN)) {
      const lead = LEADING_PUNCT.exec(m[0])?.[0].length ?? 0;
      const token = m[0].slice(lead).replace(TRAILING_PUNCT, '');
      if (passwords.has(token)) out.push({ kind: 'password', start: m.index + lead, end: m.index + lead + token.length, confidence: 0.7 });
    }
  }
  return out;
}
