// Issue 17's ensemble on the validation split (scripts/classifier-validation.ts): TF-IDF SVMs on
// intents and on the 17 categories (and any other members given), sharing one feature pass;
// each member's class softmax is summed per category, the members' category probabilities are
// averaged, and `other` is multiplied by a factor chosen here, on validation, never on the
// hold-out.
//
//   npx tsx scripts/classifier-ensemble.ts             validation: every member subset × other factor
//   npx tsx scripts/classifier-ensemble.ts --holdout '{"members":["intent","category"],"other":0.8}'
//                                                       train on all training data, score the hold-out once
//   npx tsx scripts/classifier-ensemble.ts intent,category --options '{"signedHash":true}' --other 0.5 --prune '{"intent":10}' --salt val2
//                                                       chosen members, options every member changes,
//                                                       one other factor, pruned members (and the
//                                                       size of the shipped ensemble), another split
//   ... --member '{"intent":{"C":2}}'                  options one member changes
//   ... --temperature '{"lrdual":2}' --errors          a member's temperature (no retraining), the failing lines
//
// Trained members are cached in /tmp/walletdesk-ensemble (keyed by options and split), since a
// member takes a minute or more on the shared machine.
import { normalizeText } from '../src/_internal/text/index.js';
import { CATEGORY_IDS } from '../src/taxonomy/index.js';
import { type LabelledText, loadSplit } from './classifier-data.js';
import { evaluate, formatReport } from './classifier-eval.js';
import { cachedMember, MEMBERS } from './classifier-members.js';
import { pinyinForms } from './classifier-pinyin.js';
import type { SvmOptions } from './classifier-svm.js';
import { validationSplit } from './classifier-validation.js';
import { createTfidfFeatures, extractTfidf } from '../src/classifier/tfidf-features.js';
import { serializeTfidfEnsemble } from '../src/classifier/tfidf-ensemble.js';
import { buildEnsemble, pruneMember } from './classifier-tfidf-ensemble.js';
import { gzipSync } from 'node:zlib';
import { type TfidfModel, tfidfScores } from './tfidf-model.js';

const holdout = process.argv.includes('--holdout');
// `--options '{"binaryTf":true}'`: SVM options every member changes
const common = process.argv.includes('--options') ? (JSON.parse(process.argv[process.argv.indexOf('--options') + 1]!) as Partial<SvmOptions>) : {};
const argument = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
// `--prune '{"intent":10}'`: drop a member's weights below that many int8 steps, as the shipped recipe does
const prune = JSON.parse(argument('--prune') ?? '{}') as Record<string, number>;
// `--other 0.5`: only that factor; `--salt val2`: the second validation split
const otherFactors = argument('--other') ? [Number(argument('--other'))] : [1, 0.9, 0.8, 0.7, 0.6, 0.5];
const salt = argument('--salt') ?? 'val';
// `--member '{"intent":{"C":2}}'`: options one member changes (part of its cache key)
const memberOptions = JSON.parse(argument('--member') ?? '{}') as Record<string, Partial<SvmOptions>>;
const split = loadSplit();
const { fit, validation } = validationSplit(split.train, salt);

const member = (name: string): TfidfModel =>
  cachedMember({ options: { ...common, ...MEMBERS[name], ...memberOptions[name] }, split: holdout ? 'all' : { salt } }, () => (holdout ? split.train : fit));

/** Category probabilities of one member for features already extracted. */
function categoryProbabilities(model: TfidfModel, features: ReturnType<typeof createTfidfFeatures>, out: Float64Array): void {
  const sums = tfidfScores(model, features, new Float64Array(model.classes.length));
  let max = Number.NEGATIVE_INFINITY;
  for (const s of sums) if (s > max) max = s;
  let total = 0;
  for (let j = 0; j < sums.length; j++) total += sums[j] = Math.exp(model.temperature * (sums[j]! - max));
  for (let j = 0; j < sums.length; j++) out[CATEGORY_IDS.indexOf(model.categoryOfClass[j]!)]! += sums[j]! / total / 1;
}

