/**
 * Features of the shipped TF-IDF ensemble (./tfidf-ensemble.ts, issue 17): two blocks of hashed
 * n-grams, each weighted by TF-IDF and L2-normalised on its own.
 *
 * - Word block: token 1- and 2-grams. A token is a run of letters or digits (digits read as 0),
 *   or one Han character, so Chinese gets character unigrams and bigrams without a segmenter.
 * - Character block: 2- to 5-grams taken inside each word padded with a space (scikit-learn's
 *   `char_wb`); a run of Han characters counts as one word. Typos (`recieved`) and pinyin written
 *   with or without spaces (`zhifu` / `zhi fu`) keep most of their character n-grams.
 *
 * Features are hashed (FNV-1a over UTF-16 code units, one seed per block) into `wordBuckets`
 * word buckets followed by `charBuckets` character buckets. Extraction works on character codes
 * in reused typed buffers; names are only built for explanations (`lastFeatureName`).
 */
import { foldChineseVariants } from './zh-variants.js';

/** How the two blocks are weighted; the shipped model uses every option (see the guide's ablation). */
export interface TfidfFeatureOptions {
  readonly wordBuckets: number;
  readonly charBuckets: number;
  /** `1 + ln(tf)` instead of tf (default true). */
  readonly sublinearTf?: boolean;
  /**
   * Count a repeated n-gram once (default false). The shipped model does: otherwise filler
   * repeated in a long paste (`blah blah …`) outweighs the request written before it.
   */
  readonly binaryTf?: boolean;
  /** Character n-grams inside words (true, `char_wb`) or across the whole text with spaces (false). */
  readonly charWithinWords?: boolean;
  /** L2-normalise each block on its own (true) or both blocks together (false). */
  readonly perBlockNorm?: boolean;
  /** Shortest character n-gram, 2 (default) or 3 (fewer features, a faster pass). */
  readonly minCharGram?: number;
  /**
   * Signed feature hashing (default false; Weinberger et al. 2009, scikit-learn's
   * `alternate_sign`): the top bit of an n-gram's hash (the buckets take the low bits) gives its
   * value a sign, so n-grams that collide in a bucket cancel in expectation instead of adding up.
   * A bucket hit twice in one text keeps the sign of its first n-gram.
   */
  readonly signedHash?: boolean;
  /** Longest word n-gram, 2 (default) or 3. */
  readonly maxWordGram?: number;
  /** Longest character n-gram, 5 (default) or more. */
  readonly maxCharGram?: number;
}

/** Options added after the first shipped model: absent from a stored recipe means the default. */
type LaterOption = 'signedHash' | 'maxWordGram' | 'maxCharGram';

/**
 * The options a trained model stores: every option spelled out, except those added later
 * (`signedHash`, `maxWordGram`, `maxCharGram`), present only when not the default, so models
 * trained before they existed keep their bytes.
 */
export type TfidfFeatureRecipe = Omit<Required<TfidfFeatureOptions>, LaterOption> & Pick<TfidfFeatureOptions, LaterOption>;

/**
 * The features of one text: `count` (bucket, value) pairs in reused buffers. The word block's
 * features come first (`wordCount` of them), then the character block's. `raw` is each value
 * before normalisation (tf weight × idf) and `wordNorm` / `charNorm` the factors that normalise
 * each block, so `value[i]` is `raw[i]` times its block's factor; scoring works on `raw` (see
 * `scoreTfidf` in ./tfidf-ensemble.ts).
 */
