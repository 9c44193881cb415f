// Trains the shipped TF-IDF model (src/classifier/tfidf-model.ts), the recipe of issue 17:
// TF-IDF (smooth idf, sublinear tf) over hashed word 1–2-grams and char_wb 2–5-grams, each block
// L2-normalised, then a one-vs-rest linear SVM with squared hinge loss solved by dual coordinate
// descent (liblinear's algorithm, C = 1, bias as a constant feature), int8 weights.
//
// Deterministic: examples in file order, a seeded permutation per epoch, a fixed number of
// epochs, no clock and no Math.random, so two runs give byte-identical weights. Typed arrays
// throughout (CSR features, one Float64Array of weights) keep training lean on a shared machine.
//
// Every option can be switched off for the ablation (scripts/classifier-ablation.ts); `loss: 'log'`
// trains a multinomial logistic regression by averaged SGD over the same features instead.
import { normalizeText } from '../src/_internal/text/index.js';
import { type CategoryId, CATEGORY_IDS } from '../src/taxonomy/index.js';
import { createTfidfFeatures, extractTfidf, type TfidfFeatureOptions } from './tfidf-features.js';
import { createTfidfScratch, quantiseIdf, scoreTfidf, type TfidfModel, topTfidfCategories } from './tfidf-model.js';
import type { LabelledText } from './classifier-data.js';
import { xorshift32 } from './seeded-random.js';

export interface SvmOptions {
  wordBuckets: number;
  charBuckets: number;
  idf: boolean;
  sublinearTf: boolean;
  charWithinWords: boolean;
  perBlockNorm: boolean;
  loss: 'hinge' | 'log';
  /** `intent`: one class per source intent, summed per category; `category`: the 17 categories. */
  classes: 'intent' | 'category';
  C: number;
  epochs: number;
  seed: number;
  temperature: number;
}

export const SVM_OPTIONS: SvmOptions = {
  wordBuckets: 16384,
  charBuckets: 32768,
  idf: true,
  sublinearTf: true,
  charWithinWords: true,
  perBlockNorm: true,
  loss: 'hinge',
  classes: 'category',
  C: 1,
  epochs: 12,
  seed: 1,
  temperature: 6,
};

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

const classOf = (e: LabelledText, mode: SvmOptions['classes']): string => (mode === 'intent' && e.intent ? `${e.label}:${e.intent}` : e.label);

/** Trains a {@link TfidfModel} on weighted examples. */
export function trainTfidfModel(examples: readonly LabelledText[], options: SvmOptions = SVM_OPTIONS): TfidfModel {
  const features: Required<TfidfFeatureOptions> = {
    wordBuckets: options.wordBuckets,
    charBuckets: options.charBuckets,
    sublinearTf: options.sublinearTf,
    charWithinWords: options.charWithinWords,
    perBlockNorm: options.perBlockNorm,
  };
  const D = options.wordBuckets + options.charBuckets;
  const n = examples.length;
  const normalized = examples.map((e) => normalizeText(e.text));
  // Document frequency per bucket (unweighted, like scikit-learn), smooth idf.
  const scratch = createTfidfFeatures();
  const df = new Float64Array(D);
  for (const text of normalized) {
    const f = extractTfidf(text, features, undefined, scratch);
    for (let i = 0; i < f.count; i++) df[f.bucket[i]!]!++;
  }
  const idf = new Float32Array(D);
  for (let b = 0; b < D; b++) idf[b] = options.idf ? quantiseIdf(Math.log((1 + n) / (1 + df[b]!)) + 1) : 1;
  // CSR matrix of the weighted features.
  const rowStart = new Int32Array(n + 1);
  let cols = new Int32Array(n * 64);
  let vals = new Float32Array(n * 64);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    const f = extractTfidf(normalized[i]!, features, options.idf ? idf : undefined, scratch);
    if (nnz + f.count > cols.length) {
      const c2 = new Int32Array(2 * (nnz + f.count));
      c2.set(cols.subarray(0, nnz));
      cols = c2;
      const v2 = new Float32Array(2 * (nnz + f.count));
      v2.set(vals.subarray(0, nnz));
      vals = v2;
    }
    for (let t = 0; t < f.count; t++) {
      cols[nnz] = f.bucket[t]!;
      vals[nnz++] = f.value[t]!;
    }
    rowStart[i + 1] = nnz;
  }
  // Classes in a fixed order: categories in taxonomy order, intents sorted inside.
  const names = [...new Set(examples.map((e) => classOf(e, options.classes)))].sort((a, b) => {
    const ca = CATEGORY_IDS.indexOf(a.split(':', 1)[0] as CategoryId);
    const cb = CATEGORY_IDS.indexOf(b.split(':', 1)[0] as CategoryId);
    return ca - cb || (a < b ? -1 : a > b ? 1 : 0);
  });
  const index = new Map(names.map((c, j) => [c, j]));
  const y = Int32Array.from(examples, (e) => index.get(classOf(e, options.classes))!);
  const weight = Float64Array.from(examples, (e) => e.weight ?? 1);
  const k = names.length;
  const W = new Float64Array(k * D); // class-major while training
  const bias = new Float64Array(k);
  if (options.loss === 'hinge') trainHinge(k, D, n, rowStart, cols, vals, y, weight, options, W, bias);
  else trainLog(k, D, n, rowStart, cols, vals, y, weight, options, W, bias);
  // int8, one scale per class, bucket-major.
  const classScale = new Float32Array(k);
  const weights = new Int8Array(D * k);
  for (let j = 0; j < k; j++) {
    let max = 0;
    for (let b = 0; b < D; b++) max = Math.max(max, Math.abs(W[j * D + b]!));
    const scale = max > 0 ? Math.fround(max / 127) : 1;
    classScale[j] = scale;
    for (let b = 0; b < D; b++) weights[b * k + j] = Math.round(W[j * D + b]! / scale);
  }
  return {
    format: 'walletdesk-tfidf/1',
    classes: names,
    categoryOfClass: names.map((c) => c.split(':', 1)[0] as CategoryId),
    features,
    idf,
    bias: Float32Array.from(bias),
    classScale,
    weights,
    temperature: options.temperature,
  };
}

