// The package as users get it: every exports target is built, each subpath loads in ESM and CJS
// from a child node process (a real consumer, not vitest's resolver), and the tsup entries match.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import: { types: string; default: string }; require: { types: string; default: string } }>;
  bin: Record<string, string>;
};
const subpaths = Object.entries(pkg.exports).filter(
  (entry): entry is [string, { import: { types: string; default: string }; require: { types: string; default: string } }] =>
    typeof entry[1] !== 'string',
);

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
}

describe('package.json#exports', () => {
  it('has one entry per tsup entry and nothing else', () => {
    const fromTsup = Object.keys(entries).map((name) => (name === 'index' ? '.' : `./${name}`)).sort();
    expect(subpaths.map(([name]) => name).sort()).toEqual(fromTsup);
  });

  it.each(subpaths)('%s: every target file exists after the build', (_name, target) => {
    for (const file of [target.import.types, target.import.default, target.require.types, target.require.default]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(target.import.types.endsWith('.d.ts')).toBe(true);
    expect(target.require.types.endsWith('.d.cts')).toBe(true);
  });

  it('the bin exists and starts with a shebang', () => {
    const bin = join(root, pkg.bin.walletdesk ?? '');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('every subpath imports as ESM and requires as CJS by its package name', () => {
    const names = subpaths.map(([name]) => (name === '.' ? 'walletdesk' : `walletdesk/${name.slice(2)}`));
    const esm = node([
      '--input-type=module',
      '-e',
      `const names = ${JSON.stringify(names)}; const out = {};
       for (const n of names) out[n] = Object.keys(await import(n)).length;
       console.log(JSON.stringify(out));`,
    ]);
    // walletdesk/tickets/testing included: it imports no test runner, so CommonJS can require it.
    const cjs = node(['-e', `const names = ${JSON.stringify(names)}; const out = {};
       for (const n of names) out[n] = Object.keys(require(n)).length;
       console.log(JSON.stringify(out));`]);
    const esmCounts = JSON.parse(esm) as Record<string, number>;
    const cjsCounts = JSON.parse(cjs) as Record<string, number>;
    expect(Object.keys(esmCounts).sort()).toEqual([...names].sort());
    // The two formats expose the same names.
    expect(cjsCounts).toEqual(esmCounts);
    expect(esmCounts['walletdesk/errors']).toBeGreaterThan(10);
  });
});

describe('errors across formats', () => {
  it('a CJS-thrown error is recognised by the ESM guards, and the reverse', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import * as esm from 'walletdesk/errors';
       const cjs = createRequire(import.meta.url)('walletdesk/errors');
       const fromCjs = new cjs.RateLimitError('slow', cjs.httpContext(429, 'get', 'https://x.test/a?api_key=s3cret'), 1500);
       const fromEsm = new esm.NotFoundError('missing', { resource: 'ticket', id: '7' });
       console.log(JSON.stringify({
         classesDiffer: cjs.RateLimitError !== esm.RateLimitError,
         instanceofFails: !(fromCjs instanceof esm.RateLimitError),
         esmSeesCjs: [esm.isWalletdeskError(fromCjs), esm.isRateLimitError(fromCjs), esm.isHttpError(fromCjs)],
         cjsSeesEsm: [cjs.isWalletdeskError(fromEsm), cjs.isNotFoundError(fromEsm)],
         wrong: [esm.isNotFoundError(fromCjs), cjs.isRateLimitError(fromEsm)],
         json: fromCjs.toJSON(),
       }));`,
    ]);
    const result = JSON.parse(out) as {
      classesDiffer: boolean;
      instanceofFails: boolean;
      esmSeesCjs: boolean[];
      cjsSeesEsm: boolean[];
      wrong: boolean[];
      json: { url: string; retryAfterMs: number };
    };
    expect(result.classesDiffer).toBe(true);
    expect(result.instanceofFails).toBe(true);
    expect(result.esmSeesCjs).toEqual([true, true, true]);
    expect(result.cjsSeesEsm).toEqual([true, true]);
    expect(result.wrong).toEqual([false, false]);
    expect(result.json.retryAfterMs).toBe(1500);
    expect(result.json.url).not.toContain('s3cret');
  });
});
