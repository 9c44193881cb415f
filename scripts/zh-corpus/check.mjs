// Checks the Chinese corpus: every label is a taxonomy id, no exact duplicate texts inside a file,
// no zh-test text in zh-train (even up to punctuation), and every line is a well-formed {text, label} object. Prints counts
// per label. Exits 1 on any problem. Usage: node scripts/zh-corpus/check.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const taxonomyFile = resolve(repoRoot, '../shared/data/taxonomy.json');
const problems = [];

function loadIds() {
  if (existsSync(taxonomyFile)) {
    return JSON.parse(readFileSync(taxonomyFile, 'utf8')).categories.map((c) => c.id);
  }
  // The package carries the taxonomy too; fall back to it when ../shared is absent.
  const src = readFileSync(resolve(repoRoot, 'src/classifier/taxonomy.ts'), 'utf8');
  return [...src.matchAll(/id:\s*'([a-z_]+)'/g)].map((m) => m[1]);
}

function load(name) {
  const file = resolve(repoRoot, 'data/classifier', `${name}.jsonl`);
  if (!existsSync(file)) {
    problems.push(`${name}.jsonl is missing`);
    return [];
  }
  const rows = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row;
    try {
      row = JSON.parse(line);
    } catch {
      problems.push(`${name}:${i + 1}: not JSON`);
      return;
    }
    if (typeof row.text !== 'string' || row.text.trim() === '') problems.push(`${name}:${i + 1}: empty or missing text`);
    else if (row.text !== row.text.trim()) problems.push(`${name}:${i + 1}: text has surrounding whitespace`);
    if (Object.keys(row).sort().join() !== 'label,text') problems.push(`${name}:${i + 1}: keys must be exactly text, label`);
    rows.push({ ...row, line: i + 1 });
  });
  return rows;
}

const ids = new Set(loadIds());
const sets = { 'zh-train': load('zh-train'), 'zh-test': load('zh-test') };
const counts = {};
for (const [name, rows] of Object.entries(sets)) {
  const seen = new Map();
  counts[name] = Object.fromEntries([...ids].map((id) => [id, 0]));
  for (const row of rows) {
    if (!ids.has(row.label)) problems.push(`${name}:${row.line}: unknown label ${JSON.stringify(row.label)}`);
    else counts[name][row.label]++;
    if (seen.has(row.text)) problems.push(`${name}:${row.line}: duplicate of line ${seen.get(row.text)}: ${row.text}`);
    else seen.set(row.text, row.line);
  }
}
// Disjointness is checked on a normalised form too, so a test line cannot sneak into training by
// differing only in punctuation, spacing or letter case.
const trainTexts = new Map(sets['zh-train'].map((r) => [normalise(r.text), r.line]));
for (const row of sets['zh-test']) {
  const hit = trainTexts.get(normalise(row.text));
  if (hit !== undefined) problems.push(`zh-test:${row.line} also in zh-train:${hit} (up to punctuation): ${row.text}`);
}

const pad = Math.max(...[...ids].map((id) => id.length));
console.log(`${'label'.padEnd(pad)}  zh-train  zh-test`);
for (const id of ids) {
  console.log(`${id.padEnd(pad)}  ${String(counts['zh-train'][id]).padStart(8)}  ${String(counts['zh-test'][id]).padStart(7)}`);
}
console.log(`${'total'.padEnd(pad)}  ${String(sets['zh-train'].length).padStart(8)}  ${String(sets['zh-test'].length).padStart(7)}`);

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
  process.exit(1);
}
console.log('\nok: labels valid, no duplicates, zh-test disjoint from zh-train');
