import type { Finding } from './types.js';

// Mainland mobiles: optional +86 / 0086, then 1[3-9] and 9 more digits, grouped 3-4-4 with optional space/dash.
const CN_MOBILE_RE = /(?<![\d+\w])(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\d\w])/g;
// International E.164-like: '+', country code, 7–14 more digits with optional single separators.
const INTL_RE = /(?<![\d\w+])\+[1-9]\d{0,2}(?:[ -]?\(?\d\)?){6,13}(?![\d\w])/g;

/** Mainland mobile numbers and international numbers written with a leading '+'. */
export function detectPhones(norm: string, original: string): Finding[] {
  const out: Finding[] = [];
  for (const m of norm.matchAll(CN_MOBILE_RE)) {
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, value: original.slice(m.index, m.index + m[0].length), confidence: 0.9 });
  }
  for (const m of norm.matchAll(INTL_RE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, value: original.slice(m.index, m.index + m[0].length), confidence: 0.8 });
  }
  return out;
}
