#!/usr/bin/env node
// Builds the "before" of bench/triage.bench.ts: walletdesk as it was before issue 14's
// consolidation (the shared taxonomy leaf, the one text pipeline, triage's prepared text), so the
// bench can run the old and the new verifyContact and triage side by side in one process.
//
//   node scripts/bench-baseline.mjs                 # the default commit below
//   node scripts/bench-baseline.mjs <commit> ...    # others too (e.g. the commit before a change)
//
// For each commit it extracts src/ with `git archive` into
// node_modules/.cache/walletdesk-baseline/<sha7>/ and bundles triage and verifyContact (from the
// root entry, or from their own entries once they had them) with esbuild into one ESM file there;
// dependencies stay external and resolve from this checkout's node_modules. Nothing is committed:
// the cache is rebuilt on demand and the bench skips the baseline rows without it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The last commit before issue 14's taxonomy leaf (0737f34) started the consolidation. */
const BASELINE_COMMIT = '8e24f7d56f7cdaf1dc3ba13f5129cffe858ad160';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = resolve(root, 'node_modules/.cache/walletdesk-baseline');

for (const commit of process.argv.length > 2 ? process.argv.slice(2) : [BASELINE_COMMIT]) {
  const full = execFileSync('git', ['rev-parse', `${commit}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = resolve(cache, full.slice(0, 7));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, 'tree'), { recursive: true });
  const archive = execFileSync('git', ['archive', full, 'src'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', resolve(dir, 'tree')], { input: archive });
  const from = (module) => (existsSync(resolve(dir, `tree/src/${module}/index.ts`)) ? `./src/${module}/index.ts` : './src/index.ts');
  await build({
    stdin: { contents: `export { triage } from '${from('triage')}';\nexport { verifyContact } from '${from('channels')}';\n`, resolveDir: resolve(dir, 'tree'), loader: 'ts' },
    outfile: resolve(dir, 'index.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  // The bench names its rows by this label.
  const label = full === BASELINE_COMMIT ? 'before consolidation' : 'before';
  writeFileSync(resolve(dir, 'label.txt'), `${label} (${full.slice(0, 7)})\n`);
  rmSync(resolve(dir, 'tree'), { recursive: true, force: true });
  console.log(`baseline ${full.slice(0, 7)} built into ${dir}/index.js`);
}
