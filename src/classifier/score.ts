/**
 * Scoring a text with a {@link Model}: the softmax probabilities of its classes, their sums per
 * category, and, for explanations, which features pushed hardest towards a category.
 *
 * Classification is on the hot path (a help desk classifies every message), so scoring works in
 * a per-model {@link Scratch} of typed arrays that is reused from call to call instead of
 * allocating arrays per text, and ranks categories and explanation features by insertion into
 * short top-k lists instead of sorting everything. Classifying is synchronous, so one scratch per
 * model is never used by two calls at once.
 */
import type { HashedFeatures } from './features.js';
import type { Model } from './model.js';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy/index.js';

/** Reusable buffers for scoring texts with one model. */
export interface Scratch {
  /** Integer weight sums per class. */
  readonly sums: Int32Array;
  /** Class probabilities of the last text scored (same order as `model.classes`). */
  readonly probabilities: Float64Array;
  /** Taxonomy index of each class's category. */
  readonly categoryOfClass: Uint8Array;
  /** Whether the model has any class of each taxonomy category. */
  readonly present: Uint8Array;
  /** Probability per taxonomy category of the last text ranked. */
  readonly categorySums: Float64Array;
  /**
   * Two numbers per bucket, side by side so a feature costs one random memory read: for a bucket
   * with weights for most classes, `-1 - r` and 0, where `r` is its dense row (at `r * k` in
   * `denseWeights`, at `r * groups` in `densePacked`); else the range `[start, end)` of its
   * entries in `sparseEntries`.
   */
  readonly bucketRange: Int32Array;
  /**
   * The entries of the other buckets, one int32 each: `class << 8 | (weight & 0xff)`, sorted by
   * class within a bucket (one read per entry instead of two arrays).
   */
  readonly sparseEntries: Int32Array;
  /** Dense int8 rows (k weights each, 0 where the sparse form has no entry). */
  readonly denseWeights: Int8Array;
  /**
   * The dense rows again, three int8 weights per float64 (see {@link PACK_LANES}): adding one
   * packed row adds three classes at once, exactly.
   */
  readonly densePacked: Float64Array;
  /** Packed sums of the dense rows of the last text scored. */
  readonly packedSums: Float64Array;
  /** Offsets in `densePacked` of the dense rows of the text being scored. */
  readonly packedRows: Int32Array;
}

/**
 * Classes per packed float64. Lane `l` of a packed value holds an integer times 2^(18·l): a sum of
 * up to MAX_FEATURES (600) int8 weights stays within ±76,200 < 2^17, so three signed lanes stay
 * below 2^53 and float64 addition of packed values is exact integer addition of every lane.
 */
const PACK_LANES = 3;
const LANE = 2 ** 18;
/** Packed rows per text that keep every lane within ±2^17 (127 × 1,000 < 131,072). */
const MAX_PACKED_ROWS = 1000;

/**
 * A bucket with at least this share of the classes gets a dense row: frequent features (的, 我,
 * "my") carry a weight for nearly every class, and adding a dense row in class order is about
 * twice as fast as following the sparse entries. Integer sums do not depend on the order, so
 * results are identical.
 */
const DENSE_SHARE = 0.5;

/** Buffers for scoring with `model` (create once per model, reuse for every text). */
export function createScratch(model: Model): Scratch {
  const { index: categoryOfClass, present } = categoryLayout(model.categoryOfClass);
  const k = model.classes.length;
  const { bucketStart, entryClass, entryWeight } = model;
  const isDense = (b: number) => bucketStart[b + 1]! - bucketStart[b]! >= DENSE_SHARE * k;
  const bucketRange = new Int32Array(2 * model.buckets);
  let rows = 0;
  let sparse = 0;
  for (let b = 0; b < model.buckets; b++) if (isDense(b)) rows++;
  else sparse += bucketStart[b + 1]! - bucketStart[b]!;
  const denseWeights = new Int8Array(rows * k);
  const sparseEntries = new Int32Array(sparse);
  rows = 0;
  sparse = 0;
  for (let b = 0; b < model.buckets; b++) {
    if (isDense(b)) {
      bucketRange[2 * b] = -1 - rows;
      const row = rows++ * k;
      for (let e = bucketStart[b]!; e < bucketStart[b + 1]!; e++) denseWeights[row + entryClass[e]!] = entryWeight[e]!;
      continue;
    }
    bucketRange[2 * b] = sparse;
    for (let e = bucketStart[b]!; e < bucketStart[b + 1]!; e++) sparseEntries[sparse++] = (entryClass[e]! << 8) | (entryWeight[e]! & 0xff);
    bucketRange[2 * b + 1] = sparse;
  }
  const groups = Math.ceil(k / PACK_LANES);
  const densePacked = new Float64Array(rows * groups);
  for (let r = 0; r < rows; r++) {
    const row = r * k;
    const packed = r * groups;
    for (let g = 0; g < groups; g++) {
      let value = 0;
      for (let l = PACK_LANES - 1; l >= 0; l--) {
        const j = g * PACK_LANES + l;
        value = value * LANE + (j < k ? denseWeights[row + j]! : 0);
      }
      densePacked[packed + g] = value;
    }
  }
  return {
    bucketRange,
    sparseEntries,
    denseWeights,
    densePacked,
    packedSums: new Float64Array(groups),
    packedRows: new Int32Array(MAX_PACKED_ROWS),
    sums: new Int32Array(model.classes.length),
    probabilities: new Float64Array(model.classes.length),
    categoryOfClass,
    present,
    categorySums: new Float64Array(CATEGORY_IDS.length),
  };
}

