// How the ensemble's members are combined, swept on the validation split without retraining:
// per-member softmax temperatures, the members' weights in the mix, averaging probabilities or
// log-probabilities (a weighted geometric mean), the `other` factor and the abstention threshold.
// Each member scores every validation text once (raw class scores, kept in memory); a setting is
// then a few additions per text, so the whole grid costs seconds.
//
//   npx tsx scripts/classifier-combination.ts                      the shipped members (ENSEMBLE_RECIPE)
//   npx tsx scripts/classifier-combination.ts --salt val2          the same on a second validation split
//   npx tsx scripts/classifier-combination.ts --options '{"C":2}'  SVM options every member changes
//   npx tsx scripts/classifier-combination.ts --members '[{"options":{"classes":"intent","binaryTf":true},"minStep":10,"weights":{"otherClinc":0.5}}, …]'
//   npx tsx scripts/classifier-combination.ts --show '[{"other":0.2},{"temperatures":[12,6]}]'   given settings only
//   npx tsx scripts/classifier-combination.ts --diff '{"other":0.3}'   BANKING77 lines a setting fixes and breaks
//   … --dump grid.jsonl                                            every grid setting's counts, to pool splits
//
// Members come from the cache of scripts/classifier-members.ts (trained on the split's `fit` rows
// when missing). Choose on `val`, confirm on `val2`; the hold-out is never read here.
import { writeFileSync } from 'node:fs';
import { normalizeText } from '../src/_internal/text/index.js';
import { createTfidfFeatures, extractTfidf } from '../src/classifier/tfidf-features.js';
import { CATEGORY_IDS } from '../src/taxonomy/index.js';
import { type LabelledText, loadSplit } from './classifier-data.js';
import { cachedMember, type TrainingWeights } from './classifier-members.js';
import { pinyinForms } from './classifier-pinyin.js';
import type { SvmOptions } from './classifier-svm.js';
import { ENSEMBLE_RECIPE, pruneMember } from './classifier-tfidf-ensemble.js';
import { validationSplit } from './classifier-validation.js';
import { tfidfScores } from './tfidf-model.js';

interface MemberArg {
  options: Partial<SvmOptions>;
  weights?: TrainingWeights;
  minStep?: number;
}

/** One way of combining the members. */
export interface Combination {
  /** Softmax temperature per member (the shipped members use 6). */
  temperatures: number[];
  /** Weight per member in the mix (normalised to sum 1). */
  mix: number[];
  /** `prob`: weighted mean of the members' category probabilities (shipped); `log`: of their logs. */
  mode: 'prob' | 'log';
  other: number;
  /** An `other` factor per member, applied to its category probabilities before the mix (1 when absent). */
  memberOther?: number[];
  abstainBelow: number;
}

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const salt = arg('--salt') ?? 'val';
const common = JSON.parse(arg('--options') ?? '{}') as Partial<SvmOptions>;
const allWeights = JSON.parse(arg('--weights') ?? '{}') as TrainingWeights;
const memberArgs: MemberArg[] = arg('--members') ? (JSON.parse(arg('--members')!) as MemberArg[]) : ENSEMBLE_RECIPE.members.map((m) => ({ options: m.options, minStep: m.minStep }));

const split = loadSplit();
const { fit, validation } = validationSplit(split.train, salt);
const sets: Record<string, LabelledText[]> = {
  b77: validation.banking77,
  clinc: validation.clinc150,
  oos: validation.clincOos,
  zh: validation.zh,
  pinyin: validation.zh.flatMap((e) => pinyinForms(e.text).map((text) => ({ ...e, text }))),
  'zh-dev': split.zhDev,
};
const members = memberArgs.map((m) => {
  const weights = { ...allWeights, ...m.weights };
  const model = cachedMember({ options: { ...common, ...m.options }, weights, split: { salt } }, () => fit);
  return m.minStep && m.minStep > 1 ? pruneMember(model, m.minStep) : model;
});
/** The members combined as the shipped runtime combines them (each at its trained temperature). */
const SHIPPED: Combination = { temperatures: members.map((m) => m.temperature), mix: members.map(() => 1), mode: 'prob', other: ENSEMBLE_RECIPE.otherFactor, abstainBelow: 0.3 };
for (const m of members.slice(1)) if (m.idf.some((v, b) => v !== members[0]!.idf[b])) throw new Error('members must share one feature pass (same idf)');

const C = CATEGORY_IDS.length;
const OTHER = CATEGORY_IDS.indexOf('other');
const labels = Object.fromEntries(Object.entries(sets).map(([name, rows]) => [name, Int32Array.from(rows, (r) => CATEGORY_IDS.indexOf(r.label as (typeof CATEGORY_IDS)[number]))]));
// Raw class scores per member and set (NaN-free; a text with no features is marked empty).
const features = createTfidfFeatures();
const empty: Record<string, Uint8Array> = {};
const raw = members.map(() => ({}) as Record<string, Float64Array>);
for (const [name, rows] of Object.entries(sets)) {
  empty[name] = new Uint8Array(rows.length);
  members.forEach((m, i) => {
    raw[i]![name] = new Float64Array(rows.length * m.classes.length);
  });
  rows.forEach((row, t) => {
    const f = extractTfidf(normalizeText(row.text), members[0]!.features, members[0]!.idf, features);
    if (f.count === 0) empty[name]![t] = 1;
    members.forEach((m, i) => {
      raw[i]![name]!.set(tfidfScores(m, f, new Float64Array(m.classes.length)), t * m.classes.length);
    });
  });
}

