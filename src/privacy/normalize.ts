/**
 * The text the detectors read, and the way back to the caller's offsets. Secrets are written to
 * dodge filters (full-width digits, no-break and zero-width spaces, soft hyphens, Chinese
 * numerals), so the detectors never read the raw text: they read `norm`, in which
 * - every code point is NFKC-folded (full-width `４` → `4`, `①` → `1`, `：` → `:`);
 * - zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and soft hyphens are dropped;
 * - every other space (NBSP, narrow NBSP, figure and ideographic spaces) is a plain space;
 * - a run of 4 or more Chinese numerals (`四八二九一三`, `幺二三四五六`) is read as digits, so
 *   a one-time code read out in words is found; shorter runs (`三四五分钟`) are left as words.
 *
 * `map(start, end)` turns a span of `norm` into the UTF-16 span of the original it came from.
 * Work is one pass over the text; pure ASCII without any of the above is used as it is.
 */

import { CHINESE_DIGIT_WORDS } from '../_internal/phone-facts.js';

/** What the detectors read, and the map back to the original. */
export interface DetectorText {
  readonly norm: string;
  /** The original UTF-16 span `[start, end)` that `norm.slice(start, end)` came from. */
  map(start: number, end: number): { start: number; end: number };
}

// 零〇一幺二三四五六七八九 as their digits (code unit → ASCII code unit), from the one table. 两 is
// left out: here a run of four words becomes digits, and 两 is a quantity word too often (两三千).
const CN_DIGITS = new Map<number, number>(
  Object.entries(CHINESE_DIGIT_WORDS)
    .filter(([word]) => word !== '两')
    .map(([word, digit]) => [word.charCodeAt(0), digit.charCodeAt(0)]),
);
const MIN_NUMERAL_RUN = 4;

function isDropped(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function isSpace(c: number): boolean {
  return c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Characters NFKC leaves alone and that need no look: CJK ideographs, kana, Hangul. */
function isPlainWide(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3);
}

const NEEDS_WORK = /[^\x00-\x7f]/;
// NFKC of single code points seen before (bounded: only non-ASCII, non-ideograph code points land here).
const NFKC_CACHE = new Map<number, string>();
const NFKC_CACHE_MAX = 4096;

function nfkc(cp: number): string {
  let folded = NFKC_CACHE.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp).normalize('NFKC');
    if (NFKC_CACHE.size < NFKC_CACHE_MAX) NFKC_CACHE.set(cp, folded);
  }
  return folded;
}

/**
 * Prepares `text` for the detectors. Runs of characters that stay as they are (ASCII, ideographs,
 * anything NFKC leaves alone) are copied as slices; only the characters that change are emitted one
 * by one, so ordinary Chinese and English text costs one pass and a few slices.
 *
 * @example
 * ```ts
 * // internal: readForDetectors('验证码 ４８２９１３').norm === '验证码 482913'
 * ```
 */
export function readForDetectors(text: string): DetectorText {
  if (!NEEDS_WORK.test(text)) return { norm: text, map: (start, end) => ({ start, end }) };
  const n = text.length;
  const parts: string[] = [];
  // For each UTF-16 unit of norm: the original index of the code point it came from, and its end.
  let from = new Int32Array(n + 16);
  let to = new Int32Array(n + 16);
  let length = 0;
  let runStart = 0;
  const reserve = (units: number) => {
    if (length + units <= from.length) return;
    const size = Math.max(from.length * 2, length + units);
    const grownFrom = new Int32Array(size);
    grownFrom.set(from);
    from = grownFrom;
    const grownTo = new Int32Array(size);
    grownTo.set(to);
    to = grownTo;
  };
  const flush = (end: number) => {
    if (end <= runStart) return;
    parts.push(text.slice(runStart, end));
    reserve(end - runStart);
    for (let k = runStart; k < end; k++) {
      from[length] = k;
      to[length] = k + 1;
      length++;
    }
  };
  const emit = (s: string, start: number, end: number) => {
    parts.push(s);
    reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      from[length] = start;
      to[length] = end;
      length++;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    if (CN_DIGITS.has(c)) {
      let j = i + 1;
      while (j < n && CN_DIGITS.has(text.charCodeAt(j))) j++;
      if (j - i >= MIN_NUMERAL_RUN) {
        flush(i);
        // One code unit in, one digit out: the run keeps its length, so the map is the identity.
        let digits = '';
        for (let k = i; k < j; k++) digits += String.fromCharCode(CN_DIGITS.get(text.charCodeAt(k)) as number);
        runStart = j;
        parts.push(digits);
        reserve(j - i);
        for (let k = i; k < j; k++) {
          from[length] = k;
          to[length] = k + 1;
          length++;
        }
      }
      i = j;
      continue;
    }
    if (isPlainWide(c)) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    let replacement: string;
    if (isDropped(c)) replacement = '';
    else if (isSpace(c)) replacement = ' ';
    else if (c >= 0xff01 && c <= 0xff5e) replacement = String.fromCharCode(c - 0xfee0);
    else {
      replacement = nfkc(cp);
      if (replacement.length === width && replacement === text.slice(i, i + width)) {
        i += width;
        continue;
      }
    }
    flush(i);
    if (replacement !== '') emit(replacement, i, i + width);
    i += width;
    runStart = i;
  }
  flush(n);
  const norm = parts.join('');
  return {
    norm,
    map: (start, end) => ({
      start: start < length ? (from[start] as number) : n,
      end: end > start ? (to[end - 1] as number) : start < length ? (from[start] as number) : n,
    }),
  };
}