/** Writes the softmax probabilities of every class of `model` for `features` into `scratch.probabilities`. */
export function scoreFeatures(model: Model, features: HashedFeatures, scratch: Scratch): Float64Array {
  const k = model.classes.length;
  const { classScale, bias } = model;
  // Every feature has the same value (1/√n) and weights are int8: add integers, scale once.
  // Dense rows are added packed, three classes per float64 add, and unpacked once at the end.
  const { sums, bucketRange, sparseEntries, denseWeights, densePacked, packedSums, packedRows: rowsOf } = scratch;
  const groups = packedSums.length;
  sums.fill(0);
  let packedRows = 0;
  const index = features.index;
  const count = features.count;
  for (let f = 0; f < count; f++) {
    const bucket = index[f]!;
    const start = bucketRange[2 * bucket]!;
    if (start < 0) {
      const rank = -1 - start;
      if (packedRows < MAX_PACKED_ROWS) {
        rowsOf[packedRows++] = rank * groups;
      } else {
        // Never with extracted features (at most MAX_FEATURES of them): add the int8 row.
        const row = rank * k;
        for (let j = 0; j < k; j++) sums[j] = sums[j]! + denseWeights[row + j]!;
      }
      continue;
    }
    const end = bucketRange[2 * bucket + 1]!;
    for (let e = start; e < end; e++) {
      const entry = sparseEntries[e]!;
      const j = entry >>> 8;
      sums[j] = sums[j]! + ((entry << 24) >> 24);
    }
  }
  if (packedRows > 0) {
    // Four rows per pass over the sums: every partial sum is an exact integer, so the grouping
    // does not change any lane.
    packedSums.fill(0);
    let d = 0;
    for (; d + 3 < packedRows; d += 4) {
      const r0 = rowsOf[d]!;
      const r1 = rowsOf[d + 1]!;
      const r2 = rowsOf[d + 2]!;
      const r3 = rowsOf[d + 3]!;
      for (let g = 0; g < groups; g++) packedSums[g] = packedSums[g]! + (densePacked[r0 + g]! + densePacked[r1 + g]! + densePacked[r2 + g]! + densePacked[r3 + g]!);
    }
    for (; d < packedRows; d++) {
      const row = rowsOf[d]!;
      for (let g = 0; g < groups; g++) packedSums[g] = packedSums[g]! + densePacked[row + g]!;
    }
    for (let g = 0, j = 0; g < groups; g++) {
      let rest = packedSums[g]!;
      for (let l = 0; l < PACK_LANES && j < k; l++, j++) {
        // The lane is the signed remainder in [-2^17, 2^17); the higher lanes are the quotient.
        const high = Math.round(rest / LANE);
        sums[j] = sums[j]! + (rest - high * LANE);
        rest = high;
      }
    }
  }
  const logits = scratch.probabilities;
  for (let j = 0; j < k; j++) logits[j] = bias[j]! + classScale[j]! * sums[j]! * features.value;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < k; j++) if (logits[j]! > max) max = logits[j]!;
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp(logits[j]! - max);
    logits[j] = e;
    sum += e;
  }
  for (let j = 0; j < k; j++) logits[j] = logits[j]! / sum;
  return logits;
}

/** A category with its probability. */
export interface CategoryScore {
  category: CategoryId;
  score: number;
}

/**
 * Adds class probabilities up per category and returns the `limit` most likely categories, best
 * first (ties in taxonomy order, as a stable sort of all categories would give), and the most
 * likely class of the best category.
 */