// Category probabilities per member, set and temperature, computed on first use.
const categoryProbs = new Map<string, Float64Array>();
function probsOf(i: number, name: string, temperature: number): Float64Array {
  const key = `${i}/${name}/${temperature}`;
  const hit = categoryProbs.get(key);
  if (hit) return hit;
  const m = members[i]!;
  const k = m.classes.length;
  const cat = Int32Array.from(m.categoryOfClass, (c) => CATEGORY_IDS.indexOf(c));
  const scores = raw[i]![name]!;
  const n = scores.length / k;
  const out = new Float64Array(n * C);
  for (let t = 0; t < n; t++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < k; j++) max = Math.max(max, scores[t * k + j]!);
    let total = 0;
    const e = new Float64Array(k);
    for (let j = 0; j < k; j++) total += e[j] = Math.exp(temperature * (scores[t * k + j]! - max));
    for (let j = 0; j < k; j++) out[t * C + cat[j]!]! += e[j]! / total;
  }
  categoryProbs.set(key, out);
  return out;
}

/** The answers of a combination on one set (category index, abstaining as `other`). */
function answers(s: Combination, name: string): Int32Array {
  const ps = members.map((_, i) => probsOf(i, name, s.temperatures[i]!));
  const mixTotal = s.mix.reduce((a, b) => a + b, 0);
  const n = sets[name]!.length;
  const out = new Int32Array(n);
  const p = new Float64Array(C);
  for (let t = 0; t < n; t++) {
    if (empty[name]![t]) {
      out[t] = OTHER;
      continue;
    }
    p.fill(0);
    if (s.mode === 'prob') {
      for (let i = 0; i < ps.length; i++) {
        // a member's own `other` factor renormalises its probabilities before they are mixed
        const f = s.memberOther?.[i] ?? 1;
        const norm = f === 1 ? 1 : 1 - (1 - f) * ps[i]![t * C + OTHER]!;
        for (let c = 0; c < C; c++) p[c]! += ((s.mix[i]! / mixTotal) * ps[i]![t * C + c]! * (c === OTHER ? f : 1)) / norm;
      }
    } else {
      for (let i = 0; i < ps.length; i++) for (let c = 0; c < C; c++) p[c]! += (s.mix[i]! / mixTotal) * Math.log(ps[i]![t * C + c]! + 1e-12);
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < C; c++) max = Math.max(max, p[c]!);
      for (let c = 0; c < C; c++) p[c] = Math.exp(p[c]! - max);
    }
    p[OTHER]! *= s.other;
    let best = 0;
    let total = 0;
    for (let c = 0; c < C; c++) {
      total += p[c]!;
      if (p[c]! > p[best]!) best = c;
    }
    out[t] = p[best]! / total < s.abstainBelow ? OTHER : best;
  }
  return out;
}

type Score = Record<string, number>;
function score(s: Combination): Score {
  const r: Score = {};
  for (const name of Object.keys(sets)) {
    const a = answers(s, name);
    let ok = 0;
    for (let t = 0; t < a.length; t++) if (a[t] === labels[name]![t]) ok++;
    r[name] = ok;
  }
  return r;
}
const pct = (ok: number, name: string) => `${((100 * ok) / Math.max(1, sets[name]!.length)).toFixed(2)}%`;
const describe = (s: Combination) => `T ${s.temperatures.join('/')} mix ${s.mix.join('/')} ${s.mode} other×${s.other}${s.memberOther ? ` (members ${s.memberOther.join('/')})` : ''} abstain<${s.abstainBelow}`;
const line = (s: Combination, r: Score) =>
  `${describe(s).padEnd(52)} b77 ${pct(r.b77!, 'b77')} (${r.b77})  clinc ${pct(r.clinc!, 'clinc')}  oos ${r.oos}/${sets.oos!.length}  zh ${pct(r.zh!, 'zh')}  pinyin ${pct(r.pinyin!, 'pinyin')}  zh-dev ${pct(r['zh-dev']!, 'zh-dev')}`;

console.log(`salt ${salt}; members ${JSON.stringify(memberArgs)}${Object.keys(allWeights).length ? `; weights ${JSON.stringify(allWeights)}` : ''}`);
console.log(`sizes: ${Object.entries(sets).map(([n, r]) => `${n} ${r.length}`).join(', ')}`);
const base = score(SHIPPED);
console.log(`shipped combination\n  ${line(SHIPPED, base)}`);