const OTHER = CATEGORY_IDS.indexOf('other');

/** A predictor over the given members: averaged category probabilities, `other` times `otherFactor`, abstaining below 0.3. */
function ensemble(models: TfidfModel[], otherFactor: number, abstainBelow = 0.3): (text: string) => string {
  const features = createTfidfFeatures();
  const probs = new Float64Array(CATEGORY_IDS.length);
  for (const m of models.slice(1)) if (m.idf.some((v, b) => v !== models[0]!.idf[b])) throw new Error('members must share one feature pass (same idf)');
  return (text) => {
    const f = extractTfidf(normalizeText(text), models[0]!.features, models[0]!.idf, features);
    if (f.count === 0) return 'other';
    probs.fill(0);
    for (const m of models) categoryProbabilities(m, f, probs);
    probs[OTHER]! *= otherFactor;
    let best = 0;
    let total = 0;
    for (let c = 0; c < probs.length; c++) {
      total += probs[c]!;
      if (probs[c]! > probs[best]!) best = c;
    }
    return probs[best]! / total < abstainBelow ? 'other' : CATEGORY_IDS[best]!;
  };
}

const acc = (predict: (t: string) => string, set: LabelledText[]) => set.filter((e) => predict(e.text) === e.label).length / Math.max(1, set.length);
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

if (holdout) {
  const chosen = JSON.parse(process.argv[process.argv.indexOf('--holdout') + 1] ?? '{}') as { members: string[]; other: number };
  const predict = ensemble(chosen.members.map(member), chosen.other);
  console.log(`hold-out, ${JSON.stringify(chosen)}`);
  console.log(formatReport(evaluate(predict, split)));
} else {
  const pinyinVal: LabelledText[] = validation.zh.flatMap((e) => pinyinForms(e.text).map((text) => ({ ...e, text })));
  const names = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2].split(',') : Object.keys(MEMBERS);
  // `--temperature '{"lrdual":2}'`: a member's softmax temperature, without retraining
  const temperature = JSON.parse(argument('--temperature') ?? '{}') as Record<string, number>;
  const models = Object.fromEntries(
    names.map((n) => {
      const model = prune[n] ? pruneMember(member(n), prune[n]) : member(n);
      return [n, temperature[n] ? { ...model, temperature: temperature[n] } : model];
    }),
  );
  const shipped = gzipSync(serializeTfidfEnsemble(buildEnsemble(names.map((n) => models[n]!), 0.5)), { level: 9 }).length;
  console.log(`${names.join('+')} ${JSON.stringify(common)} prune ${JSON.stringify(prune)} salt ${salt}: ${(shipped / 1024).toFixed(0)} KB gz as one ensemble`);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << names.length; mask++) subsets.push(names.filter((_, i) => mask & (1 << i)));
  for (const subset of subsets) {
    for (const other of otherFactors) {
      const predict = ensemble(subset.map((n) => models[n]!), other);
      if (process.argv.includes('--errors') && subset.length === names.length) {
        // the failing BANKING77 validation lines of the whole ensemble: expected ← answered, source intent, text
        for (const e of validation.banking77) if (predict(e.text) !== e.label) console.log(`  ${e.label} ← ${predict(e.text)}  [${e.sourceIntent}]  ${e.text}`);
      }
      console.log(
        `${subset.join('+').padEnd(28)} other×${other.toFixed(1)}  b77 ${pct(acc(predict, validation.banking77))}  clinc ${pct(acc(predict, validation.clinc150))}  oos ${pct(acc(predict, validation.clincOos))}  zh ${pct(acc(predict, validation.zh))}  pinyin ${pct(acc(predict, pinyinVal))}  zh-dev ${pct(acc(predict, split.zhDev))}`,
      );
    }
  }
}
