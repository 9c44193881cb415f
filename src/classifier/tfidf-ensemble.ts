/**
 * The shipped model: issue 17's TF-IDF ensemble. Linear SVMs ("members") over one shared TF-IDF
 * feature pass (./tfidf-features.ts): one on source intents (BANKING77's 77, CLINC150's wallet
 * intents, `other`, and the Chinese categories) and one on the 17 categories. Each member's class
 * scores become a softmax (at the member's temperature), summed per category; the members'
 * category probabilities are averaged and `other` is multiplied by `otherFactor` (chosen on the
 * validation split; see docs/guide/classifier.md).
 *
 * Weights are int8 with one scale per class, stored feature-major and sparse: a bucket's entries
 * (`class << 8 | weight`, one int32 each) sit side by side for every member, so one feature costs
 * one contiguous read for the whole ensemble. The training scripts (scripts/classifier-svm.ts)
 * build and serialise it; the classifier decodes it once.
 *
 * Confidence is the averaged, renormalised category probability: good for ranking and
 * thresholds, not a calibrated probability.
 */
import { ValidationError } from '../errors/index.js';
import { CATEGORY_IDS, type CategoryId, isCategoryId } from '../taxonomy/index.js';
import { type CategoryScore, categoryLayout, rankCategories } from './score.js';
import { createTfidfFeatures, extractTfidf, lastFeatureName, type TfidfFeatureRecipe, type TfidfFeatures } from './tfidf-features.js';
import { createSimdScorer, MAX_UNIT, type SimdScorer } from './tfidf-simd.js';

/** One member of a {@link TfidfEnsemble}: a run of its classes and the softmax temperature. */
export interface TfidfMember {
  readonly classCount: number;
  readonly temperature: number;
}

/** The TF-IDF ensemble (see the module comment). Immutable. */
export interface TfidfEnsemble {
  readonly format: 'walletdesk-tfidf/2';
  readonly features: TfidfFeatureRecipe;
  /** Inverse document frequency per bucket (multiples of 1/16). */
  readonly idf: Float32Array;
  /** Every member's classes, member after member: a category id or `category:intent`. */
  readonly classes: readonly string[];
  readonly categoryOfClass: readonly CategoryId[];
  readonly members: readonly TfidfMember[];
  /** `other`'s averaged probability is multiplied by this before the answer is taken. */
  readonly otherFactor: number;
  readonly bias: Float32Array;
  readonly classScale: Float32Array;
  /** Entries of bucket `b`: `bucketStart[b]` to `bucketStart[b + 1] - 1`, by class. */
  readonly bucketStart: Uint32Array;
  /** `class << 8 | (int8 weight & 0xff)`. */
  readonly entries: Int32Array;
}

const MAGIC = [0x57, 0x44, 0x54, 0x02]; // "WDT" + version 2
/** idf is stored in sixteenths (one byte per bucket). */
export const IDF_STEP = 16;

/** Quantises an idf value as it is stored (so training and the shipped model agree). */
export const quantiseIdf = (idf: number): number => Math.min(255, Math.max(1, Math.round(idf * IDF_STEP))) / IDF_STEP;
const MAX_CLASSES = 256;

function invalid(message: string): ValidationError {
  return new ValidationError([{ path: ['model'], message, code: 'invalid_model' }]);
}

/**
 * The text form of the bytes: 90 printable ASCII characters that need no escaping in a JS string
 * (no quotes, backslash or `$`). A byte below 88 is one character, a larger one two (a marker and
 * the rest). Unlike base64, every byte stays one symbol, so gzip sees the weights' own skew
 * (most are small once zigzag-coded): about a fifth smaller than base64 after gzip.
 */
const SYMBOLS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => !`"'\\\`$`.includes(c))
  .join('');
const SYMBOL_VALUE = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < SYMBOLS.length; i++) table[SYMBOLS.charCodeAt(i)] = i;
  return table;
})();

function toSymbols(bytes: Uint8Array): string {
  let out = '';
  let chunk = '';
  for (let i = 0; i < bytes.length; i++) {
    const u = bytes[i]!;
    chunk += u < 88 ? SYMBOLS[u] : u < 176 ? SYMBOLS[88]! + SYMBOLS[u - 88] : SYMBOLS[89]! + SYMBOLS[u - 176];
    if (chunk.length > 0x8000) {
      out += chunk;
      chunk = '';
    }
  }
  return out + chunk;
}

