// Error analysis on the BANKING77 validation split (the same 15% split as
// scripts/classifier-sweep.ts, never the held-out 20% the tests report): which mapped categories
// are confused, and from which BANKING77 intents the errors come.
//
//   npx tsx scripts/classifier-confusion.ts ['{"train":{…}}'] [--errors]
import { createClassifier } from '../src/classifier/classifier.js';
import { deserializeModel, serializeModel } from '../src/classifier/model.js';
import { train } from '../src/classifier/train.js';
import { type LabelledText, loadSplit } from './classifier-data.js';
import { SERIALIZE_OPTIONS, SOURCE_WEIGHT, TRAIN_OPTIONS, weighBySource } from './classifier-options.js';
import { inValidation } from './classifier-validation.js';

const config = JSON.parse(process.argv.slice(2).find((a) => a.startsWith('{')) ?? '{}') as { train?: typeof TRAIN_OPTIONS };

const split = loadSplit();
const fit: LabelledText[] = [];
const val: LabelledText[] = [];
for (const e of split.train) (e.source === 'banking77' && inValidation(e.text) ? val : fit).push(e);
// (CLINC and Chinese validation rows stay in training here: this script only looks at BANKING77.)
const model = deserializeModel(serializeModel(train(weighBySource(fit, SOURCE_WEIGHT), { ...TRAIN_OPTIONS, ...config.train }), SERIALIZE_OPTIONS));
const classifier = createClassifier({ model });
const pairs = new Map<string, number>();
const byIntent = new Map<string, { n: number; wrong: number }>();
let ok = 0;
const errors: string[] = [];
for (const r of val) {
  const c = classifier.classify(r.text);
  const s = byIntent.get(r.sourceIntent ?? '') ?? { n: 0, wrong: 0 };
  s.n++;
  if (c.category === r.label) ok++;
  else {
    s.wrong++;
    const key = `${r.label} -> ${c.category}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    errors.push(`${(r.sourceIntent ?? '').padEnd(44)} ${c.category.padEnd(24)} ${c.abstained ? 'A' : ' '} ${r.text}`);
  }
  byIntent.set(r.sourceIntent ?? '', s);
}
console.log(`b77-val ${((100 * ok) / val.length).toFixed(2)}% (${ok}/${val.length})`);
console.log('\ncategory confusions (true -> predicted):');
for (const [k, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(n).padStart(4)}  ${k}`);
console.log('\nintents with most errors:');
for (const [k, s] of [...byIntent].sort((a, b) => b[1].wrong - a[1].wrong).slice(0, 25)) console.log(`${String(s.wrong).padStart(4)}/${String(s.n).padEnd(4)} ${k}`);
if (process.argv.includes('--errors')) console.log(`\n${errors.sort().join('\n')}`);
