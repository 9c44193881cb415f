// The root entry is the small common surface: requiring it from CommonJS must not load the
// classifier's weights (CJS cannot tree-shake them), while walletdesk/triage does.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

/** The dist files a CommonJS consumer has loaded after requiring `specifier`. */
function loadedBy(specifier: string): string[] {
  const out = execFileSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(dist)}))))`],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(out) as string[];
}

// The largest CJS file of the build is the chunk holding the classifier's int8 weights.
const weights = readdirSync(dist)
  .filter((f) => f.endsWith('.cjs'))
  .map((f) => join(dist, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];

describe('root entry', () => {
  it('finds the weights chunk (the build ran)', () => {
    expect(weights).toBeDefined();
    expect(statSync(weights as string).size).toBeGreaterThan(500_000);
  });

  it('require("walletdesk") does not load the classifier weights', () => {
    const loaded = loadedBy('walletdesk');
    expect(loaded).toContain(join(dist, 'index.cjs'));
    expect(loaded).not.toContain(weights);
  });

  it('require("walletdesk/triage") does', () => {
    expect(loadedBy('walletdesk/triage')).toContain(weights);
  });

  it('keeps triage, the classifier and the channels directory out of the root surface', () => {
    const names = JSON.parse(
      execFileSync(process.execPath, ['-e', 'console.log(JSON.stringify(Object.keys(require("walletdesk"))))'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }),
    ) as string[];
    expect(names).toEqual(expect.arrayContaining(['isOpen', 'bestTimeToContact', 'redact', 'findPii', 'createTicketClient', 'isWalletdeskError', 'ValidationError']));
    for (const name of ['triage', 'classify', 'verifyContact', 'findChannels', 'listWallets']) expect(names).not.toContain(name);
  });

  it('walletdesk/channels has the contact check the root no longer re-exports', () => {
    const names = JSON.parse(
      execFileSync(process.execPath, ['-e', 'console.log(JSON.stringify(Object.keys(require("walletdesk/channels"))))'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }),
    ) as string[];
    expect(names).toEqual(expect.arrayContaining(['verifyContact', 'findChannels', 'listWallets']));
  });
});