function fromSymbols(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? SYMBOL_VALUE[code]! : -1;
    if (v < 0) throw invalid('Not a walletdesk TF-IDF ensemble');
    if (v < 88) bytes[n++] = v;
    else {
      const next = text.charCodeAt(++i);
      const rest = next < 128 ? SYMBOL_VALUE[next]! : -1;
      if (rest < 0 || rest >= 88) throw invalid('Not a walletdesk TF-IDF ensemble');
      bytes[n++] = (v === 88 ? 88 : 176) + rest;
    }
  }
  return bytes.subarray(0, n);
}

/** Zigzag: 0, -1, 1, -2, … → 0, 1, 2, 3, … (small magnitudes, small symbols). */
const zigzag = (w: number): number => (w >= 0 ? 2 * w : -2 * w - 1);
const unzigzag = (u: number): number => (u & 1 ? -(u + 1) / 2 : u / 2);

/**
 * Serialises an ensemble: magic, header JSON (classes, members, features, otherFactor), idf
 * (uint8, sixteenths), bias and scales (float32), then the sparse weights column by column (entry
 * count per bucket, class deltas, zigzag weights), which compresses well; written as symbols (see
 * `SYMBOLS`).
 */
export function serializeTfidfEnsemble(model: TfidfEnsemble): string {
  const header = new TextEncoder().encode(JSON.stringify({ classes: model.classes, members: model.members, features: model.features, otherFactor: model.otherFactor }));
  const k = model.classes.length;
  const buckets = model.idf.length;
  const n = model.entries.length;
  const bytes = new Uint8Array(8 + header.length + buckets + 8 * k + buckets + 2 * n);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint32(4, header.length, true);
  bytes.set(header, 8);
  let at = 8 + header.length;
  for (let b = 0; b < buckets; b++) bytes[at++] = Math.round(model.idf[b]! * IDF_STEP);
  for (let j = 0; j < k; j++, at += 4) view.setFloat32(at, model.bias[j]!, true);
  for (let j = 0; j < k; j++, at += 4) view.setFloat32(at, model.classScale[j]!, true);
  for (let b = 0; b < buckets; b++) bytes[at++] = model.bucketStart[b + 1]! - model.bucketStart[b]!;
  for (let b = 0; b < buckets; b++) {
    let previous = -1;
    for (let e = model.bucketStart[b]!; e < model.bucketStart[b + 1]!; e++) {
      const j = model.entries[e]! >>> 8;
      bytes[at++] = j - previous - 1;
      previous = j;
    }
  }
  for (let e = 0; e < n; e++) bytes[at++] = zigzag((model.entries[e]! << 24) >> 24);
  return toSymbols(bytes);
}

/** Reads an ensemble written by {@link serializeTfidfEnsemble}; a `ValidationError` for anything else. */
export function deserializeTfidfEnsemble(serialized: string): TfidfEnsemble {
  try {
    return decode(serialized);
  } catch (error) {
    // a bad base64 string, a cut header or a wrong length: all one answer
    throw error instanceof ValidationError ? error : invalid('Not a readable walletdesk TF-IDF ensemble');
  }
}

