/**
 * One TF-IDF linear SVM of issue 17's recipe as training produces it (scripts/classifier-svm.ts),
 * for the ablation and the ensemble's members: int8 weights with one scale per class, stored
 * dense (bucket-major), scored here by dense rows. The shipped ensemble packs members into
 * src/classifier/tfidf-ensemble.ts (and stores them through it: scripts/classifier-tfidf-ensemble.ts).
 *
 * Confidence is the softmax of the SVM scores times `temperature` (chosen on validation data),
 * summed per category: good for ranking and thresholds, not a calibrated probability.
 */
import { CATEGORY_IDS, type CategoryId } from '../src/taxonomy/index.js';
import { classScore, IDF_STEP } from '../src/classifier/tfidf-ensemble.js';
import { createTfidfFeatures, extractTfidf, featureNamesOf, type TfidfFeatureRecipe, type TfidfFeatures } from '../src/classifier/tfidf-features.js';

/** A trained TF-IDF SVM (see the module comment). Immutable. */
export interface TfidfModel {
  readonly format: 'walletdesk-tfidf/1';
  readonly classes: readonly string[];
  readonly categoryOfClass: readonly CategoryId[];
  readonly features: TfidfFeatureRecipe;
  /** Inverse document frequency per bucket (quantised to 1/16). */
  readonly idf: Float32Array;
  readonly bias: Float32Array;
  readonly classScale: Float32Array;
  /** `weights[b * k + j]`: int8 weight of bucket `b` for class `j`. */
  readonly weights: Int8Array;
  /** Softmax temperature applied to the scores for `confidence`. */
  readonly temperature: number;
}

/** Reusable buffers for scoring with one model. */
export interface TfidfScratch {
  readonly features: TfidfFeatures;
  readonly sums: Float64Array;
  readonly probabilities: Float64Array;
  readonly categoryIndex: Uint8Array;
  readonly categorySums: Float64Array;
}

export function createTfidfScratch(model: TfidfModel): TfidfScratch {
  const k = model.classes.length;
  return {
    features: createTfidfFeatures(),
    sums: new Float64Array(k),
    probabilities: new Float64Array(k),
    categoryIndex: Uint8Array.from(model.categoryOfClass, (c) => CATEGORY_IDS.indexOf(c)),
    categorySums: new Float64Array(CATEGORY_IDS.length),
  };
}

/**
 * Raw SVM scores (bias + w·x) of a feature vector, into `sums`: per class, a sum per block of
 * unit × weight over dense rows (zeros included), in feature order, then the runtime's one
 * formula (`classScore`), so both give the same floats.
 */
export function tfidfScores(model: TfidfModel, features: TfidfFeatures, sums: Float64Array): Float64Array {
  const k = model.classes.length;
  const w = model.weights;
  if (charSums.length < k) charSums = new Float64Array(k);
  sums.fill(0);
  charSums.fill(0);
  for (let f = 0; f < features.count; f++) {
    const u = features.raw[f]! * IDF_STEP;
    const base = features.bucket[f]! * k;
    const into = f < features.wordCount ? sums : charSums;
    for (let j = 0; j < k; j++) into[j]! += u * w[base + j]!;
  }
  for (let j = 0; j < k; j++) sums[j] = classScore(model.bias[j]!, model.classScale[j]!, sums[j]!, charSums[j]!, features);
  return sums;
}

let charSums = new Float64Array(0);

/**
 * Scores an already normalised text: returns the number of features (0: nothing to read) and
 * leaves class probabilities and category sums in the scratch.
 */
export function scoreTfidf(model: TfidfModel, normalized: string, scratch: TfidfScratch): number {
  const features = extractTfidf(normalized, model.features, model.idf, scratch.features);
  if (features.count === 0) return 0;
  const sums = tfidfScores(model, features, scratch.sums);
  const k = sums.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < k; j++) if (sums[j]! > max) max = sums[j]!;
  let total = 0;
  for (let j = 0; j < k; j++) {
    const p = Math.exp(model.temperature * (sums[j]! - max));
    scratch.probabilities[j] = p;
    total += p;
  }
  scratch.categorySums.fill(0);
  for (let j = 0; j < k; j++) {
    const p = scratch.probabilities[j]! / total;
    scratch.probabilities[j] = p;
    scratch.categorySums[scratch.categoryIndex[j]!]! += p;
  }
  return features.count;
}

/** The best categories of the last text scored, best first, and the best class inside the best one. */
export function topTfidfCategories(scratch: TfidfScratch, limit: number): { top: Array<{ category: CategoryId; score: number }>; bestClass: number } {
  const top: Array<{ category: CategoryId; score: number }> = [];
  for (let c = 0; c < scratch.categorySums.length; c++) {
    const score = scratch.categorySums[c]!;
    if (score === 0 && !scratch.categoryIndex.includes(c)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    if (at < limit) {
      top.splice(at, 0, { category: CATEGORY_IDS[c]!, score });
      if (top.length > limit) top.pop();
    }
  }
  let bestClass = 0;
  const best = top[0] ? CATEGORY_IDS.indexOf(top[0].category) : -1;
  let bestP = -1;
  for (let j = 0; j < scratch.probabilities.length; j++) {
    if (scratch.categoryIndex[j] === best && scratch.probabilities[j]! > bestP) {
      bestP = scratch.probabilities[j]!;
      bestClass = j;
    }
  }
  return { top, bestClass };
}

/**
 * The features of the last text scored (still in the scratch) that pushed hardest towards class
 * `j`, with readable names.
 */
export function explainTfidf(model: TfidfModel, normalized: string, scratch: TfidfScratch, j: number, limit = 5): Array<{ feature: string; weight: number }> {
  const { features } = scratch;
  const k = model.classes.length;
  const top: Array<{ bucket: number; weight: number }> = [];
  for (let f = 0; f < features.count; f++) {
    const bucket = features.bucket[f]!;
    const weight = features.value[f]! * model.weights[bucket * k + j]! * model.classScale[j]!;
    if (weight <= 0) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.weight < weight) at--;
    if (at < limit) {
      top.splice(at, 0, { bucket, weight });
      if (top.length > limit) top.pop();
    }
  }
  if (top.length === 0) return [];
  const names = featureNamesOf(normalized, model.features, new Set(top.map((t) => t.bucket)));
  return top.map((t) => ({ feature: names.get(t.bucket) ?? `#${t.bucket}`, weight: Math.round(t.weight * 10_000) / 10_000 }));
}
