/**
 * The TF-IDF linear SVM of issue 17's recipe, for the ablation (scripts/classifier-ablation.ts):
 * a one-vs-rest squared-hinge SVM over TF-IDF features (./tfidf-features.ts), hashed into word
 * and character buckets, int8 weights with one scale per class, stored dense (bucket-major).
 * Not shipped: on walletdesk's hold-out it measured below the shipped logistic regression on
 * BANKING77 and slower (see docs/guide/classifier.md, "The TF-IDF recipe").
 *
 * Confidence is the softmax of the SVM scores times `temperature` (chosen on validation data),
 * summed per category: good for ranking and thresholds, not a calibrated probability.
 */
import { ValidationError } from '../src/errors/index.js';
import { CATEGORY_IDS, type CategoryId } from '../src/taxonomy/index.js';
import { categoryOfClassName } from '../src/classifier/model.js';
import { createTfidfFeatures, extractTfidf, featureNamesOf, type TfidfFeatureOptions, type TfidfFeatures } from './tfidf-features.js';

/** A trained TF-IDF SVM (see the module comment). Immutable. */
export interface TfidfModel {
  readonly format: 'walletdesk-tfidf/1';
  readonly classes: readonly string[];
  readonly categoryOfClass: readonly CategoryId[];
  readonly features: Required<TfidfFeatureOptions>;
  /** Inverse document frequency per bucket (quantised to 1/16). */
  readonly idf: Float32Array;
  readonly bias: Float32Array;
  readonly classScale: Float32Array;
  /** `weights[b * k + j]`: int8 weight of bucket `b` for class `j`. */
  readonly weights: Int8Array;
  /** Softmax temperature applied to the scores for `confidence`. */
  readonly temperature: number;
}

const MAGIC = [0x57, 0x44, 0x54, 0x01]; // "WDT" + version 1
const IDF_STEP = 16;

/** Quantises an idf value as it is stored (so training and the shipped model agree). */
export const quantiseIdf = (idf: number): number => Math.min(255, Math.max(1, Math.round(idf * IDF_STEP))) / IDF_STEP;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Serialises a TF-IDF model: header JSON, idf (uint8), bias and scales (float32), weights (int8). */
export function serializeTfidfModel(model: TfidfModel): string {
  const header = new TextEncoder().encode(JSON.stringify({ classes: model.classes, features: model.features, temperature: model.temperature }));
  const k = model.classes.length;
  const buckets = model.idf.length;
  const bytes = new Uint8Array(8 + header.length + buckets + 8 * k + model.weights.length);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint32(4, header.length, true);
  bytes.set(header, 8);
  let at = 8 + header.length;
  for (let b = 0; b < buckets; b++) bytes[at++] = Math.round(model.idf[b]! * IDF_STEP);
  for (let j = 0; j < k; j++, at += 4) view.setFloat32(at, model.bias[j]!, true);
  for (let j = 0; j < k; j++, at += 4) view.setFloat32(at, model.classScale[j]!, true);
  // Class-major on disk: one class's weights side by side compress better.
  for (let j = 0; j < k; j++) for (let b = 0; b < buckets; b++) bytes[at++] = model.weights[b * k + j]! & 0xff;
  return toBase64(bytes);
}

function invalid(message: string): ValidationError {
  return new ValidationError([{ path: ['model'], message, code: 'invalid_model' }]);
}

/** Reads a model written by {@link serializeTfidfModel}. */
export function deserializeTfidfModel(serialized: string): TfidfModel {
  const binary = atob(serialized);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m)) throw invalid('Not a walletdesk TF-IDF model');
  const view = new DataView(bytes.buffer);
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { classes: string[]; features: Required<TfidfFeatureOptions>; temperature: number };
  const k = header.classes.length;
  const buckets = header.features.wordBuckets + header.features.charBuckets;
  let at = 8 + headerLength;
  if (bytes.length !== at + buckets + 8 * k + buckets * k) throw invalid('Truncated TF-IDF model');
  const idf = new Float32Array(buckets);
  for (let b = 0; b < buckets; b++) idf[b] = bytes[at++]! / IDF_STEP;
  const bias = new Float32Array(k);
  const classScale = new Float32Array(k);
  for (let j = 0; j < k; j++, at += 4) bias[j] = view.getFloat32(at, true);
  for (let j = 0; j < k; j++, at += 4) classScale[j] = view.getFloat32(at, true);
  const weights = new Int8Array(buckets * k);
  for (let j = 0; j < k; j++) for (let b = 0; b < buckets; b++) weights[b * k + j] = (bytes[at++]! << 24) >> 24;
  return {
    format: 'walletdesk-tfidf/1',
    classes: header.classes,
    categoryOfClass: header.classes.map((c) => categoryOfClassName(c) ?? 'other'),
    features: header.features,
    idf,
    bias,
    classScale,
    weights,
    temperature: header.temperature,
  };
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

/** Raw SVM scores (bias + w·x) of a feature vector, into `sums`. */
export function tfidfScores(model: TfidfModel, features: TfidfFeatures, sums: Float64Array): Float64Array {
  const k = model.classes.length;
  const w = model.weights;
  sums.fill(0);
  for (let f = 0; f < features.count; f++) {
    const v = features.value[f]!;
    const base = features.bucket[f]! * k;
    for (let j = 0; j < k; j++) sums[j]! += v * w[base + j]!;
  }
  for (let j = 0; j < k; j++) sums[j] = model.bias[j]! + model.classScale[j]! * sums[j]!;
  return sums;
}

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