function decode(serialized: string): TfidfEnsemble {
  const bytes = fromSymbols(serialized);
  if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m)) throw invalid('Not a walletdesk TF-IDF ensemble');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) throw invalid('Truncated TF-IDF ensemble');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
    classes: string[];
    members: TfidfMember[];
    features: TfidfFeatureRecipe;
    otherFactor: number;
  };
  const k = header.classes.length;
  if (k > MAX_CLASSES || header.members.reduce((s, m) => s + m.classCount, 0) !== k) throw invalid('Bad TF-IDF ensemble header');
  const categoryOfClass = header.classes.map((c) => {
    const id = c.split(':', 1)[0];
    if (!isCategoryId(id)) throw invalid(`Unknown category in class ${c}`);
    return id;
  });
  const buckets = header.features.wordBuckets + header.features.charBuckets;
  let at = 8 + headerLength;
  const idf = new Float32Array(buckets);
  for (let b = 0; b < buckets; b++) idf[b] = bytes[at++]! / IDF_STEP;
  const bias = new Float32Array(k);
  const classScale = new Float32Array(k);
  for (let j = 0; j < k; j++, at += 4) bias[j] = view.getFloat32(at, true);
  for (let j = 0; j < k; j++, at += 4) classScale[j] = view.getFloat32(at, true);
  const bucketStart = new Uint32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) bucketStart[b + 1] = bucketStart[b]! + bytes[at++]!;
  const n = bucketStart[buckets]!;
  if (bytes.length !== at + 2 * n) throw invalid('Truncated TF-IDF ensemble');
  const entries = new Int32Array(n);
  for (let b = 0; b < buckets; b++) {
    let j = -1;
    for (let e = bucketStart[b]!; e < bucketStart[b + 1]!; e++) {
      j += bytes[at++]! + 1;
      entries[e] = j << 8;
    }
  }
  for (let e = 0; e < n; e++) entries[e] = entries[e]! | (unzigzag(bytes[at++]!) & 0xff);
  return {
    format: 'walletdesk-tfidf/2',
    features: header.features,
    idf,
    classes: header.classes,
    categoryOfClass,
    members: header.members,
    otherFactor: header.otherFactor,
    bias,
    classScale,
    bucketStart,
    entries,
  };
}

/**
 * Reusable buffers and the scoring layout of one ensemble (classification is synchronous).
 *
 * Scoring is bound by memory reads, not arithmetic: a text touches about 120 buckets spread over
 * megabytes of weights. So each bucket's weights for every member sit together in one byte
 * array (`weights`, from `bucketAt[b]`): per member a count byte, then either a dense row
 * (`DENSE`, when the member has a weight for at least a third of its classes there: `stride[m]`
 * int8 weights) or that many (class slot, int8 weight) byte pairs. One bucket is one or two cache
 * lines instead of a table entry plus a row or entry run per member.
 *
 * Scores are summed in a padded layout: each member's classes start at a multiple of
 * {@link LANES} and its dense rows are padded with zero weights to a multiple of it, so a row is
 * added several classes per step with no remainder loop. The pad classes collect only zeros and
 * are dropped when the scores are copied out.
 */
export interface TfidfScratch {
  readonly features: TfidfFeatures;
  /** Class scores, then (after {@link scoreTfidf}) each member's class probabilities. */
  readonly probabilities: Float64Array;
  readonly categoryIndex: Uint8Array;
  readonly present: Uint8Array;
  /** Averaged category probabilities of the last text scored (they sum to 1). */
  readonly categorySums: Float64Array;
  /** Where each bucket's weights start in `weights` / `slots`. */
  readonly bucketAt: Int32Array;
  /** The weights, bucket after bucket (see the interface comment), as signed bytes (in the SIMD scorer's memory when there is one). */
  readonly weights: Int8Array;
  /** The same bytes unsigned (counts and class slots). */
  readonly slots: Uint8Array;
  /** First class of each member. */
  readonly offset: Int32Array;
  /** First slot of each member in the padded sums, and its dense row length: multiples of {@link LANES}. */
  readonly padOffset: Int32Array;
  readonly stride: Int32Array;
  /** Per padded class slot, the word block's sum of (unit × weight) while a text is scored. */
  readonly wordSums: Float64Array;
  /** The same for the character block. */
  readonly charSums: Float64Array;
  /** The WebAssembly SIMD scorer over the same bytes, where it can run (./tfidf-simd.ts). */
  readonly simd: SimdScorer | undefined;
  /** A sum of the bytes read ahead of scoring (kept so the reads are not optimised away). */
  touched: number;
}

/** The count byte of a dense row. */
const DENSE = 255;
/** Dense rows and members' first slots are padded to multiples of this many classes. */
export const LANES = 8;

/**
 * The scoring layout and buffers of `model`; `simd: false` keeps scoring in plain JS (tests
 * compare both paths; the default takes WebAssembly SIMD where it runs).
 */
