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
import { createClassifier } from '../src/classifier/classifier.js';
import { deserializeModel, serializeModel } from '../src/classifier/model.js';
import { train } from '../src/classifier/train.js';
import { type LabelledText, loadSplit } from './classifier-data.js';
import { SERIALIZE_OPTIONS, SOURCE_WEIGHT, TRAIN_OPTIONS, weighBySource } from './classifier-options.js';
import { validationSplit } from './classifier-validation.js';

const split = loadSplit();
const { fit, validation } = validationSplit(split.train);
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
