// Builds data/classifier/zh-train.jsonl and zh-test.jsonl from the hand-written lines in
// scripts/zh-corpus/{train,test}/<label>.txt plus (train only) slot-filled variants from
// generate.mjs. Deterministic: same inputs, same output. Usage: node scripts/zh-corpus/build.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const outDir = resolve(repoRoot, 'data/classifier');

/** How many generated lines to add per label (a minority; see README). */
const GENERATED = { other: 60 };
const GENERATED_DEFAULT = 50;

function readLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function readDir(sub) {
  const dir = resolve(here, sub);
  const byLabel = new Map();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    byLabel.set(f.replace(/\.txt$/, ''), readLines(resolve(dir, f)));
  }
  return byLabel;
}

function toJsonl(rows) {
  return rows.map((r) => JSON.stringify({ text: r.text, label: r.label })).join('\n') + '\n';
}

const test = readDir('test');
const testTexts = new Set([...test.values()].flat());
const train = readDir('train');

// A text hand-written under two labels is a labelling mistake: stop rather than pick one.
const owner = new Map();
for (const [label, lines] of [...train, ...test]) {
  for (const text of lines) {
    const prev = owner.get(text);
    if (prev !== undefined && prev !== label) throw new Error(`"${text}" is written under both ${prev} and ${label}`);
    owner.set(text, label);
  }
}

const trainRows = [];
const seen = new Set();
let handWritten = 0;
let generated = 0;
let seed = 20261124;
for (const [label, lines] of train) {
  for (const text of lines) {
    if (seen.has(text) || testTexts.has(text)) continue;
    seen.add(text);
    trainRows.push({ text, label });
    handWritten++;
  }
  for (const text of generate(label, GENERATED[label] ?? GENERATED_DEFAULT, seed++, [...seen, ...testTexts])) {
    if (seen.has(text) || testTexts.has(text)) continue;
    seen.add(text);
    trainRows.push({ text, label });
    generated++;
  }
}

const testRows = [];
const seenTest = new Set();
for (const [label, lines] of test) {
  for (const text of lines) {
    if (seenTest.has(text)) continue;
    seenTest.add(text);
    testRows.push({ text, label });
  }
}

writeFileSync(resolve(outDir, 'zh-train.jsonl'), toJsonl(trainRows));
if (testRows.length > 0) writeFileSync(resolve(outDir, 'zh-test.jsonl'), toJsonl(testRows));
console.log(`zh-train: ${trainRows.length} lines (${handWritten} hand-written, ${generated} generated = ${((100 * generated) / trainRows.length).toFixed(1)}%)`);
console.log(`zh-test: ${testRows.length} lines`);