export function createTfidfScratch(model: TfidfEnsemble, options: { simd?: boolean } = {}): TfidfScratch {
  const { index: categoryIndex, present } = categoryLayout(model.categoryOfClass);
  const M = model.members.length;
  const D = model.idf.length;
  const offset = new Int32Array(M + 1);
  const padOffset = new Int32Array(M + 1);
  const stride = new Int32Array(M);
  model.members.forEach((m, i) => {
    offset[i + 1] = offset[i]! + m.classCount;
    stride[i] = (m.classCount + LANES - 1) & -LANES;
    padOffset[i + 1] = padOffset[i]! + stride[i]!;
  });
  // class slots are stored in a byte; a sparse run of DENSE or more entries would read as dense
  if (padOffset[M]! > 256) throw invalid('Too many classes for the scoring layout');
  // entries of a bucket are sorted by class, so each member's are one run
  const memberRuns = (b: number, visit: (m: number, start: number, end: number) => void) => {
    let e = model.bucketStart[b]!;
    const stop = model.bucketStart[b + 1]!;
    for (let m = 0; m < M; m++) {
      const start = e;
      while (e < stop && model.entries[e]! >>> 8 < offset[m + 1]!) e++;
      visit(m, start, e);
    }
  };
  const isDense = (m: number, start: number, end: number) => 3 * (end - start) >= model.members[m]!.classCount || end - start >= DENSE;
  let size = 0;
  for (let b = 0; b < D; b++) memberRuns(b, (m, start, end) => {
    size += 1 + (isDense(m, start, end) ? stride[m]! : 2 * (end - start));
  });
  let weights: Int8Array = new Int8Array(size);
  let slots: Uint8Array = new Uint8Array(weights.buffer);
  const bucketAt = new Int32Array(D);
  let at = 0;
  for (let b = 0; b < D; b++) {
    bucketAt[b] = at;
    memberRuns(b, (m, start, end) => {
      if (isDense(m, start, end)) {
        slots[at++] = DENSE;
        for (let e = start; e < end; e++) weights[at + (model.entries[e]! >>> 8) - offset[m]!] = (model.entries[e]! << 24) >> 24;
        at += stride[m]!;
        return;
      }
      slots[at++] = end - start;
      for (let e = start; e < end; e++) {
        slots[at++] = padOffset[m]! + (model.entries[e]! >>> 8) - offset[m]!;
        weights[at++] = (model.entries[e]! << 24) >> 24;
      }
    });
  }
  const sums = new Float64Array(2 * padOffset[M]!);
  const features = createTfidfFeatures();
  const simd = options.simd === false ? undefined : createSimdScorer(slots, stride, padOffset, padOffset[M]!, features.bucket.length);
  if (simd !== undefined) {
    // one copy of the bytes, in the module's memory, read by both paths
    slots = simd.bytes;
    weights = new Int8Array(slots.buffer, slots.byteOffset, slots.length);
  }
  return {
    features,
    probabilities: new Float64Array(model.classes.length),
    categoryIndex,
    present,
    categorySums: new Float64Array(CATEGORY_IDS.length),
    bucketAt,
    weights,
    slots,
    offset,
    padOffset,
    stride,
    wordSums: sums.subarray(0, padOffset[M]!),
    charSums: sums.subarray(padOffset[M]!),
    simd,
    touched: 0,
  };
}

const OTHER = CATEGORY_IDS.indexOf('other');

/**
 * The score of a class from its two block sums: `wordSum` and `charSum` are the sums over the
 * block's features of (`raw` × {@link IDF_STEP}) × int8 weight. With the shipped recipe (binary
 * tf, idf in sixteenths) every term is an integer (|term| ≤ 255 × 128, at most 4,096 features,
 * so every sum stays below 2^27): the sums are exact whatever order they are added in, and this
 * one formula turns them into the same float everywhere. The runtime and the training side's
 * scorers (scripts/tfidf-model.ts, scripts/classifier-tfidf-ensemble.ts) all call it.
 */
export function classScore(bias: number, scale: number, wordSum: number, charSum: number, features: TfidfFeatures): number {
  return bias + scale * (wordSum * (features.wordNorm / IDF_STEP) + charSum * (features.charNorm / IDF_STEP));
}

