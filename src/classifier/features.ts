/**
 * Turns a help request into hashed sparse features for the linear model. No word segmenter and
 * no dictionary: Chinese gets character unigrams and bigrams (the bigrams carry most of the
 * meaning: 提现, 转账, 被盗), English gets stemmed words, word bigrams and character 3–4-grams
 * inside each word, so typos ("recieved", "tranfer") still share most features with the right
 * spelling.
 *
 * Features are hashed (FNV-1a, 32 bit) into a fixed number of buckets. The extractor works on
 * character codes and hashes slices of three small buffers in place, without building a string
 * per feature: classification is on the hot path. Names are only built when asked for
 * (explanations, {@link featureNames}).
 */
import { z } from 'zod';
import { normalizeText } from '../_internal/text/index.js';
import { validate } from '../_internal/validate.js';
import { foldChineseVariants } from './zh-variants.js';

/** One feature of a text: its readable name, its bucket and its value. */
export interface Feature {
  /** Readable name with a namespace prefix, e.g. `zh2:提现`, `w:refund`, `c:<ref`. */
  readonly name: string;
  /** Bucket index in `[0, buckets)`. */
  readonly index: number;
  /** Value after L2 normalisation of the text's feature vector. */
  readonly value: number;
}

/** Upper bound of distinct features per text, so a long paste stays cheap. */
export const MAX_FEATURES = 600;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** FNV-1a over UTF-16 code units; deterministic on every platform. */
export function hashFeature(name: string): number {
  return fnv(FNV_OFFSET, name, 0, name.length) >>> 0;
}

// Namespaces: the prefix is hashed first, so `w:card` and `c:card` land in different buckets.
const PREFIXES = ['zh1:', 'zh2:', 'w:', 'w2:', 'c:'] as const;
const ZH1 = 0;
const ZH2 = 1;
const W1 = 2;
const W2 = 3;
const CHAR = 4;
const PREFIX_HASH = PREFIXES.map((p) => fnv(FNV_OFFSET, p, 0, p.length));

const HAN = /\p{Script=Han}/u;
const HAN_ANYWHERE = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isHan(code: number, char: string): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  return HAN.test(char);
}

function isWordChar(code: number, char: string): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return true;
  if (code < 0x80) return false;
  return LETTER_OR_DIGIT.test(char);
}

// A light English stemmer: enough to fold "declined/declines/declining" and "charges/charged",
// not a Porter stemmer (over-stemming hurts short queries more than it helps).
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

const SEEN_SIZE = 4096; // a power of two, well above MAX_FEATURES
const SEEN_MASK = SEEN_SIZE - 1;
const seenHash = new Uint32Array(SEEN_SIZE);
const seenStamp = new Uint32Array(SEEN_SIZE);
let currentStamp = 0;

function nextStamp(): number {
  currentStamp = (currentStamp + 1) >>> 0;
  if (currentStamp === 0) {
    seenStamp.fill(0);
    currentStamp = 1;
  }
  return currentStamp;
}

/**
 * Features as buffer slices: feature `i` has namespace `meta[3i]` and name
 * `buffer(kind).slice(meta[3i + 1], meta[3i + 2])`; its hash is `hashBuffer[i]` until the next
 * extraction (callers copy what they keep).
 */
interface Extracted {
  han: string;
  stems: string;
  padded: string;
  count: number;
  meta: Int32Array;
}

// Per-call feature buffers, reused (extraction is synchronous); `meta` is copied out per text.
const hashBuffer = new Int32Array(MAX_FEATURES);
const metaBuffer = new Int32Array(3 * MAX_FEATURES);
let featureCount = 0;
let featureStamp = 0;

/** Adds a feature by its (unsigned) hash unless it is a repeat or the text is at MAX_FEATURES. */
function addHashed(kind: number, hash: number, start: number, end: number): void {
  if (featureCount >= MAX_FEATURES) return;
  let slot = hash & SEEN_MASK;
  while (seenStamp[slot] === featureStamp) {
    if (seenHash[slot] === hash) return;
    slot = (slot + 1) & SEEN_MASK;
  }
  seenStamp[slot] = featureStamp;
  seenHash[slot] = hash;
  hashBuffer[featureCount] = hash;
  const at = 3 * featureCount;
  metaBuffer[at] = kind;
  metaBuffer[at + 1] = start;
  metaBuffer[at + 2] = end;
  featureCount++;
}

