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
import { createTfidfFeatures, extractTfidf } from '../src/classifier/tfidf-features.js';
import { quantiseIdf } from '../src/classifier/tfidf-ensemble.js';
import { createTfidfScratch, scoreTfidf, type TfidfModel, topTfidfCategories } from './tfidf-model.js';
import type { LabelledText } from './classifier-data.js';
import { xorshift32 } from './seeded-random.js';

export interface SvmOptions {
  wordBuckets: number;
  charBuckets: number;
  idf: boolean;
  sublinearTf: boolean;
  /** Count a repeated n-gram once (see TfidfFeatureOptions). */
  binaryTf: boolean;
  charWithinWords: boolean;
  perBlockNorm: boolean;
  /** Shortest character n-gram (2, or 3 for a faster feature pass). */
  minCharGram: number;
  /**
   * Signed feature hashing (see TfidfFeatureOptions), the longest word n-gram (2 or 3) and the
   * longest character n-gram (5 or more). Optional and absent from SVM_OPTIONS, so the recipe
   * written into the shipped weights' header reads as before they existed.
   */
  signedHash?: boolean;
  maxWordGram?: number;
  maxCharGram?: number;
  /**
   * `hinge`: the squared-hinge SVM; `log`: multinomial logistic regression by averaged SGD;
   * `log-dual`: one-vs-rest logistic regression solved by dual coordinate descent (liblinear's
   * `-s 7`).
   */
  loss: 'hinge' | 'log' | 'log-dual';
  /** `intent`: one class per source intent, summed per category; `category`: the 17 categories. */
  classes: 'intent' | 'category';
  C: number;
  /** Most passes over the data per class (the hinge solver usually stops earlier, at `eps`). */
  epochs: number;
  /** Learning rate of the logistic loss's SGD at epoch 0. */
  learningRate: number;
  /** Stopping tolerance of the hinge solver on the projected gradient (liblinear's default 0.1). */
  eps: number;
  seed: number;
  temperature: number;
}