/**
 * Adds features `from` to `to` (one block) into `sums`: each feature's unit (`raw` ×
 * {@link IDF_STEP}) times its weights. Per class the products are added in feature order, so
 * where a unit is not an integer (a recipe with tf above 1) the result is still the training
 * side's, which adds in the same order.
 */
function addBlock(scratch: TfidfScratch, features: TfidfFeatures, from: number, to: number, sums: Float64Array): void {
  const { bucketAt, weights, slots, padOffset, stride } = scratch;
  const M = stride.length;
  const raw = features.raw;
  const bucket = features.bucket;
  for (let f = from; f < to; f++) {
    const u = raw[f]! * IDF_STEP;
    let at = bucketAt[bucket[f]!]!;
    for (let m = 0; m < M; m++) {
      const n = slots[at++]!;
      if (n === DENSE) {
        const stop = padOffset[m]! + stride[m]!;
        for (let j = padOffset[m]!; j < stop; j += 4, at += 4) {
          sums[j]! += u * weights[at]!;
          sums[j + 1]! += u * weights[at + 1]!;
          sums[j + 2]! += u * weights[at + 2]!;
          sums[j + 3]! += u * weights[at + 3]!;
        }
        continue;
      }
      for (const end = at + 2 * n; at < end; at += 2) sums[slots[at]!]! += u * weights[at + 1]!;
    }
  }
}

/**
 * Scores an already normalised text: returns its number of features (0: nothing to read) and
 * leaves class probabilities and averaged category probabilities in the scratch.
 */
export function scoreTfidf(model: TfidfEnsemble, normalized: string, scratch: TfidfScratch): number {
  const features = extractTfidf(normalized, model.features, model.idf, scratch.features);
  if (features.count === 0) return 0;
  scoreTfidfFeatures(model, features, scratch);
  return features.count;
}

/**
 * Scores features already extracted (`features`: see {@link extractTfidf}) into the scratch's
 * class and category probabilities. By WebAssembly SIMD when the scratch has it and every unit is
 * an integer the module takes (always, with the shipped recipe), else in JS: both give the same
 * integer sums, so the same floats.
 */
export function scoreTfidfFeatures(model: TfidfEnsemble, features: TfidfFeatures, scratch: TfidfScratch): void {
  const count = features.count;
  const p = scratch.probabilities;
  const { bias, classScale } = model;
  const { bucketAt, slots, offset, padOffset, stride, simd } = scratch;
  const M = stride.length;
  const bucket = features.bucket;
  const raw = features.raw;
  // Read the first byte of every feature's bucket first: these reads are independent, so the CPU
  // overlaps their cache misses, which the scoring loop (a long run of work per bucket) would
  // otherwise wait for one by one. The SIMD path lists each feature's address and unit meanwhile.
  let touch = 0;
  let wordSums: Float64Array | Int32Array = scratch.wordSums;
  let charSums: Float64Array | Int32Array = scratch.charSums;
  if (simd !== undefined) {
    const { list, bytesAddress } = simd;
    let f = 0;
    for (; f < count; f++) {
      const at = bucketAt[bucket[f]!]!;
      const u = raw[f]! * IDF_STEP;
      if ((u | 0) !== u || u > MAX_UNIT || u < -MAX_UNIT) break;
      touch += slots[at]!;
      list[2 * f] = bytesAddress + at;
      list[2 * f + 1] = u;
    }
    if (f === count) {
      simd.wordSums.fill(0);
      simd.charSums.fill(0);
      simd.score(count, features.wordCount);
      wordSums = simd.wordSums;
      charSums = simd.charSums;
    }
  }
  if (wordSums === scratch.wordSums) {
    for (let f = 0; f < count; f++) touch += slots[bucketAt[bucket[f]!]!]!;
    wordSums.fill(0);
    charSums.fill(0);
    addBlock(scratch, features, 0, features.wordCount, scratch.wordSums);
    addBlock(scratch, features, features.wordCount, count, scratch.charSums);
  }
  scratch.touched = touch;
  for (let m = 0; m < M; m++) {
    const shift = padOffset[m]! - offset[m]!;
    for (let j = offset[m]!; j < offset[m + 1]!; j++) p[j] = classScore(bias[j]!, classScale[j]!, wordSums[j + shift]!, charSums[j + shift]!, features);
  }
  combineMembers(model, p, scratch.categoryIndex, scratch.categorySums);
}