export interface TfidfFeatures {
  count: number;
  readonly bucket: Int32Array;
  readonly value: Float64Array;
  readonly raw: Float64Array;
  wordCount: number;
  wordNorm: number;
  charNorm: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = fnvString(FNV_OFFSET, 'w:');
const CHAR_SEED = fnvString(FNV_OFFSET, 'c:');
const SPACE = 32;
/** Distinct features kept per text; a longer text is cut here (it is at most 2,000 characters). */
const MAX_DISTINCT = 4096;

function fnvString(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN_ANYWHERE = /[\u3400-\u9fff\uf900-\ufaff]/;

/** 0: separator, 1: word character, 2: Han. */
function classOf(code: number, text: string, i: number): number {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  const char = text[i]!;
  if (code >= 0x2e80 && HAN.test(char)) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 0; // astral letters are rare here; read as separators
  return LETTER_OR_DIGIT.test(char) ? 1 : 0;
}

// Reused per-process buffers (classification is synchronous).
let codes = new Uint16Array(2048); // the text as tokens: words and Han runs separated by one space
let tokenStart = new Int32Array(1024);
let tokenEnd = new Int32Array(1024);
let tokenIsHan = new Uint8Array(1024);
/** 1 when a Han token stood right after the previous Han token in the text (same run). */
let hanAdjacent = new Uint8Array(1024);
let counts = new Uint16Array(0);
const touched = new Int32Array(MAX_DISTINCT);
/** 1 when the n-gram that first filled the feature hashed to a negative sign (signed hashing only). */
const negative = new Uint8Array(MAX_DISTINCT);
/**
 * Where the n-gram that first filled each distinct feature of the last text sits in `codes`
 * (`[nameFrom, nameTo)`) and what it is (`nameKind`: 0 word, 1 word bigram, 2 character n-gram,
 * plus 4 / 8 for a leading / trailing pad space), so an explanation can name a feature without a
 * second pass.
 */
const nameFrom = new Int32Array(MAX_DISTINCT);
const nameTo = new Int32Array(MAX_DISTINCT);
const nameKind = new Uint8Array(MAX_DISTINCT);

function ensure(length: number): void {
  // the token text (at most 2 code units per character) and a copy of each Han run after it
  if (codes.length < 5 * length + 8) codes = new Uint16Array(5 * length + 8);
  if (tokenStart.length < length + 1) {
    tokenStart = new Int32Array(2 * length + 1);
    tokenEnd = new Int32Array(2 * length + 1);
    tokenIsHan = new Uint8Array(2 * length + 1);
    hanAdjacent = new Uint8Array(2 * length + 1);
  }
}

let hashes = new Int32Array(1024);

/**
 * Counts feature `b` of hash `h` (its first sighting records it in `touched`, and the hash's top
 * bit in `negative`); returns the distinct count (unchanged when the text is full).
 */
function bump(b: number, h: number, distinct: number): number {
  if (counts[b] === 0) {
    if (distinct === MAX_DISTINCT) return distinct;
    negative[distinct] = h >>> 31;
    touched[distinct++] = b;
  }
  if (counts[b]! < 65535) counts[b]!++;
  return distinct;
}

/** The hash of the last {@link wordGram} (read right after the call). */
let gramHash = 0;

/**
 * A word n-gram into the word block: the hash `seed` (of the n-grams before, or the block's seed)
 * continued over the token `codes[start..end)`; a new feature is named `codes[from..end)` of
 * `kind` (0 word, 1 bigram, 3 trigram). Returns the distinct count and leaves the hash in `gramHash`.
 */
function wordGram(seed: number, from: number, start: number, end: number, kind: number, W: number, mask: number, distinct: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i]!, FNV_PRIME);
  gramHash = h;
  const before = distinct;
  distinct = bump(mask >= 0 ? (h >>> 0) & mask : (h >>> 0) % W, h, distinct);
  if (distinct > before) {
    nameFrom[before] = from;
    nameTo[before] = end;
    nameKind[before] = kind;
  }
  return distinct;
}

/**
 * Character n-grams of `codes[from..to)` padded with a space on each side, into the character
 * block. One rolling FNV-1a per start position, extended one code at a time: no substring is
 * built (a new feature records where its n-gram is, for {@link lastFeatureName}).
 */
function charGrams(from: number, to: number, minChar: number, maxChar: number, W: number, C: number, mask: number, distinct: number): number {
  const len = to - from + 2;
  for (let s = 0; s + minChar <= len; s++) {
    let h = Math.imul(CHAR_SEED ^ (s === 0 ? SPACE : codes[from + s - 1]!), FNV_PRIME);
    const last = Math.min(len - 1, s + maxChar - 1);
    for (let e = s + 1; e <= last; e++) {
      h = Math.imul(h ^ (e === len - 1 ? SPACE : codes[from + e - 1]!), FNV_PRIME);
      if (e - s + 1 < minChar) continue;
      const b = W + (mask >= 0 ? (h >>> 0) & mask : (h >>> 0) % C);
      const before = distinct;
      distinct = bump(b, h, distinct);
      if (distinct > before) {
        nameFrom[before] = from + (s > 0 ? s - 1 : 0);
        nameTo[before] = from + (e < len - 1 ? e : len - 2);
        nameKind[before] = 2 | (s === 0 ? 4 : 0) | (e === len - 1 ? 8 : 0);
      }
    }
  }
  return distinct;
}

