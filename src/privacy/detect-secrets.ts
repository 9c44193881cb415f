import type { Finding } from './types.js';

// All context patterns use bounded gaps ({0,n}) so no input can make them backtrack beyond a constant per position.
const GLUE = '(?:[ \\t]{0,3}(?:是|为|:|：|=|is|was|#)){0,2}[ \\t]{0,3}';
const OTP_RE = new RegExp(`(?:验证码|动态码|校验码|短信码|动态密码|verification code|security code|one-time code|otp|code|pin)${GLUE}(\\d{4,8})(?![\\w])`, 'gi');
// ASCII punctuation is allowed inside ("Zx9!qw22", "p@ss.word"); a trailing one ends the sentence and
// is trimmed. Chinese text (U+2E80 on) ends the value: "密码是Zx9!qw22，帮我" stops at the comma, which
// full-width normalisation has made ASCII. '[' never starts or continues a value, so a mask is never
// read as a password.
const PASSWORD_RE = new RegExp(`(?:密码|口令|password|passcode|passwd|pwd)${GLUE}([^\\s\\[\\]"'“”\\u2e80-\\uffff]{4,64})`, 'gi');
const TRAILING_PUNCT = /[.,;:!?)}>]+$/;
const BANK_RE = new RegExp(`(?:银行账户|银行账号|银行卡号|账号|卡号|帐号|account no\\.?|account number|account #|acct\\.? ?(?:#|no\\.?))${GLUE}(\\d{2,30}(?:[ -]\\d{2,6}(?!\\d)){0,8})(?![\\d\\w])`, 'gi');

const PW_STOP = new Set(['is', 'was', 'reset', 'please', 'again', 'wrong', 'incorrect', 'expired']);

function fromGroup(m: RegExpMatchArray, kind: Finding['kind'], original: string, confidence: number): Finding {
  const value = m[1] ?? '';
  const start = (m.index ?? 0) + m[0].length - value.length;
  return { kind, start, end: start + value.length, value: original.slice(start, start + value.length), confidence };
}

/** One-time codes, passwords and keyword-introduced bank accounts: only the value after the keyword is reported. */
export function detectSecrets(norm: string, original: string): Finding[] {
  const out: Finding[] = [];
  for (const m of norm.matchAll(OTP_RE)) out.push(fromGroup(m, 'otp', original, 0.85));
  for (const m of norm.matchAll(PASSWORD_RE)) {
    const raw = m[1] ?? '';
    const value = raw.replace(TRAILING_PUNCT, '');
    if (value.length < 4 || PW_STOP.has(value.toLowerCase())) continue;
    const start = (m.index ?? 0) + m[0].length - raw.length;
    out.push({ kind: 'password', start, end: start + value.length, value: original.slice(start, start + value.length), confidence: 0.75 });
  }
  for (const m of norm.matchAll(BANK_RE)) {
    if ((m[1] ?? '').replace(/\D/g, '').length < 10) continue;
    out.push(fromGroup(m, 'bank_account', original, 0.8));
  }
  return out;
}
