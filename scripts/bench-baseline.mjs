#!/usr/bin/env node
// Builds the "before" of bench/triage.bench.ts: walletdesk as it was before issue 14's
// consolidation (the shared taxonomy leaf, the one text pipeline, triage's prepared text), so the
// bench can run the old and the new verifyContact and triage side by side in one process.
//
//   node scripts/bench-baseline.mjs            # the default commit below
//   node scripts/bench-baseline.mjs <commit>   # any other
//
// It extracts src/ of that commit with `git archive` into node_modules/.cache/walletdesk-baseline
// and bundles the root entry (which then re-exported triage and verifyContact) with esbuild into
// one ESM file there; dependencies stay external and resolve from this checkout's node_modules.
// Nothing is committed: the cache is rebuilt on demand and the bench skips its rows without it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The last commit before issue 14's taxonomy leaf (0737f34) started the consolidation. */
export const BASELINE_COMMIT = '8e24f7d56f7cdaf1dc3ba13f5129cffe858ad160';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = resolve(root, 'node_modules/.cache/walletdesk-baseline');
const commit = process.argv[2] ?? BASELINE_COMMIT;
const full = execFileSync('git', ['rev-parse', `${commit}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();

rmSync(cache, { recursive: true, force: true });
mkdirSync(resolve(cache, 'tree'), { recursive: true });
const archive = execFileSync('git', ['archive', full, 'src'], { cwd: root, maxBuffer: 1 << 30 });
execFileSync('tar', ['-x', '-C', resolve(cache, 'tree')], { input: archive });
await build({
  entryPoints: [resolve(cache, 'tree/src/index.ts')],
  outfile: resolve(cache, 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
writeFileSync(resolve(cache, 'commit.txt'), `${full}\n`);
rmSync(resolve(cache, 'tree'), { recursive: true, force: true });
console.log(`baseline ${full.slice(0, 7)} built into ${cache}/index.js`);
