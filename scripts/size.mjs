#!/usr/bin/env node
// Gzip size of each built entry, ESM and CJS, with the shared chunks it loads, against
// size-budget.json. A budget is bytes, either one number for both formats or `{ esm, cjs }`.
// `node scripts/size.mjs` prints the report; `--check` also fails when an entry is over budget;
// `--json` prints the figures as JSON (bench and release notes read them).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const check = process.argv.includes('--check');
const asJson = process.argv.includes('--json');

/** The entry file plus every relative chunk it imports or requires, transitively (what a loader pulls in). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import|require\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

function gzipOf(file) {
  const text = [...closure(file)].map((f) => readFileSync(f, 'utf8')).join('\n');
  return gzipSync(text, { level: 9 }).length;
}

let failed = false;
const rows = [];
const figures = {};
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  figures[subpath] = {};
  for (const [format, condition] of [['esm', 'import'], ['cjs', 'require']]) {
    const file = join(root, target[condition].default);
    const entryBudget = budget[subpath];
    const limit = typeof entryBudget === 'number' ? entryBudget : entryBudget?.[format];
    if (!existsSync(file)) {
      rows.push([subpath, format, 'missing', '', 'FAIL']);
      failed = true;
      continue;
    }
    const gz = gzipOf(file);
    figures[subpath][format] = gz;
    const over = limit === undefined || gz > limit;
    if (over) failed = true;
    rows.push([subpath, format, `${(gz / 1024).toFixed(1)} KB`, limit === undefined ? 'no budget' : `${(limit / 1024).toFixed(1)} KB`, over ? 'OVER' : 'ok']);
  }
}
if (asJson) console.log(JSON.stringify(figures, null, 2));
else {
  console.log('entry'.padEnd(22), 'fmt', 'gzip'.padStart(10), 'budget'.padStart(12), ' status');
  for (const [name, format, size, limit, status] of rows) console.log(name.padEnd(22), format, size.padStart(10), limit.padStart(12), ` ${status}`);
  console.log('(gzip -9 of the entry and the chunks it loads; dependencies such as zod and ky are not counted)');
}
if (check && failed) {
  console.error('size check failed: an entry is over its budget in size-budget.json, or has none');
  process.exit(1);
}
