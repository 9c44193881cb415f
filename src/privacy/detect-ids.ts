import { cnIdValid } from './cn-id.js';
import { ibanValid } from './iban.js';
import type { Candidate } from './types.js';

const CN_ID_RE = /(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;
const IBAN_RE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

/** Chinese resident IDs (checksum + birth date) and IBANs (mod 97). */
export function detectIds(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(CN_ID_RE)) {
    if (!cnIdValid(m[0])) continue;
    out.push({ kind: 'cn_id', start: m.index, end: m.index + m[0].length, confidence: m[0].length === 18 ? 0.97 : 0.8 });
  }
  for (const m of norm.matchAll(IBAN_RE)) {
    if (!ibanValid(m[0].replace(/ /g, ''))) continue;
    out.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, confidence: 0.97 });
  }
  return out;
}
