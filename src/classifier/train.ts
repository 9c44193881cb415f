/**
 * Training: multinomial logistic regression (softmax) by stochastic gradient descent over
 * hashed features, with class weights, a seeded shuffle, a fixed number of epochs and weight
 * averaging. Nothing here reads a clock or `Math.random`, so the same examples and options give
 * bit-identical weights on every run.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { hashFeatures } from './features.js';
import { type Model, modelFromRows } from './model.js';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy/index.js';

/** One labelled help request. */
export interface TrainingExample {
  /** The request as the user wrote it. */
  text: string;
  /** Its category. */
  label: CategoryId;
  /**
   * Optional finer intent inside the category (`'exchange_rate'` inside `fees_limits`). The
   * model then learns one class per intent and adds their probabilities up per category, which
   * helps when a category covers unlike requests.
   */
  intent?: string;
  /** How much this example counts (default 1). */
  weight?: number;
}

/** Options for {@link train}. Defaults are the ones used for the shipped model. */
export interface TrainOptions {
  /** Passes over the data (default 12). */
  epochs?: number;
  /** Initial learning rate; it decays as `rate / (1 + decay · epoch)` (default 1). */
  learningRate?: number;
  /** Learning-rate decay per epoch (default 1). */
  decay?: number;
  /** Seed of the shuffle (default 1). */
  seed?: number;
  /** Hash buckets, a power of two between 2^8 and 2^22 (default 2^18). */
  buckets?: number;
  /**
   * How classes with few examples are weighted: `'balanced'` (n / (k · n_c)), `'sqrt'` (its
   * square root, the default: rare classes count more without being over-fitted), or `'none'`.
   */
  classWeighting?: 'balanced' | 'sqrt' | 'none';
  /** L2 shrinkage applied once per epoch as `w *= 1 - l2` (default 0). */
  l2?: number;
}

const exampleSchema = z.object({
  text: z.string(),
  label: z.enum(CATEGORY_IDS),
  intent: z.string().min(1).max(100).optional(),
  weight: z.number().positive().finite().optional(),
});

const optionsSchema = z
  .object({
    epochs: z.number().int().min(1).max(1000).optional(),
    learningRate: z.number().positive().finite().optional(),
    decay: z.number().min(0).max(100).optional(),
    seed: z.number().int().optional(),
    buckets: z
      .number()
      .int()
      .min(256)
      .max(2 ** 22)
      .refine((n) => (n & (n - 1)) === 0, 'Must be a power of two')
      .optional(),
    classWeighting: z.enum(['balanced', 'sqrt', 'none']).optional(),
    l2: z.number().min(0).max(0.5).optional(),
  })
  .strict();

/** mulberry32: a tiny seeded PRNG, so shuffles are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains a classifier model on labelled examples. Deterministic: the same examples (in the same
 * order) and options give identical weights. Labels must be taxonomy ids; the model outputs
 * only the categories it saw.
 *
 * @example
 * ```ts
 * import { createClassifier, train } from 'walletdesk/classifier';
 * const model = train([
 *   { text: 'my refund never came', label: 'refund_dispute' },
 *   { text: 'the merchant will not refund me', label: 'refund_dispute' },
 *   { text: 'someone hacked my account', label: 'account_compromise' },
 *   { text: 'I was scammed by a fake agent', label: 'account_compromise' },
 *   { text: 'what is the weather tomorrow', label: 'other' },
 * ]);
 * const classifier = createClassifier({ model, abstainBelow: 0 });
 * classifier.classify('where is my refund').category; // => 'refund_dispute'
 * ```
 */
