import { MAINLAND_MOBILE_PREFIX } from '../_internal/phone-facts.js';
import type { Candidate } from './types.js';

/** Which national (no country code) formats to read; numbers with `+`/`00` and mainland mobiles are always read. */
export type PhoneLocale = 'zh' | 'en' | 'any';

// Mainland mobiles: optional +86 / 0086, then 1[3-9] and 9 more digits, grouped 3-4-4 with optional space/dash.
const CN_MOBILE_RE = new RegExp(String.raw`(?<![\d+\w])(?:(?:\+|00)86[ -]?)?${MAINLAND_MOBILE_PREFIX}\d(?:[ -]?\d{4}){2}(?![\d\w])`, 'g');
// International E.164-like: '+', country code, 7–14 more digits with optional single separators.
const INTL_RE = /(?<![\d\w+])\+[1-9]\d{0,2}(?:[ -]?\(?\d\)?){6,13}(?![\d\w])/g;
// Mainland landlines (zh): trunk 0 + 2–3 digit area code, separated or bracketed, then 7–8 digits
// ("010-6552 9988", "(0571) 88156688"). The separator is required: unbroken runs are order numbers.
const CN_LANDLINE_RE = /(?<![\d\w+(-])(?:\(0\d{2,3}\) ?|0\d{2,3}[ -])\d{3,4}[ -]?\d{4}(?![\d\w]|[-.]\d)/g;
// North American numbers (en): area code and exchange start 2–9 (NANP), written 3-3-4 with
// separators or a bracketed area code ("(415) 555-0132", "415.555.0198"), optional leading 1.
const NANP_RE = /(?<![\d\w+(.-])(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?![\d\w]|[-.]\d)/g;

function push(out: Candidate[], re: RegExp, norm: string, confidence: number): void {
  for (const m of norm.matchAll(re)) {
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, confidence });
  }
}

/**
 * Mainland mobiles and numbers written with a leading '+' always; national formats by locale:
 * mainland landlines for `zh`, North American numbers for `en`, both for `any`.
 */
export function detectPhones(norm: string, locale: PhoneLocale = 'any'): Candidate[] {
  const out: Candidate[] = [];
  push(out, CN_MOBILE_RE, norm, 0.9);
  for (const m of norm.matchAll(INTL_RE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, confidence: 0.8 });
  }
  if (locale !== 'en') push(out, CN_LANDLINE_RE, norm, 0.75);
  if (locale !== 'zh') push(out, NANP_RE, norm, 0.75);
  return out;
}
