/**
 * Scoring a text with a {@link Model}: the softmax probabilities of its classes, their sums per
 * category, and, for explanations, which features pushed hardest towards a category.
 */
import { type HashedFeatures, hashFeatures } from './features.js';
import type { Model } from './model.js';
import { CATEGORY_IDS, type CategoryId } from './taxonomy.js';

/** Probabilities per class (same order as `model.classes`) and the features that were found. */
export interface Scores {
  readonly probabilities: Float64Array;
  readonly features: HashedFeatures;
}

/** Softmax probabilities of every class of `model` for `text`. */
export function scoreText(model: Model, text: string): Scores {
  const k = model.classes.length;
  const features = hashFeatures(text, model.buckets);
  const { bucketStart, entryClass, entryWeight, classScale, bias } = model;
  // Every feature has the same value (1/√n) and weights are int8: add integers, scale once.
  const sums = new Int32Array(k);
  const index = features.index;
  for (let f = 0; f < index.length; f++) {
    const bucket = index[f]!;
    const end = bucketStart[bucket + 1]!;
    for (let e = bucketStart[bucket]!; e < end; e++) {
      const j = entryClass[e]!;
      sums[j] = sums[j]! + entryWeight[e]!;
    }
  }
  const logits = new Float64Array(k);
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
  return { probabilities: logits, features };
}

/**
 * The features that pushed hardest towards class `j` (the most likely class of the chosen
 * category), strongest first. Entries of a bucket are sorted by class, so each lookup is a
 * binary search.
 */
export function explain(model: Model, features: HashedFeatures, j: number, limit = 5): Array<{ feature: string; weight: number }> {
  const { bucketStart, entryClass, entryWeight, classScale } = model;
  const found: Array<{ i: number; weight: number }> = [];
  for (let i = 0; i < features.index.length; i++) {
    const bucket = features.index[i]!;
    let lo = bucketStart[bucket]!;
    let hi = bucketStart[bucket + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = entryClass[mid]!;
      if (c === j) {
        const weight = entryWeight[mid]! * classScale[j]! * features.value;
        if (weight > 0) found.push({ i, weight: Math.round(weight * 10_000) / 10_000 });
        break;
      }
      if (c < j) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  found.sort((a, b) => b.weight - a.weight || a.i - b.i);
  return found.slice(0, limit).map(({ i, weight }) => ({ feature: features.name(i), weight }));
}

const categoryIndexCache = new WeakMap<Model, Uint8Array>();

/** Adds class probabilities up per category; returns categories with their probability, best first, and the best class. */
export function categoryProbabilities(model: Model, probabilities: Float64Array): { ranked: Array<{ category: CategoryId; score: number }>; bestClass: number } {
  let categoryIndex = categoryIndexCache.get(model);
  if (categoryIndex === undefined) {
    categoryIndex = Uint8Array.from(model.categoryOfClass, (c) => CATEGORY_IDS.indexOf(c));
    categoryIndexCache.set(model, categoryIndex);
  }
  const sums = new Float64Array(CATEGORY_IDS.length);
  const present = new Uint8Array(CATEGORY_IDS.length);
  for (let j = 0; j < categoryIndex.length; j++) {
    const c = categoryIndex[j]!;
    sums[c] = sums[c]! + probabilities[j]!;
    present[c] = 1;
  }
  const ranked: Array<{ category: CategoryId; score: number }> = [];
  for (let c = 0; c < CATEGORY_IDS.length; c++) if (present[c] === 1) ranked.push({ category: CATEGORY_IDS[c]!, score: sums[c]! });
  // Stable sort: ties keep taxonomy order.
  ranked.sort((a, b) => b.score - a.score);
  const best = CATEGORY_IDS.indexOf(ranked[0]?.category ?? 'other');
  let bestClass = 0;
  let bestScore = -1;
  for (let j = 0; j < categoryIndex.length; j++) {
    if (categoryIndex[j] === best && probabilities[j]! > bestScore) {
      bestScore = probabilities[j]!;
      bestClass = j;
    }
  }
  return { ranked, bestClass };
}