if (arg('--diff')) {
  const s = { ...SHIPPED, ...(JSON.parse(arg('--diff')!) as Partial<Combination>) };
  const before = answers(SHIPPED, 'b77');
  const after = answers(s, 'b77');
  console.log(`\n${line(s, score(s))}\nBANKING77 lines it fixes (+) and breaks (-): intent, answer before → after, text`);
  sets.b77!.forEach((row, t) => {
    if (before[t] === after[t] || (before[t] !== labels.b77![t] && after[t] !== labels.b77![t])) return;
    console.log(`${after[t] === labels.b77![t] ? '+' : '-'} ${(row.sourceIntent ?? '').padEnd(40)} ${CATEGORY_IDS[before[t]!]} → ${CATEGORY_IDS[after[t]!]}  ${row.text}`);
  });
  const pairs = new Map<string, number>();
  sets.b77!.forEach((_, t) => {
    if (after[t] === labels.b77![t]) return;
    const key = `${CATEGORY_IDS[labels.b77![t]!]} → ${CATEGORY_IDS[after[t]!]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  });
  console.log(`\nits BANKING77 errors, true → answered (${[...pairs.values()].reduce((a, b) => a + b, 0)}; answered \`other\`: ${sets.b77!.filter((_, t) => after[t] === OTHER && labels.b77![t] !== OTHER).length}):`);
  for (const [k, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(n).padStart(4)}  ${k}`);
  const byIntent = new Map<string, number>();
  sets.b77!.forEach((row, t) => {
    if (after[t] !== labels.b77![t]) byIntent.set(`${row.sourceIntent} (${row.label})`, (byIntent.get(`${row.sourceIntent} (${row.label})`) ?? 0) + 1);
  });
  console.log('\nthe BANKING77 intents they come from:');
  for (const [k, n] of [...byIntent].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(n).padStart(4)}  ${k}`);
} else if (arg('--show')) {
  for (const partial of JSON.parse(arg('--show')!) as Array<Partial<Combination>>) {
    const s = { ...SHIPPED, ...partial };
    console.log(`  ${line(s, score(s))}`);
  }
} else {
  const TEMPS = [2, 3, 4, 6, 8, 12];
  const OTHERS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1];
  const MIXES = members.length === 2 ? [0.3, 0.4, 0.5, 0.6, 0.7].map((w) => [w, 1 - w]) : [members.map(() => 1)];
  console.log('\none knob at a time (the rest shipped):');
  for (const other of OTHERS) console.log(`  ${line({ ...SHIPPED, other }, score({ ...SHIPPED, other }))}`);
  for (const abstainBelow of [0, 0.2, 0.25, 0.35, 0.4]) console.log(`  ${line({ ...SHIPPED, abstainBelow }, score({ ...SHIPPED, abstainBelow }))}`);
  for (let i = 0; i < members.length; i++) {
    for (const T of TEMPS) {
      const s = { ...SHIPPED, temperatures: SHIPPED.temperatures.map((t, j) => (j === i ? T : t)) };
      console.log(`  ${line(s, score(s))}`);
    }
  }
  for (const mix of MIXES) console.log(`  ${line({ ...SHIPPED, mix }, score({ ...SHIPPED, mix }))}`);
  console.log(`  ${line({ ...SHIPPED, mode: 'log' }, score({ ...SHIPPED, mode: 'log' }))}`);
  // The full grid (abstention kept at 0.3): best by BANKING77, then by the other sets together.
  const grid: Array<{ s: Combination; r: Score }> = [];
  const tempSets = members.reduce<number[][]>((acc) => acc.flatMap((ts) => TEMPS.map((t) => [...ts, t])), [[]]);
  for (const temperatures of tempSets) for (const mix of MIXES) for (const mode of ['prob', 'log'] as const) for (const other of OTHERS) {
    const s: Combination = { temperatures, mix, mode, other, abstainBelow: 0.3 };
    grid.push({ s, r: score(s) });
  }
  if (arg('--dump')) writeFileSync(arg('--dump')!, grid.map(({ s, r }) => JSON.stringify({ salt, s, r, n: Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.length])) })).join('\n'));
  const rest = (r: Score) => r.clinc! / sets.clinc!.length + r.zh! / sets.zh!.length + r.pinyin! / sets.pinyin!.length;
  grid.sort((a, b) => b.r.b77! - a.r.b77! || rest(b.r) - rest(a.r));
  console.log(`\nbest of ${grid.length} settings by BANKING77:`);
  for (const { s, r } of grid.slice(0, Number(arg('--top') ?? 20))) console.log(`  ${line(s, r)}`);
  const keep = grid.filter(({ r }) => r.clinc! >= base.clinc! - 2 && r.zh! >= base.zh! - 2 && r.pinyin! >= base.pinyin! - 6);
  console.log(`\nbest by BANKING77 that keep CLINC and zh within 2 lines and pinyin within 6 of shipped:`);
  for (const { s, r } of keep.slice(0, 10)) console.log(`  ${line(s, r)}`);
}