export const SVM_OPTIONS: SvmOptions = {
  wordBuckets: 16384,
  charBuckets: 32768,
  idf: true,
  sublinearTf: true,
  binaryTf: false,
  charWithinWords: true,
  perBlockNorm: true,
  minCharGram: 2,
  loss: 'hinge',
  classes: 'category',
  C: 1,
  epochs: 200,
  eps: 0.1,
  learningRate: 0.5,
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

/** The class an example trains: its category, or with `classes: 'intent'` its category and source intent. */
export const classOf = (e: LabelledText, mode: SvmOptions['classes']): string => (mode === 'intent' && e.intent ? `${e.label}:${e.intent}` : e.label);

/** Trains a {@link TfidfModel} on weighted examples. */
export function trainTfidfModel(examples: readonly LabelledText[], options: SvmOptions = SVM_OPTIONS): TfidfModel {
  const features: TfidfModel['features'] = {
    wordBuckets: options.wordBuckets,
    charBuckets: options.charBuckets,
    sublinearTf: options.sublinearTf,
    binaryTf: options.binaryTf,
    charWithinWords: options.charWithinWords,
    perBlockNorm: options.perBlockNorm,
    minCharGram: options.minCharGram,
    // later options only when not the default, so models trained without them keep their bytes
    ...(options.signedHash ? { signedHash: true } : {}),
    ...(options.maxWordGram !== undefined && options.maxWordGram !== 2 ? { maxWordGram: options.maxWordGram } : {}),
    ...(options.maxCharGram !== undefined && options.maxCharGram !== 5 ? { maxCharGram: options.maxCharGram } : {}),
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
  else if (options.loss === 'log-dual') trainLogDual(k, D, n, rowStart, cols, vals, y, weight, options, W, bias);
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

/** Each row's squared norm, the bias feature's 1 included (the dual solvers' step sizes). */
function squaredNorms(n: number, rowStart: Int32Array, vals: Float32Array): Float64Array {
  const xx = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1; // the bias feature
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) s += vals[p]! * vals[p]!;
    xx[i] = s;
  }
  return xx;
}

/**
 * One-vs-rest L2-regularised squared-hinge SVM by dual coordinate descent with shrinking
 * (Hsieh et al. 2008; liblinear's `solve_l2r_l1l2_svc`): an example whose projected gradient
 * says it will stay at alpha = 0 leaves the active set, so after the first passes a class only
 * visits the few examples near its margin. Stops when the projected gradient's spread is below
 * `eps` on the full set (liblinear's default 0.1) or after `epochs` passes. The visiting order is
 * a seeded permutation per class, so the weights do not depend on the clock or on threads.
 */
function trainHinge(k: number, D: number, n: number, rowStart: Int32Array, cols: Int32Array, vals: Float32Array, y: Int32Array, weight: Float64Array, o: SvmOptions, W: Float64Array, bias: Float64Array): void {
  const xx = squaredNorms(n, rowStart, vals);
  const diag = Float64Array.from(weight, (w) => 1 / (2 * o.C * w));
  const alpha = new Float64Array(n);
  const index = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    alpha.fill(0);
    const random = xorshift32(o.seed * 7919 + j + 1);
    for (let i = 0; i < n; i++) index[i] = i;
    const off = j * D;
    let b = 0;
    let active = n;
    let pgMaxOld = Number.POSITIVE_INFINITY;
    // (no pgMinOld: the squared hinge has no upper bound on alpha, so only alpha = 0 shrinks)
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      // seeded Fisher–Yates over the active part
      for (let s = active - 1; s > 0; s--) {
        const r = Math.floor(random() * (s + 1));
        const t = index[s]!;
        index[s] = index[r]!;
        index[r] = t;
      }
      let pgMax = Number.NEGATIVE_INFINITY;
      let pgMin = Number.POSITIVE_INFINITY;
      for (let s = 0; s < active; s++) {
        const i = index[s]!;
        const yi = y[i] === j ? 1 : -1;
        let score = b;
        for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) score += W[off + cols[p]!]! * vals[p]!;
        const a = alpha[i]!;
        const g = yi * score - 1 + diag[i]! * a;
        let pg = g;
        if (a === 0) {
          if (g > pgMaxOld) {
            // shrink: swap it behind the active part and look at the one swapped in
            active--;
            index[s] = index[active]!;
            index[active] = i;
            s--;
            continue;
          }
          if (g > 0) pg = 0;
        }
        if (pg > pgMax) pgMax = pg;
        if (pg < pgMin) pgMin = pg;
        if (Math.abs(pg) > 1e-12) {
          const next = Math.max(a - g / (xx[i]! + diag[i]!), 0);
          const d = (next - a) * yi;
          alpha[i] = next;
          for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) W[off + cols[p]!]! += d * vals[p]!;
          b += d;
        }
      }
      if (pgMax - pgMin <= o.eps) {
        if (active === n) break;
        // converged on the shrunk set: check every example once more
        active = n;
        pgMaxOld = Number.POSITIVE_INFINITY;
        continue;
      }
      pgMaxOld = pgMax <= 0 ? Number.POSITIVE_INFINITY : pgMax;
    }
    bias[j] = b;
  }
}

/**
 * One-vs-rest L2-regularised logistic regression by dual coordinate descent (Yu, Huang & Lin 2011;
 * liblinear's `solve_l2r_lr_dual`): each dual variable lies in (0, C·weight); a step solves its
 * one-variable sub-problem by a few Newton steps kept inside the interval, with the inner
 * tolerance tightened as the outer passes need fewer Newton steps. Stops when the largest
 * gradient of a pass is below `eps` or after `epochs` passes; the visiting order is a seeded
 * permutation per class and pass, so the weights do not depend on the clock.
 */
