// Per-label recall of the Chinese validation split and zh-dev, for deciding where the Chinese
// corpus needs more lines. Same split as scripts/classifier-sweep.ts (15% of hand-written zh-train
// lines, plus 15% of BANKING77/CLINC150, by a hash of the text with its own salt); zh-test is not
// read. Only counts are printed, never the failing lines of zh-dev.
//
//   npx tsx scripts/classifier-per-label.ts [--fixed <file>] [--errors]
//
// `--errors` lists the misclassified lines of the Chinese validation split (training lines, so
// reading them is fair; zh-dev errors are never listed).
// `--fixed <file>` also scores only the validation lines listed in <file> (one text a line), so a
// corpus change can be compared on the same lines before and after; `--save <file>` writes the
// current Chinese validation lines there.
import { readFileSync, writeFileSync } from 'node:fs';
import { createClassifier } from '../src/classifier/classifier.js';
import { deserializeModel, serializeModel } from '../src/classifier/model.js';
import { CATEGORY_IDS } from '../src/taxonomy/index.js';
import { train } from '../src/classifier/train.js';
import { type LabelledText, loadSplit } from './classifier-data.js';
import { SERIALIZE_OPTIONS, SOURCE_WEIGHT, TRAIN_OPTIONS, weighBySource } from './classifier-options.js';
import { validationSplit } from './classifier-validation.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};

const split = loadSplit();
split.zhTest = [];
const { fit, validation: val } = validationSplit(split.train);
const save = arg('--save');
if (save) writeFileSync(save, `${val.zh.map((e) => e.text.trim()).join('\n')}\n`);
const fixedFile = arg('--fixed');
const fixed = fixedFile ? new Set(readFileSync(fixedFile, 'utf8').split('\n').filter(Boolean)) : undefined;

const model = deserializeModel(serializeModel(train(weighBySource(fit, SOURCE_WEIGHT), TRAIN_OPTIONS), SERIALIZE_OPTIONS));
const classifier = createClassifier({ model });
const predict = (rows: LabelledText[]) => rows.map((r) => ({ label: r.label, ok: classifier.classify(r.text).category === r.label }));
const pct = (ok: number, n: number) => (n === 0 ? '   -  ' : `${((100 * ok) / n).toFixed(1).padStart(5)}%`);
const overall = (rows: LabelledText[]) => {
  const p = predict(rows);
  return `${pct(p.filter((x) => x.ok).length, p.length)} (${p.filter((x) => x.ok).length}/${p.length})`;
};
console.log(`fit ${fit.length}; b77-val ${overall(val.banking77)}; clinc-val ${overall(val.clinc150)}; oos-val ${overall(val.clincOos)}`);

const sets: Array<[string, LabelledText[]]> = [
  ['zh-val', val.zh],
  ...(fixed ? ([['zh-val-fixed', split.train.filter((e) => e.source === 'zh-train' && fixed.has(e.text.trim()))]] as Array<[string, LabelledText[]]>) : []),
  ['zh-dev', split.zhDev],
];
const results = sets.map(([name, rows]) => [name, predict(rows)] as const);
console.log(`${'label'.padEnd(26)}${results.map(([n]) => n.padStart(22)).join('')}`);
for (const id of [...CATEGORY_IDS, 'total']) {
  const cells = results.map(([, p]) => {
    const rows = id === 'total' ? p : p.filter((x) => x.label === id);
    const ok = rows.filter((x) => x.ok).length;
    return `${pct(ok, rows.length)} ${`${ok}/${rows.length}`.padStart(9)}`.padStart(22);
  });
  console.log(`${id.padEnd(26)}${cells.join('')}`);
}

if (process.argv.includes('--errors')) {
  for (const r of val.zh) {
    const got = classifier.classify(r.text).category;
    if (got !== r.label) console.log(`${r.label.padEnd(26)} -> ${got.padEnd(26)} ${r.text}`);
  }
}
