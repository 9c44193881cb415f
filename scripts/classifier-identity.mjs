#!/usr/bin/env node
// Checks that the built runtime (dist/classifier.js: sparse feature-major entries) answers exactly
// what the training side's own scorer answers (scripts/classifier-tfidf-ensemble.ts: dense rows
// per member, decoded from the same weights): the category and the confidence rounded as the
// runtime rounds it, with the default and a custom abstention, on ≥ 30,000 varied texts: the zh
// data, the shared English data when present, and generated edge cases (empty, emoji, astral
// characters, full-width, traditional, 10 KB pastes, random Unicode).
// Run after `npm run build`: npx tsx scripts/classifier-identity.mjs [dist/classifier.js]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserializeTfidfEnsemble } from '../src/classifier/tfidf-ensemble.ts';
import { WEIGHTS } from '../src/classifier/model/weights.ts';
import { densePredictor, denseMembersOf } from './classifier-tfidf-ensemble.ts';

const root = resolve(import.meta.dirname, '..');
const [newPath = resolve(root, 'dist/classifier.js')] = process.argv.slice(2);
const runtime = await import(pathToFileURL(resolve(newPath)).href);
const ensemble = deserializeTfidfEnsemble(WEIGHTS);
const members = denseMembersOf(ensemble);
const training = densePredictor(members, ensemble.otherFactor);
const trainingStrict = densePredictor(members, ensemble.otherFactor, 0.6);

const texts = [];
const jsonl = (file) => {
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
};
jsonl(resolve(root, 'data/classifier/zh-train.jsonl'));
jsonl(resolve(root, 'data/classifier/zh-test.jsonl'));
jsonl(resolve(root, '../shared/data/zh-dev.jsonl'));
jsonl(resolve(root, '../shared/data/clinc150/train.jsonl'));
const b77 = resolve(root, '../shared/data/banking77/train.csv');
if (existsSync(b77)) {
  for (const line of readFileSync(b77, 'utf8').split('\n').slice(1, 4001)) {
    const m = line.match(/^"?(.*?)"?,[^,]*$/);
    if (m) texts.push(m[1]);
  }
}
const english = [
  "I can't log in to my account, it says my password is wrong",
  'Someone hacked my account and changed my password!!!',
  'Where is my refund? It has been 10 days',
  'My card was declined at the supermarket 3 times today',
  'How do I top up with Apple Pay?',
  'The transfer to my friend is still pending after 2 days',
  'Why was I charged a fee for withdrawing 200 EUR from an ATM',
  "I didn't make this payment, please help ASAP",
  'what is the weather tomorrow',
  'Tell me a joke',
  'I gave the code to a man who called me from the bank',
  'lost my phone, need to freeze my wallet right now',
  "The app keeps crashing when I open the 'cards' tab",
  'Can I close my account and delete all my data?',
  'Verify my identity — the passport photo upload fails',
  'TOP-UP via bank transfer, reference #12345, not arrived',
  'ｔｏｐ－ｕｐ ｆａｉｌｅｄ',
  'recieved a tranfer but it dissapeared',
];
const pieces = ['提现', '到账', '帳戶被盜', '转账', 'refund', ' ', '，', '!', '😀', '𠀀', 'ｆｕｌｌ', "don't", '1234', 'é', 'ß', 'İ', 'Ω', 'ﬁ', '\n', '\t', '-', '/', '_', '係', '储值', '零钱通', '点解', '㐀', '豈', 'ｶﾀｶﾅ', '①', '½', '\u0301', '\ud800', '\udc00', 'x'];
let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const generated = ['', ' ', '   \n\t', '😀', '😀😀😀', '？？？', '...', 'a', '我', 'ok', ...english];
for (const t of english) generated.push(t.toUpperCase(), t.replace(/ /g, '  '), `${t} 我的提现还没到账`, `提现失败 ${t}`);
for (let i = 0; i < 4000; i++) {
  let t = '';
  const n = 1 + Math.floor(rand() * 12);
  for (let j = 0; j < n; j++) t += pieces[Math.floor(rand() * pieces.length)];
  generated.push(t);
}
for (let i = 0; i < 1500; i++) {
  let t = '';
  const n = Math.floor(rand() * 40);
  for (let j = 0; j < n; j++) {
    const r = rand();
    const code = r < 0.3 ? 0x20 + Math.floor(rand() * 95) : r < 0.6 ? 0x4e00 + Math.floor(rand() * 0x5200) : r < 0.8 ? Math.floor(rand() * 0x3000) : r < 0.95 ? 0xff00 + Math.floor(rand() * 0xf0) : 0x10000 + Math.floor(rand() * 0x20000);
    t += String.fromCodePoint(code);
  }
  generated.push(t);
}
const sample = texts.slice(0, 200).join(' ');
generated.push('a'.repeat(10_000), '提'.repeat(10_000), sample.slice(0, 10_000), english.join(' ').repeat(10).slice(0, 10_000), '😀'.repeat(5_000));
texts.push(...generated);

const optionsList = [undefined, {}, { locale: 'zh' }, { locale: 'en' }];
let compared = 0;
let mismatches = 0;
const round = (x) => Math.round(x * 10_000) / 10_000;
const check = (what, text, runtimeResult, trainingResult) => {
  compared++;
  const a = JSON.stringify({ category: runtimeResult.category, confidence: runtimeResult.confidence });
  const b = JSON.stringify({ category: trainingResult.category, confidence: round(trainingResult.confidence) });
  if (a !== b) {
    mismatches++;
    if (mismatches <= 10) console.log(`MISMATCH ${what} ${JSON.stringify(text.slice(0, 80))}\n  runtime  ${a}\n  training ${b}`);
  }
};
for (let i = 0; i < texts.length; i++) {
  const text = texts[i];
  const options = optionsList[i % 7 === 0 ? (i / 7) % 4 : 0];
  check('classify', text, runtime.classify(text, options), training(text));
}
// A second classifier instance (not the shared one) with a custom abstention.
const strict = runtime.createClassifier({ abstainBelow: 0.6 });
for (const text of texts.slice(0, 3000)) check('createClassifier', text, strict.classify(text), trainingStrict(text));
console.log(`${texts.length} texts, ${compared} comparisons, ${mismatches} mismatches`);
process.exit(mismatches === 0 ? 0 : 1);