function trainLogDual(k: number, D: number, n: number, rowStart: Int32Array, cols: Int32Array, vals: Float32Array, y: Int32Array, weight: Float64Array, o: SvmOptions, W: Float64Array, bias: Float64Array): void {
  const xx = squaredNorms(n, rowStart, vals);
  const upper = Float64Array.from(weight, (w) => o.C * w);
  const alpha = new Float64Array(n); // alpha_i; C_i − alpha_i is upper − alpha
  const index = new Int32Array(n);
  const innerEpsMin = Math.min(1e-8, o.eps);
  for (let j = 0; j < k; j++) {
    const off = j * D;
    let b = 0;
    // start strictly inside (0, C_i), as liblinear does
    for (let i = 0; i < n; i++) {
      const a = Math.min(0.001 * upper[i]!, 1e-8);
      alpha[i] = a;
      const d = (y[i] === j ? 1 : -1) * a;
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) W[off + cols[p]!]! += d * vals[p]!;
      b += d;
      index[i] = i;
    }
    const random = xorshift32(o.seed * 7919 + j + 1);
    let innerEps = 1e-2;
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      shuffle(index, random);
      let newtonSteps = 0;
      let gMax = 0;
      for (let s = 0; s < n; s++) {
        const i = index[s]!;
        const yi = y[i] === j ? 1 : -1;
        const C = upper[i]!;
        let score = b;
        for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) score += W[off + cols[p]!]! * vals[p]!;
        const qa = xx[i]!;
        const qb = yi * score;
        // minimise over alpha_i (sign 1) or over C_i − alpha_i (sign −1), whichever is nearer 0
        const a1 = alpha[i]!;
        const a2 = C - a1;
        const flip = 0.5 * qa * (a2 - a1) + qb < 0;
        const sign = flip ? -1 : 1;
        const old = flip ? a2 : a1;
        let z = old;
        if (C - z < 0.5 * C) z *= 0.1;
        let gp = qa * (z - old) + sign * qb + Math.log(z / (C - z));
        if (Math.abs(gp) > gMax) gMax = Math.abs(gp);
        let inner = 0;
        while (inner <= 100 && Math.abs(gp) >= innerEps) {
          const gpp = qa + C / (C - z) / z;
          const next = z - gp / gpp;
          z = next <= 0 ? z * 0.1 : next;
          gp = qa * (z - old) + sign * qb + Math.log(z / (C - z));
          newtonSteps++;
          inner++;
        }
        if (inner > 0) {
          alpha[i] = flip ? C - z : z;
          const d = sign * (z - old) * yi;
          for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) W[off + cols[p]!]! += d * vals[p]!;
          b += d;
        }
      }
      if (gMax < o.eps) break;
      if (newtonSteps <= n / 10) innerEps = Math.max(innerEpsMin, 0.1 * innerEps);
    }
    bias[j] = b;
  }
}

/**
 * Multinomial logistic regression by SGD with weights averaged over epochs (the ablation's log
 * loss, and the ensemble's logistic member). Weights are feature-major while training (a
 * feature's k class weights side by side), so scoring and updating an example walk memory in
 * order; the learning rate is `learningRate / (1 + 0.3 · epoch)`.
 */
function trainLog(k: number, D: number, n: number, rowStart: Int32Array, cols: Int32Array, vals: Float32Array, y: Int32Array, weight: Float64Array, o: SvmOptions, W: Float64Array, bias: Float64Array): void {
  const lambda = 1 / (o.C * n);
  const w = new Float64Array(D * k);
  const avg = new Float64Array(D * k);
  const bw = new Float64Array(k);
  const scores = new Float64Array(k);
  const active = new Int32Array(k);
  const grads = new Float64Array(k);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = xorshift32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    const rate = o.learningRate / (1 + 0.3 * epoch);
    for (let t = 0; t < n; t++) {
      const i = order[t]!;
      scores.set(bw);
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const base = cols[p]! * k;
        const v = vals[p]!;
        for (let j = 0; j < k; j++) scores[j]! += w[base + j]! * v;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < k; j++) if (scores[j]! > max) max = scores[j]!;
      let total = 0;
      for (let j = 0; j < k; j++) total += scores[j] = Math.exp(scores[j]! - max);
      // only the classes with a gradient worth applying (most softmax outputs are ~0)
      const step = weight[i]! * rate;
      let m = 0;
      for (let j = 0; j < k; j++) {
        const g = (scores[j]! / total - (y[i] === j ? 1 : 0)) * step;
        if (Math.abs(g) < 1e-6 * step) continue;
        bw[j]! -= g;
        active[m] = j;
        grads[m++] = g;
      }
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const base = cols[p]! * k;
        const v = vals[p]!;
        for (let q = 0; q < m; q++) w[base + active[q]!]! -= grads[q]! * v;
      }
    }
    // L2 shrink once per epoch, then accumulate the average.
    const shrink = Math.max(0, 1 - lambda * rate * n);
    for (let q = 0; q < w.length; q++) {
      w[q]! *= shrink;
      avg[q]! += w[q]!;
    }
    for (let j = 0; j < k; j++) bias[j]! += bw[j]!;
  }
  // back to class-major, averaged
  for (let b = 0; b < D; b++) for (let j = 0; j < k; j++) W[j * D + b] = avg[b * k + j]! / o.epochs;
  for (let j = 0; j < k; j++) bias[j]! /= o.epochs;
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