function add(kind: number, buffer: string, start: number, end: number): void {
  addHashed(kind, fnv(PREFIX_HASH[kind]!, buffer, start, end) >>> 0, start, end);
}

/** FNV-1a hashes of the 3-grams of the word being hashed (words of at most 24 letters). */
const gramHash = new Int32Array(32);

/**
 * Splits the normalised text into runs (a run ends at punctuation or a change of script) and
 * writes three buffers: Han characters of each run separated by a space; stems of each run
 * separated by spaces (runs separated by a newline); raw words padded as `<word>`.
 */
function extract(lowered: string): Extracted {
  const normalized = HAN_ANYWHERE.test(lowered) ? foldChineseVariants(lowered) : lowered;
  let han = '';
  let stems = '';
  let padded = '';
  let wordStart = -1;
  let inHan = false;
  let inWords = false;
  const endWord = (at: number) => {
    if (wordStart < 0) return;
    let w = normalized.slice(wordStart, at);
    wordStart = -1;
    if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
    if (w === '') return;
    if (/\d/.test(w)) w = w.replace(/\d+/g, '0');
    stems += inWords ? ` ${stem(w)}` : stem(w);
    padded += `<${w}>`;
    inWords = true;
  };
  const endWords = (at: number) => {
    endWord(at);
    if (inWords) stems += '\n';
    inWords = false;
  };
  const endHan = () => {
    if (inHan) han += ' ';
    inHan = false;
  };
  const length = normalized.length;
  let hanFrom = -1;
  for (let i = 0; i < length; i++) {
    let code = normalized.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      code = normalized.codePointAt(i) ?? code;
      width = 2;
    }
    // The character as a string only where a Unicode property test needs it.
    let char = '';
    let hanChar = false;
    if (code >= 0x80) {
      if (code >= 0x4e00 && code <= 0x9fff) hanChar = true;
      else {
        char = normalized.slice(i, i + width);
        hanChar = isHan(code, char);
      }
    }
    if (hanChar) {
      // Consecutive Han characters are appended to `han` as one slice when the run ends.
      endWords(i);
      if (hanFrom < 0) hanFrom = i;
      inHan = true;
      i += width - 1;
      continue;
    }
    if (hanFrom >= 0) {
      han += normalized.slice(hanFrom, i);
      hanFrom = -1;
    }
    if (isWordChar(code, char) || ((code === 0x27 || code === 0x2019) && wordStart >= 0)) {
      // Apostrophes stay inside a word and are dropped later: "haven't" → "havent".
      endHan();
      if (wordStart < 0) wordStart = i;
    } else if (code === 0x20 || code === 0x2d || code === 0x5f || code === 0x2f || code === 0x09) {
      endWord(i);
    } else {
      // Punctuation and line breaks end a phrase: no bigram across them.
      endWords(i);
      endHan();
    }
    i += width - 1;
  }
  if (hanFrom >= 0) han += normalized.slice(hanFrom, length);
  endWords(length);
  endHan();

  // De-duplicate with a reusable open-addressing table stamped by call, not a Set per call.
  featureStamp = nextStamp();
  featureCount = 0;
  // Han unigrams and bigrams, run by run (code units: a rare astral character is two units,
  // which only makes its n-grams a little longer).
  for (let start = 0; start < han.length; ) {
    let end = han.indexOf(' ', start);
    if (end < 0) end = han.length;
    for (let i = start; i < end; i++) add(ZH1, han, i, i + 1);
    for (let i = start; i + 1 < end; i++) add(ZH2, han, i, i + 2);
    start = end + 1;
  }
  // Stems and stem bigrams (a bigram is the slice "a b" of the buffer).
  for (let start = 0; start < stems.length; ) {
    let end = stems.indexOf('\n', start);
    if (end < 0) end = stems.length;
    let previous = -1;
    for (let i = start; i <= end; i++) {
      if (i === end || stems.charCodeAt(i) === 0x20) {
        const wordStart = previous < 0 ? start : previous;
        add(W1, stems, wordStart, i);
        if (previous >= 0) {
          const prevStart = stems.lastIndexOf(' ', previous - 2) + 1;
          add(W2, stems, Math.max(prevStart, start), i);
        }
        previous = i + 1;
      }
    }
    start = end + 1;
  }
  // Character 3- and 4-grams inside each padded word of 3 to 24 letters. A 4-gram's hash
  // continues its 3-gram's, so each 3-gram is hashed once; features keep their order (all
  // 3-grams of a word, then its 4-grams).
  const charHash = PREFIX_HASH[CHAR]!;
  for (let start = 0; start < padded.length; ) {
    const end = padded.indexOf('>', start) + 1;
    const length = end - start - 2;
    if (length >= 3 && length <= 24) {
      for (let i = start; i + 3 <= end; i++) {
        const h = fnv(charHash, padded, i, i + 3);
        gramHash[i - start] = h;
        addHashed(CHAR, h >>> 0, i, i + 3);
      }
      for (let i = start; i + 4 <= end; i++) addHashed(CHAR, Math.imul(gramHash[i - start]! ^ padded.charCodeAt(i + 3), FNV_PRIME) >>> 0, i, i + 4);
    }
    start = end;
  }
  return { han, stems, padded, count: featureCount, meta: metaBuffer.slice(0, 3 * featureCount) };
}