/**
 * Extracts the features of an already normalised text (see `normalizeText`), weighted by `idf`
 * (`undefined`: every idf is 1). Returns `out` filled in place.
 */
export function extractTfidf(normalized: string, options: TfidfFeatureOptions, idf: Float32Array | undefined, out: TfidfFeatures): TfidfFeatures {
  const text = HAN_ANYWHERE.test(normalized) ? foldChineseVariants(normalized) : normalized;
  const W = options.wordBuckets;
  const C = options.charBuckets;
  const total = W + C;
  // power-of-two bucket counts take a mask instead of a division (same buckets)
  const wordMask = (W & (W - 1)) === 0 ? W - 1 : -1;
  const charMask = (C & (C - 1)) === 0 ? C - 1 : -1;
  const minChar = options.minCharGram ?? 2;
  const maxChar = options.maxCharGram ?? 5;
  const trigrams = (options.maxWordGram ?? 2) >= 3;
  if (counts.length !== total) counts = new Uint16Array(total);
  ensure(text.length);
  // 1. Tokens, written into `codes` as words separated by one space (digits as 0).
  let n = 0; // tokens
  let length = 0;
  let inWord = false;
  let lastHanAt = -2;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 39 || code === 0x2019) continue; // apostrophes vanish inside words: don't, dont
    const kind = classOf(code, text, i);
    if (kind === 0) {
      inWord = false;
      continue;
    }
    if (kind === 2) {
      if (length > 0) codes[length++] = SPACE;
      tokenStart[n] = length;
      codes[length++] = code;
      tokenEnd[n] = length;
      hanAdjacent[n] = lastHanAt === i - 1 ? 1 : 0;
      tokenIsHan[n++] = 1;
      lastHanAt = i;
      inWord = false;
      continue;
    }
    if (code >= 48 && code <= 57) code = 48;
    if (!inWord) {
      if (length > 0) codes[length++] = SPACE;
      tokenStart[n] = length;
      tokenEnd[n] = length;
      tokenIsHan[n++] = 0;
      inWord = true;
    }
    codes[length++] = code;
    tokenEnd[n - 1] = length;
  }
  let distinct = 0;
  // 2. Word block: unigrams and bigrams (and trigrams) of tokens (an n-gram's hash continues the
  // hash of the (n − 1)-gram before it).
  if (hashes.length < n) hashes = new Int32Array(2 * n);
  let previousBigram = 0;
  for (let t = 0; t < n; t++) {
    const start = tokenStart[t]!;
    const end = tokenEnd[t]!;
    distinct = wordGram(WORD_SEED, start, start, end, 0, W, wordMask, distinct);
    hashes[t] = gramHash;
    if (t > 0) {
      // in `codes` the tokens of an n-gram stand side by side with one space between them
      distinct = wordGram(Math.imul(hashes[t - 1]! ^ SPACE, FNV_PRIME), tokenStart[t - 1]!, start, end, 1, W, wordMask, distinct);
      const bigram = gramHash;
      if (trigrams && t > 1) distinct = wordGram(Math.imul(previousBigram ^ SPACE, FNV_PRIME), tokenStart[t - 2]!, start, end, 3, W, wordMask, distinct);
      previousBigram = bigram;
    }
  }
  const wordDistinct = distinct;
  // 3. Character block: n-grams of each padded word (a Han run is one word), or of the whole
  // token text padded once when `charWithinWords` is off.
  if (options.charWithinWords ?? true) {
    let t = 0;
    let runBase = length + 1; // Han runs are copied one after another behind the token text
    while (t < n) {
      let end = t + 1;
      // consecutive Han tokens written without a separator in the text form one run
      if (tokenIsHan[t]) while (end < n && tokenIsHan[end] && hanAdjacent[end]) end++;
      if (tokenIsHan[t] && end > t + 1) {
        // the run's characters side by side after the token text, then its n-grams
        const base = runBase;
        for (let u = t; u < end; u++) codes[base + u - t] = codes[tokenStart[u]!]!;
        runBase += end - t + 1;
        distinct = charGrams(base, base + end - t, minChar, maxChar, W, C, charMask, distinct);
      } else distinct = charGrams(tokenStart[t]!, tokenEnd[t]!, minChar, maxChar, W, C, charMask, distinct);
      t = end;
    }
  } else if (length > 0) distinct = charGrams(0, length, minChar, maxChar, W, C, charMask, distinct);
  // 4. Weights: (sublinear) tf × idf, L2 per block (or over both).
  const sublinear = options.sublinearTf ?? true;
  const binary = options.binaryTf ?? false;
  const signed = options.signedHash ?? false;
  let wordNorm = 0;
  let charNorm = 0;
  const bucket = out.bucket;
  const value = out.value;
  const raw = out.raw;
  for (let i = 0; i < distinct; i++) {
    const b = touched[i]!;
    const tf = counts[b]!;
    counts[b] = 0;
    const v = (tf === 1 || binary ? 1 : sublinear ? 1 + Math.log(tf) : tf) * (idf === undefined ? 1 : idf[b]!);
    bucket[i] = b;
    const signedV = signed && negative[i] === 1 ? -v : v;
    value[i] = signedV;
    raw[i] = signedV;
    if (i < wordDistinct) wordNorm += v * v;
    else charNorm += v * v;
  }
  let wn: number;
  let cn: number;
  if (options.perBlockNorm ?? true) {
    wn = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
    cn = charNorm > 0 ? 1 / Math.sqrt(charNorm) : 0;
  } else wn = cn = wordNorm + charNorm > 0 ? 1 / Math.sqrt(wordNorm + charNorm) : 0;
  for (let i = 0; i < wordDistinct; i++) value[i]! *= wn;
  for (let i = wordDistinct; i < distinct; i++) value[i]! *= cn;
  out.count = distinct;
  out.wordCount = wordDistinct;
  out.wordNorm = wn;
  out.charNorm = cn;
  return out;
}