/**
 * Turns class scores into each member's softmax (in place) and the averaged category
 * probabilities (`other` times `otherFactor`, renormalised to sum 1). Shared with the training
 * side, which computes the scores its own way.
 */
export function combineMembers(model: Pick<TfidfEnsemble, 'members' | 'otherFactor'>, p: Float64Array, categoryIndex: Uint8Array, categorySums: Float64Array): void {
  categorySums.fill(0);
  let lo = 0;
  for (const member of model.members) {
    const hi = lo + member.classCount;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = lo; j < hi; j++) if (p[j]! > max) max = p[j]!;
    let total = 0;
    for (let j = lo; j < hi; j++) {
      const e = Math.exp(member.temperature * (p[j]! - max));
      p[j] = e;
      total += e;
    }
    for (let j = lo; j < hi; j++) {
      const q = p[j]! / total;
      p[j] = q;
      categorySums[categoryIndex[j]!]! += q;
    }
    lo = hi;
  }
  categorySums[OTHER]! *= model.otherFactor;
  let sum = 0;
  for (let c = 0; c < categorySums.length; c++) sum += categorySums[c]!;
  for (let c = 0; c < categorySums.length; c++) categorySums[c] = categorySums[c]! / sum;
}

/**
 * The `limit` most likely categories of the last text scored, best first (ties in taxonomy
 * order), and the most likely class of the best category (for the explanation).
 */
export function topTfidfCategories(scratch: TfidfScratch, limit: number): { top: CategoryScore[]; bestClass: number } {
  return rankCategories(scratch.categorySums, scratch.present, scratch.probabilities, scratch.categoryIndex, limit);
}

/**
 * The features of the last text scored (still in the scratch) that pushed hardest towards class
 * `j`, with readable names (`w:refund`, `w2:支 付`, `c: zhi`).
 */
export function explainTfidf(model: TfidfEnsemble, scratch: TfidfScratch, j: number, limit = 5): Array<{ feature: string; weight: number }> {
  const { features, bucketAt, weights, slots, offset, padOffset, stride } = scratch;
  const most = Math.min(limit, topWeight.length);
  let m = 0;
  while (j >= offset[m + 1]!) m++;
  const slot0 = padOffset[m]! + j - offset[m]!;
  const scale = model.classScale[j]!;
  // top `limit` by insertion, in preallocated slots (index into the features, weight)
  let found = 0;
  for (let f = 0; f < features.count; f++) {
    let at = bucketAt[features.bucket[f]!]!;
    // skip the members before m
    for (let k = 0; k < m; k++) {
      const n = slots[at]!;
      at += 1 + (n === DENSE ? stride[k]! : 2 * n);
    }
    let w = 0;
    const n = slots[at++]!;
    if (n === DENSE) w = weights[at + slot0 - padOffset[m]!]!;
    else {
      // pairs are sorted by class slot: stop at the first one not below the class
      for (const end = at + 2 * n; at < end; at += 2) {
        const slot = slots[at]!;
        if (slot >= slot0) {
          if (slot === slot0) w = weights[at + 1]!;
          break;
        }
      }
    }
    const weight = features.value[f]! * w * scale;
    if (weight <= 0) continue;
    let slot = found;
    while (slot > 0 && topWeight[slot - 1]! < weight) slot--;
    if (slot >= most) continue;
    for (let q = Math.min(found, most - 1); q > slot; q--) {
      topWeight[q] = topWeight[q - 1]!;
      topFeature[q] = topFeature[q - 1]!;
    }
    topWeight[slot] = weight;
    topFeature[slot] = f;
    if (found < most) found++;
  }
  const out: Array<{ feature: string; weight: number }> = [];
  for (let q = 0; q < found; q++) out.push({ feature: lastFeatureName(topFeature[q]!), weight: Math.round(topWeight[q]! * 10_000) / 10_000 });
  return out;
}

const topWeight = new Float64Array(16);
const topFeature = new Int32Array(16);

/** Whether `value` is a decoded {@link TfidfEnsemble}. */
export function isTfidfEnsemble(value: unknown): value is TfidfEnsemble {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'walletdesk-tfidf/2';
}
