#!/usr/bin/env node
// Gzip size of each built entry (ESM), with the shared chunks it imports, against size-budget.json.
// `node scripts/size.mjs` prints the report; `--check` also fails when an entry is over budget.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const check = process.argv.includes('--check');

/** The entry file plus every relative chunk it imports, transitively (what a bundler would pull in). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

let failed = false;
const rows = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  const file = join(root, target.import.default);
  if (!existsSync(file)) {
    rows.push([subpath, 'missing', '', 'FAIL']);
    failed = true;
    continue;
  }
  const text = [...closure(file)].map((f) => readFileSync(f, 'utf8')).join('\n');
  const gz = gzipSync(text, { level: 9 }).length;
  const limit = budget[subpath];
  const over = limit === undefined || gz > limit;
  if (over) failed = true;
  rows.push([subpath, `${(gz / 1024).toFixed(1)} KB`, limit === undefined ? 'no budget' : `${(limit / 1024).toFixed(1)} KB`, over ? 'OVER' : 'ok']);
}
console.log('entry'.padEnd(22), 'gzip'.padStart(10), 'budget'.padStart(12), ' status');
for (const [name, size, limit, status] of rows) console.log(name.padEnd(22), size.padStart(10), limit.padStart(12), ` ${status}`);
console.log('(gzip -9 of the ESM entry and the chunks it imports; dependencies such as zod and ky are not counted)');
if (check && failed) {
  console.error('size check failed: an entry is over its budget in size-budget.json, or has none');
  process.exit(1);
}
