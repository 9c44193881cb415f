import { luhnValid } from './luhn.js';
import type { Candidate } from './types.js';

// Bounded repetition with a bounded separator (one space, dash, dot or slash; two or three spaces;
// or a line break): each start position does O(19) work, so the scan is linear.
const CARD_RE = /(?<![\d\w-])\d(?:(?:[ ./-]|[ \t]{2,3}|[ \t]?\r?\n[ \t]?)?\d){12,18}(?![\d\w]|[-./]\d)/g;
const SEPARATORS = /[^\d]/g;

/** Issuer ranges named in the issue: UnionPay 62, Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, JCB 35. */
export function knownIin(digits: string): boolean {
  if (digits.startsWith('4') || digits.startsWith('62') || digits.startsWith('34') || digits.startsWith('37') || digits.startsWith('35')) return true;
  const two = Number(digits.slice(0, 2));
  if (two >= 51 && two <= 55) return true;
  const four = Number(digits.slice(0, 4));
  return four >= 2221 && four <= 2720;
}

/** Payment card numbers: 13–19 digits with optional separators, a known IIN and a valid Luhn digit. */
export function detectCards(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(CARD_RE)) {
    const digits = m[0].replace(SEPARATORS, '');
    if (!knownIin(digits) || !luhnValid(digits)) continue;
    if (digits.startsWith('34') || digits.startsWith('37') ? digits.length !== 15 : digits.length < 16 && !digits.startsWith('4')) continue;
    out.push({ kind: 'card', start: m.index, end: m.index + m[0].length, confidence: 0.95 });
  }
  return out;
}