export function topCategories(scratch: Scratch, limit: number): { top: CategoryScore[]; bestClass: number } {
  const { probabilities, categoryOfClass, present, categorySums: sums } = scratch;
  sums.fill(0);
  for (let j = 0; j < categoryOfClass.length; j++) {
    const c = categoryOfClass[j]!;
    sums[c] = sums[c]! + probabilities[j]!;
  }
  return rankCategories(sums, present, probabilities, categoryOfClass, limit);
}

/** Each class's category as its index in `CATEGORY_IDS`, and which categories have a class at all. Shared by every model. */
export function categoryLayout(categoryOfClass: readonly CategoryId[]): { index: Uint8Array; present: Uint8Array } {
  const index = Uint8Array.from(categoryOfClass, (c) => CATEGORY_IDS.indexOf(c));
  const present = new Uint8Array(CATEGORY_IDS.length);
  for (const c of index) present[c] = 1;
  return { index, present };
}

/**
 * The `limit` most likely of the categories `present` by their probabilities `sums`, best first
 * (ties in taxonomy order, as a stable sort of all categories would give), and the most likely
 * class of the best category (classes' categories in `categoryOfClass`). Shared by every model.
 */
export function rankCategories(sums: Float64Array, present: Uint8Array, probabilities: Float64Array, categoryOfClass: Uint8Array, limit: number): { top: CategoryScore[]; bestClass: number } {
  const top: CategoryScore[] = [];
  for (let c = 0; c < sums.length; c++) {
    if (present[c] !== 1) continue;
    const score = sums[c]!;
    // Strictly greater: an earlier category keeps its place on a tie.
    let at = top.length;
    while (at > 0 && score > top[at - 1]!.score) at--;
    if (at >= limit) continue;
    top.splice(at, 0, { category: CATEGORY_IDS[c]!, score });
    if (top.length > limit) top.pop();
  }
  const best = CATEGORY_IDS.indexOf(top[0]?.category ?? 'other');
  let bestClass = 0;
  let bestScore = -1;
  for (let j = 0; j < categoryOfClass.length; j++) {
    if (categoryOfClass[j] === best && probabilities[j]! > bestScore) {
      bestScore = probabilities[j]!;
      bestClass = j;
    }
  }
  return { top, bestClass };
}

/**
 * The features that pushed hardest towards class `j` (the most likely class of the chosen
 * category), strongest first; ties keep feature order. Entries of a bucket are sorted by class,
 * so each lookup is a binary search; only the `limit` strongest are kept and named.
 */
export function explain(model: Model, features: HashedFeatures, j: number, limit = 5, scratch?: Scratch): Array<{ feature: string; weight: number }> {
  const { bucketStart, entryClass, entryWeight } = model;
  const k = model.classes.length;
  const scale = model.classScale[j]!;
  const value = features.value;
  const index = features.index;
  const count = features.count;
  // The strongest features so far, strongest first: feature numbers and rounded weights.
  const topFeature: number[] = [];
  const topWeight: number[] = [];
  for (let i = 0; i < count; i++) {
    const bucket = index[i]!;
    let q = 0;
    if (scratch !== undefined) {
      const start = scratch.bucketRange[2 * bucket]!;
      if (start < 0) {
        // A dense row holds 0 exactly where the sparse form has no entry.
        q = scratch.denseWeights[(-1 - start) * k + j]!;
      } else {
        const entries = scratch.sparseEntries;
        let lo = start;
        let hi = scratch.bucketRange[2 * bucket + 1]! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const c = entries[mid]! >>> 8;
          if (c === j) {
            q = (entries[mid]! << 24) >> 24;
            break;
          }
          if (c < j) lo = mid + 1;
          else hi = mid - 1;
        }
      }
    } else {
      let lo = bucketStart[bucket]!;
      let hi = bucketStart[bucket + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = entryClass[mid]!;
        if (c === j) {
          q = entryWeight[mid]!;
          break;
        }
        if (c < j) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    if (q === 0) continue;
    const raw = q * scale * value;
    if (raw <= 0) continue;
    const weight = Math.round(raw * 10_000) / 10_000;
    // Strictly greater: an earlier feature keeps its place on a tie.
    let at = topWeight.length;
    while (at > 0 && weight > topWeight[at - 1]!) at--;
    if (at >= limit) continue;
    topFeature.splice(at, 0, i);
    topWeight.splice(at, 0, weight);
    if (topWeight.length > limit) {
      topFeature.pop();
      topWeight.pop();
    }
  }
  const out: Array<{ feature: string; weight: number }> = [];
  for (let t = 0; t < topFeature.length; t++) out.push({ feature: features.name(topFeature[t]!), weight: topWeight[t]! });
  return out;
}
