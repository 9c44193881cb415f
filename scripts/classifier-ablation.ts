// The ablation of issue 17 on the validation split (scripts/classifier-validation.ts), never on
// the held-out parts or zh-test: each configuration changes one thing of the shipped recipe
// (scripts/classifier-svm.ts SVM_OPTIONS) and reports validation accuracy.
//
//   npx tsx scripts/classifier-ablation.ts                      every row of the table
//   npx tsx scripts/classifier-ablation.ts '[{"idf":false}]'    chosen rows
//
// Rows run one after another (the machine is shared): about a minute each.
import { gzipSync } from 'node:zlib';
import { serializeMember } from './classifier-tfidf-ensemble.js';
import { type LabelledText, loadSplit } from './classifier-data.js';
import { SOURCE_WEIGHT, weighBySource } from './classifier-options.js';
import { pinyinForms, withPinyin } from './classifier-pinyin.js';
import { SVM_OPTIONS, type SvmOptions, tfidfPredictor, trainTfidfModel } from './classifier-svm.js';
import { validationSplit } from './classifier-validation.js';

const ROWS: Array<Partial<SvmOptions>> = [
  {},
  { idf: false },
  { sublinearTf: false },
  { charWithinWords: false },
  { perBlockNorm: false },
  { loss: 'log', epochs: 12 },
  { classes: 'intent' },
];

const rows = process.argv[2] ? (JSON.parse(process.argv[2]) as Array<Partial<SvmOptions>>) : ROWS;
const split = loadSplit();
const { fit, validation } = validationSplit(split.train);
const training = withPinyin(weighBySource(fit, SOURCE_WEIGHT));
const pinyinVal: LabelledText[] = validation.zh.flatMap((e) => pinyinForms(e.text).map((text) => ({ ...e, text })));
const inScope = validation.clinc150;
console.log(`fit ${training.length} (with pinyin); validation banking77 ${validation.banking77.length}, clinc in-scope ${inScope.length}, oos ${validation.clincOos.length}, zh ${validation.zh.length}, zh pinyin ${pinyinVal.length}`);
const acc = (predict: (t: string) => string, set: LabelledText[]) => set.filter((e) => predict(e.text) === e.label).length / Math.max(1, set.length);
for (const row of rows) {
  const options = { ...SVM_OPTIONS, ...row };
  const started = performance.now();
  const model = trainTfidfModel(training, options);
  const seconds = (performance.now() - started) / 1000;
  const predict = tfidfPredictor(model);
  const noAbstain = tfidfPredictor(model, 0);
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  const kb = gzipSync(serializeMember(model), { level: 9 }).length / 1024;
  console.log(
    `${JSON.stringify(row).padEnd(34)} b77 ${pct(acc(predict, validation.banking77))} (no abstention ${pct(acc(noAbstain, validation.banking77))})  clinc ${pct(acc(predict, inScope))}  oos ${pct(acc(predict, validation.clincOos))}  zh ${pct(acc(predict, validation.zh))}  pinyin ${pct(acc(predict, pinyinVal))}  zh-dev ${pct(acc(predict, split.zhDev))}  ${model.classes.length} classes, ${kb.toFixed(0)} KB gz, ${seconds.toFixed(0)} s`,
  );
}
