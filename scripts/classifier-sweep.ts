// Hyper-parameter sweep for the classifier, scored on a validation split carved from the
// training data (plus zh-dev), never on the held-out BANKING77/CLINC150 parts or zh-test: those
// are measured once, by scripts/train-classifier.ts, with the options chosen here.
//
//   npx tsx scripts/classifier-sweep.ts '[{"train":{"epochs":20},"sourceWeight":{"zh-train":2}}, ...]'
//
// Each configuration is trained on the training data minus the validation split (15% of each
// source, by a hash of the text with its own salt, so it never coincides with the hold-out).
// Chinese validation rows are hand-written corpus lines only: a slot-filled variant of a training
// line would flatter the score.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClassifier } from '../src/classifier/classifier.js';
import { hashFeature } from '../src/classifier/features.js';
import { deserializeModel, serializeModel } from '../src/classifier/model.js';
import { train } from '../src/classifier/train.js';
import { type LabelledText, loadSplit, repoRoot } from './classifier-data.js';
import { SERIALIZE_OPTIONS, SOURCE_WEIGHT, TRAIN_OPTIONS, weighBySource } from './classifier-options.js';

const VALIDATION = 0.15;
const inValidation = (text: string) => (hashFeature(`val:${text.trim().toLowerCase()}`) % 10_000) / 10_000 < VALIDATION;

const handWritten = new Set(
  readdirSync(resolve(repoRoot, 'scripts/zh-corpus/train'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(resolve(repoRoot, 'scripts/zh-corpus/train', f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

const split = loadSplit();
const fit: LabelledText[] = [];
const validation: Record<'banking77' | 'clinc150' | 'clincOos' | 'zh', LabelledText[]> = { banking77: [], clinc150: [], clincOos: [], zh: [] };
for (const e of split.train) {
  const eligible = e.source === 'banking77' || e.source === 'clinc150' || (e.source === 'zh-train' && handWritten.has(e.text.trim()));
  if (!eligible || !inValidation(e.text)) fit.push(e);
  else if (e.source === 'zh-train') validation.zh.push(e);
  else if (e.source === 'clinc150' && e.sourceIntent === 'oos') validation.clincOos.push(e);
  else validation[e.source as 'banking77' | 'clinc150'].push(e);
}
console.log(`fit ${fit.length}; validation ${Object.entries(validation).map(([k, v]) => `${k} ${v.length}`).join(', ')}; zh-dev ${split.zhDev.length}`);

interface Config {
  train?: typeof TRAIN_OPTIONS;
  sourceWeight?: typeof SOURCE_WEIGHT;
  serialize?: typeof SERIALIZE_OPTIONS;
}
const configs = JSON.parse(process.argv[2] ?? '[{}]') as Config[];
for (const config of configs) {
  const options = { ...TRAIN_OPTIONS, ...config.train };
  const started = performance.now();
  const model = deserializeModel(serializeModel(train(weighBySource(fit, { ...SOURCE_WEIGHT, ...config.sourceWeight }), options), { ...SERIALIZE_OPTIONS, ...config.serialize }));
  const classifier = createClassifier({ model });
  const score = (rows: LabelledText[]) => rows.filter((r) => classifier.classify(r.text).category === r.label).length / rows.length;
  const cells = [
    ['b77', score(validation.banking77)],
    ['clinc', score(validation.clinc150)],
    ['oos', score(validation.clincOos)],
    ['zh-val', score(validation.zh)],
    ['zh-dev', score(split.zhDev)],
  ] as const;
  console.log(
    `${cells.map(([name, v]) => `${name} ${(100 * v).toFixed(2)}`).join('  ')}  (${((performance.now() - started) / 1000).toFixed(0)}s) ${JSON.stringify(config)}`,
  );
}
