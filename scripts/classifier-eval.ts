// Held-out evaluation shared by the training script, the tests and the bench. A predictor is
// any function from text to a category id, so peers (nlp.js, natural) are measured the same way.
import { createClassifier } from '../src/classifier/classifier.js';
import type { Model } from '../src/classifier/model.js';
import type { LabelledText } from './classifier-data.js';

export type Predict = (text: string) => string;

export interface Metric {
  name: string;
  n: number;
  correct: number;
  accuracy: number;
  /** The issue's target for this number, when it has one. */
  target?: number;
}

export interface EvalSets {
  heldOut: { banking77: LabelledText[]; clinc150: LabelledText[] };
  zhDev: LabelledText[];
  zhTest: LabelledText[];
  pinyinDev?: LabelledText[];
}

function metric(name: string, rows: LabelledText[], predict: Predict, target?: number): Metric {
  let correct = 0;
  for (const row of rows) if (predict(row.text) === row.label) correct++;
  return { name, n: rows.length, correct, accuracy: rows.length === 0 ? Number.NaN : correct / rows.length, ...(target === undefined ? {} : { target }) };
}

/**
 * The numbers the issue asks for, on held-out data:
 * - banking77: accuracy of the mapped category on the held-out 20% of BANKING77 train;
 * - clinc in-scope: accuracy on held-out rows of CLINC's 150 intents (wallet ids and `other`);
 * - clinc wallet: the same, restricted to the 20 intents that map to a wallet category;
 * - clinc oos recall: share of held-out `oos` rows answered `other` (abstaining counts as `other`);
 * - zh-dev, zh-test: accuracy on the Chinese dev set and the corpus's test file.
 */
export function evaluate(predict: Predict, sets: EvalSets): Metric[] {
  const clinc = sets.heldOut.clinc150;
  const inScope = clinc.filter((r) => r.sourceIntent !== 'oos' && !r.sourceIntent?.startsWith('oos→'));
  const metrics = [
    metric('banking77 (held-out 20%)', sets.heldOut.banking77, predict, 0.95),
    metric('clinc150 in-scope (held-out 20%)', inScope, predict, 0.93),
    metric('clinc150 wallet intents only', inScope.filter((r) => r.label !== 'other'), predict),
    metric('clinc150 oos recall (held-out 50%)', clinc.filter((r) => r.sourceIntent === 'oos'), predict, 0.9),
    metric('zh-dev', sets.zhDev, predict, 0.9),
  ];
  if (sets.zhTest.length > 0) metrics.push(metric('zh-test (corpus)', sets.zhTest, predict, 0.9));
  if (sets.pinyinDev && sets.pinyinDev.length > 0) metrics.push(metric('pinyin-dev', sets.pinyinDev, predict, 0.8));
  return metrics;
}

/** Evaluates a model with the built-in classifier and its default abstention. */
export function evaluateAll(model: Model, sets: EvalSets): Metric[] {
  const classifier = createClassifier({ model });
  return evaluate((text) => classifier.classify(text).category, sets);
}

export function formatReport(metrics: Metric[]): string {
  return metrics
    .map((m) => `${m.name.padEnd(36)} ${String(m.correct).padStart(5)}/${String(m.n).padEnd(5)} ${(100 * m.accuracy).toFixed(2).padStart(6)}%${m.target === undefined ? '' : `  (target ≥ ${100 * m.target}%${m.accuracy >= m.target ? ', met' : ', NOT met'})`}`)
    .join('\n');
}