function nameOf(e: Extracted, i: number): string {
  const kind = e.meta[3 * i] ?? 0;
  const buffer = kind <= ZH2 ? e.han : kind <= W2 ? e.stems : e.padded;
  return `${PREFIXES[kind]}${buffer.slice(e.meta[3 * i + 1], e.meta[3 * i + 2])}`;
}

/**
 * The feature names of a text, before hashing: useful to see what the model sees.
 *
 * @example
 * ```ts
 * import { featureNames } from 'walletdesk/classifier';
 * featureNames('提现失败'); // => ['zh1:提', 'zh1:现', 'zh1:失', 'zh1:败', 'zh2:提现', 'zh2:现失', 'zh2:失败']
 * featureNames('Refunds pending').slice(0, 3); // => ['w:refund', 'w:pend', 'w2:refund pend']
 * ```
 */
export function featureNames(text: string): string[] {
  const e = extract(normalizeText(text));
  return Array.from({ length: e.count }, (_, i) => nameOf(e, i));
}

/** Hashed features without names: the hot path of classification and training. */
export interface HashedFeatures {
  /** Bucket of each feature (the first `count` entries). */
  readonly index: Int32Array;
  /** Number of features. */
  readonly count: number;
  /** The same value for every feature: 1 / √n (L2-normalised binary features). */
  readonly value: number;
  /** Builds the name of feature `i` (for explanations). */
  name(i: number): string;
}

/** Hashed features of a text for a model with `buckets` buckets (a power of two). */
export function hashFeatures(text: string, buckets: number): HashedFeatures {
  return hashNormalizedFeatures(normalizeText(text), buckets);
}

/** {@link hashFeatures} of a text that {@link normalizeText} has already normalised. */
export function hashNormalizedFeatures(normalized: string, buckets: number): HashedFeatures {
  const e = extract(normalized);
  const mask = buckets - 1;
  // A plain loop: TypedArray.from with a map function is several times slower.
  const index = new Int32Array(e.count);
  for (let i = 0; i < index.length; i++) index[i] = hashBuffer[i]! & mask;
  return { index, count: index.length, value: index.length === 0 ? 0 : 1 / Math.sqrt(index.length), name: (i) => nameOf(e, i) };
}

// A bucket is `hash & (buckets - 1)`, so only a power of two spreads features over every bucket.
const bucketsSchema = z
  .number()
  .int()
  .min(1)
  .max(2 ** 30)
  .refine((n) => (n & (n - 1)) === 0, 'Expected a power of two');

/**
 * Hashed, L2-normalised features of a text for a model with `buckets` buckets.
 *
 * @example
 * ```ts
 * import { extractFeatures } from 'walletdesk/classifier';
 * const features = extractFeatures('退款', 1024);
 * features.map((f) => f.name); // => ['zh1:退', 'zh1:款', 'zh2:退款']
 * features.every((f) => f.index >= 0 && f.index < 1024); // => true
 * ```
 */
export function extractFeatures(text: string, buckets: number): Feature[] {
  validate(bucketsSchema, buckets, ['buckets']);
  const hashed = hashFeatures(text, buckets);
  return Array.from(hashed.index, (index, i) => ({ name: hashed.name(i), index, value: hashed.value }));
}
