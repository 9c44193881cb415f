// Every @example in the source is run against the BUILT package, exactly as a user would paste
// it: `import ... from 'walletdesk/…'` resolves through package.json#exports. Lines written as
// `expression; // => value` are assertions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractExamples, toAssertions } from './extract-examples.js';

const root = resolve(import.meta.dirname, '../..');
const workDir = join(root, '.cache', 'doctest');
const examples = extractExamples(root);

const prelude = `
import { isDeepStrictEqual } from 'node:util';
const norm = (v) => (v === undefined ? '__undefined__' : JSON.parse(JSON.stringify(v, (_k, x) =>
  typeof x === 'number' && !Number.isFinite(x) ? String(x) : typeof x === 'bigint' ? String(x) : x)));
globalThis.__check = async (actual, expected, where) => {
  const value = actual instanceof Promise ? await actual : actual;
  const ok = (typeof expected !== 'object' || expected === null)
    ? Object.is(value, expected) || (typeof expected === 'number' && typeof value === 'number' && Math.abs(value - expected) < 1e-9 * Math.max(1, Math.abs(expected)))
    : isDeepStrictEqual(norm(value), norm(expected));
  if (!ok) throw new Error(\`\${where}: expected \${JSON.stringify(norm(expected))}, got \${JSON.stringify(norm(value))}\`);
};
`;

let results: Record<string, string | null> = {};

beforeAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const files: Array<[string, string]> = [];
  examples.forEach((example, index) => {
    const file = join(workDir, `example-${index}.mjs`);
    let js: string;
    try {
      js = transformSync(toAssertions(example.code, example.id), { loader: 'ts', format: 'esm', target: 'node20' }).code;
    } catch (error) {
      js = `throw new Error(${JSON.stringify(`does not compile: ${String(error)}`)});`;
    }
    writeFileSync(file, js);
    files.push([example.id, file]);
  });
  writeFileSync(join(workDir, 'prelude.mjs'), prelude);
  writeFileSync(
    join(workDir, 'run.mjs'),
    `import './prelude.mjs';
const files = ${JSON.stringify(files)};
const out = {};
for (const [id, file] of files) {
  try { await import(file); out[id] = null; } catch (error) { out[id] = String(error && error.stack || error).split('\\n').slice(0, 3).join(' | '); }
}
process.stdout.write(JSON.stringify(out));`,
  );
  const stdout = execFileSync(process.execPath, [join(workDir, 'run.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'America/Los_Angeles', NODE_OPTIONS: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  results = JSON.parse(stdout) as Record<string, string | null>;
}, 120_000);

describe('@example blocks run against the built package', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  it.each(examples.map((example) => [example.id, example] as const))('%s', (id) => {
    expect(results[id], results[id] ?? '').toBeNull();
  });
});