/** One-vs-rest L2-regularised squared-hinge SVM by dual coordinate descent (Hsieh et al. 2008). */
function trainHinge(k: number, D: number, n: number, rowStart: Int32Array, cols: Int32Array, vals: Float32Array, y: Int32Array, weight: Float64Array, o: SvmOptions, W: Float64Array, bias: Float64Array): void {
  const qii = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1; // the bias feature
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) s += vals[p]! * vals[p]!;
    qii[i] = s;
  }
  const alpha = new Float64Array(n);
  const order = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    alpha.fill(0);
    const random = xorshift32(o.seed * 7919 + j + 1);
    for (let i = 0; i < n; i++) order[i] = i;
    const off = j * D;
    let b = 0;
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      shuffle(order, random);
      for (let t = 0; t < n; t++) {
        const i = order[t]!;
        const yi = y[i] === j ? 1 : -1;
        const dii = 1 / (2 * o.C * weight[i]!);
        let score = b;
        for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) score += W[off + cols[p]!]! * vals[p]!;
        const g = yi * score - 1 + dii * alpha[i]!;
        const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
        if (Math.abs(pg) < 1e-12) continue;
        const next = Math.max(alpha[i]! - g / (qii[i]! + dii), 0);
        const d = (next - alpha[i]!) * yi;
        alpha[i] = next;
        for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) W[off + cols[p]!]! += d * vals[p]!;
        b += d;
      }
    }
    bias[j] = b;
  }
}

/** Multinomial logistic regression by SGD with averaged weights (the ablation's log loss). */
function trainLog(k: number, D: number, n: number, rowStart: Int32Array, cols: Int32Array, vals: Float32Array, y: Int32Array, weight: Float64Array, o: SvmOptions, W: Float64Array, bias: Float64Array): void {
  const lambda = 1 / (o.C * n);
  const w = new Float64Array(k * D);
  const bw = new Float64Array(k);
  const scores = new Float64Array(k);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = xorshift32(o.seed);
  let steps = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    const rate = 0.5 / (1 + epoch);
    for (let t = 0; t < n; t++) {
      const i = order[t]!;
      let max = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < k; j++) {
        let s = bw[j]!;
        for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) s += w[j * D + cols[p]!]! * vals[p]!;
        scores[j] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let j = 0; j < k; j++) total += (scores[j] = Math.exp(scores[j]! - max));
      for (let j = 0; j < k; j++) {
        const g = (scores[j]! / total - (y[i] === j ? 1 : 0)) * weight[i]! * rate;
        if (Math.abs(g) < 1e-9) continue;
        for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) w[j * D + cols[p]!]! -= g * vals[p]!;
        bw[j]! -= g;
      }
      steps++;
    }
    // L2 shrink once per epoch, then accumulate the average.
    const shrink = 1 - lambda * rate * n;
    for (let q = 0; q < w.length; q++) {
      w[q]! *= shrink;
      W[q]! += w[q]!;
    }
    for (let j = 0; j < k; j++) bias[j]! += bw[j]!;
  }
  for (let q = 0; q < W.length; q++) W[q]! /= o.epochs;
  for (let j = 0; j < k; j++) bias[j]! /= o.epochs;
  void steps;
}

/** Classes a text with a TF-IDF model and the built-in abstention (abstaining answers `other`). */
export function tfidfPredictor(model: TfidfModel, abstainBelow = 0.3): (text: string) => string {
  const scratch = createTfidfScratch(model);
  return (text) => {
    if (scoreTfidf(model, normalizeText(text), scratch) === 0) return 'other';
    const { top } = topTfidfCategories(scratch, 1);
    const best = top[0];
    return !best || best.score < abstainBelow ? 'other' : best.category;
  };
}
