// Builds data/classifier/pinyin-dev.jsonl, the pinyin dev set of issue 17:
// - every line of data/classifier/zh-test.jsonl (never trained on), transliterated by pinyin-pro
//   toneless into one of three forms in turn: syllables grouped into word-like runs, all joined
//   or all separated, or mixed with a stretch of hanzi kept (scripts/classifier-pinyin.ts, the
//   transliteration the training data goes through, applied to lines it never saw);
// - the hand-written lines of scripts/zh-corpus/pinyin-handwritten.txt.
//
//   npx tsx scripts/classifier-pinyin-dev.ts          write the file
//   npx tsx scripts/classifier-pinyin-dev.ts --check  fail if it is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCategoryId } from '../src/taxonomy/index.js';
import { loadZhTest, repoRoot } from './classifier-data.js';
import { pinyinForms } from './classifier-pinyin.js';

const out = resolve(repoRoot, 'data/classifier/pinyin-dev.jsonl');
const lines: string[] = [];
loadZhTest().forEach((e, i) => {
  const forms = pinyinForms(`${e.text}`);
  const form = forms[i % forms.length];
  if (form) lines.push(JSON.stringify({ text: form, label: e.label, from: 'zh-test' }));
});
for (const line of readFileSync(resolve(repoRoot, 'scripts/zh-corpus/pinyin-handwritten.txt'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [label, text] = line.split('\t');
  if (!isCategoryId(label) || !text) throw new Error(`bad line: ${line}`);
  lines.push(JSON.stringify({ text, label, from: 'hand-written' }));
}
const file = `${lines.join('\n')}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== file) {
    console.error('data/classifier/pinyin-dev.jsonl is stale: run npx tsx scripts/classifier-pinyin-dev.ts');
    process.exit(1);
  }
  console.log('pinyin-dev.jsonl is up to date.');
} else {
  writeFileSync(out, file);
  console.log(`wrote ${lines.length} lines`);
}