export function train(examples: ReadonlyArray<TrainingExample>, options: TrainOptions = {}): Model {
  const data = validate(z.array(exampleSchema).min(1, 'Need at least one example'), examples, ['examples']);
  const opts = validate(optionsSchema, options, ['options']);
  const epochs = opts.epochs ?? 12;
  const rate = opts.learningRate ?? 1;
  const decay = opts.decay ?? 1;
  const buckets = opts.buckets ?? 2 ** 18;
  const weighting = opts.classWeighting ?? 'sqrt';
  const shrink = 1 - (opts.l2 ?? 0);

  // Classes: categories in taxonomy order, each followed by its intents in first-seen order.
  const classNames: string[] = [];
  for (const id of CATEGORY_IDS) {
    const seen = new Set<string>();
    for (const e of data) {
      if (e.label !== id) continue;
      const name = e.intent === undefined ? id : `${id}:${e.intent}`;
      if (!seen.has(name)) {
        seen.add(name);
        classNames.push(name);
      }
    }
  }
  const k = classNames.length;
  const classIndex = new Map(classNames.map((name, i) => [name, i]));
  const classOf = (e: { label: string; intent?: string | undefined }) => classIndex.get(e.intent === undefined ? e.label : `${e.label}:${e.intent}`) ?? 0;
  // Class weights are computed per category, so splitting a category into intents does not
  // change how much it counts.
  const categoryCount = new Map<string, number>();
  for (const e of data) categoryCount.set(e.label, (categoryCount.get(e.label) ?? 0) + (e.weight ?? 1));
  const total = [...categoryCount.values()].reduce((a, b) => a + b, 0);
  const categories = categoryCount.size;
  const categoryWeight = (label: string) => {
    const balanced = total / (categories * (categoryCount.get(label) ?? 1));
    return weighting === 'balanced' ? balanced : weighting === 'sqrt' ? Math.sqrt(balanced) : 1;
  };

  // Only buckets that occur in the data get a weight row: training memory follows the data, not
  // the hash space.
  const rowOfBucket = new Int32Array(buckets).fill(-1);
  let rowCount = 0;
  const rows = data.map((e) => {
    const features = hashFeatures(e.text, buckets);
    const index = new Int32Array(features.index.length);
    features.index.forEach((bucket, i) => {
      let row = rowOfBucket[bucket] ?? -1;
      if (row < 0) {
        row = rowCount++;
        rowOfBucket[bucket] = row;
      }
      index[i] = row;
    });
    return {
      index,
      value: features.value,
      y: classOf(e),
      weight: (e.weight ?? 1) * categoryWeight(e.label),
    };
  });

  const w = new Float64Array(rowCount * k);
  const bias = new Float64Array(k);
  const wSum = new Float64Array(rowCount * k);
  const biasSum = new Float64Array(k);
  const scores = new Float64Array(k);
  const random = seededRandom(opts.seed ?? 1);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    const lr = rate / (1 + decay * epoch);
    for (const i of order) {
      const row = rows[i];
      if (row === undefined) continue;
      const n = row.index.length;
      scores.set(bias);
      for (let f = 0; f < n; f++) {
        const base = (row.index[f] ?? 0) * k;
        const v = row.value;
        for (let j = 0; j < k; j++) scores[j] = (scores[j] ?? 0) + (w[base + j] ?? 0) * v;
      }
      let max = -Infinity;
      for (let j = 0; j < k; j++) if ((scores[j] ?? 0) > max) max = scores[j] ?? 0;
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const e = Math.exp((scores[j] ?? 0) - max);
        scores[j] = e;
        sum += e;
      }
      const scale = row.weight * lr;
      for (let j = 0; j < k; j++) scores[j] = ((scores[j] ?? 0) / sum - (j === row.y ? 1 : 0)) * scale;
      for (let j = 0; j < k; j++) bias[j] = (bias[j] ?? 0) - (scores[j] ?? 0);
      for (let f = 0; f < n; f++) {
        const base = (row.index[f] ?? 0) * k;
        const v = row.value;
        for (let j = 0; j < k; j++) {
          const g = scores[j] ?? 0;
          // Skip negligible updates: most classes have a near-zero probability for most texts.
          if (g > -1e-9 && g < 1e-9) continue;
          w[base + j] = (w[base + j] ?? 0) - g * v;
        }
      }
    }
    if (shrink !== 1) for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * shrink;
    // Average the weights over epochs: smoother, and less tied to the last examples seen.
    for (let i = 0; i < w.length; i++) wSum[i] = (wSum[i] ?? 0) + (w[i] ?? 0);
    for (let j = 0; j < k; j++) biasSum[j] = (biasSum[j] ?? 0) + (bias[j] ?? 0);
  }
  for (let i = 0; i < wSum.length; i++) wSum[i] = (wSum[i] ?? 0) / epochs;
  for (let j = 0; j < k; j++) biasSum[j] = (biasSum[j] ?? 0) / epochs;
  return modelFromRows(classNames, buckets, biasSum, rowOfBucket, wSum);
}