/**
 * The readable name (`w:refund`, `w2:支 付`, `c: zhi`) of the `i`-th feature of the last text
 * extracted: the n-gram that first filled its bucket. Valid until the next extraction.
 */
export function lastFeatureName(i: number): string {
  const kind = nameKind[i]!;
  // `apply` reads the typed array as an array-like; a spread would go through its iterator
  const text = String.fromCharCode.apply(null, codes.subarray(nameFrom[i]!, nameTo[i]!) as unknown as number[]);
  if ((kind & 3) === 0) return `w:${text}`;
  if ((kind & 3) === 1) return `w2:${text}`;
  if ((kind & 3) === 3) return `w3:${text}`;
  return `c:${kind & 4 ? ' ' : ''}${text}${kind & 8 ? ' ' : ''}`;
}

/** Allocates buffers for {@link extractTfidf} results. */
export function createTfidfFeatures(): TfidfFeatures {
  return { count: 0, bucket: new Int32Array(MAX_DISTINCT), value: new Float64Array(MAX_DISTINCT), raw: new Float64Array(MAX_DISTINCT), wordCount: 0, wordNorm: 0, charNorm: 0 };
}

/**
 * Readable names (`w:refund`, `w2:支 付`, `c: zhi`) of the given buckets of a text: the n-gram
 * that first filled each (by a fresh extraction; tests and the training scripts).
 */
export function featureNamesOf(normalized: string, options: TfidfFeatureOptions, buckets: ReadonlySet<number>): Map<number, string> {
  const found = new Map<number, string>();
  const f = extractTfidf(normalized, options, undefined, nameScratch);
  for (let i = 0; i < f.count; i++) if (buckets.has(f.bucket[i]!)) found.set(f.bucket[i]!, lastFeatureName(i));
  return found;
}

const nameScratch = createTfidfFeatures();
