import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Spawns the built bin: run `npx tsup` (or `npm test`, which builds first) before this file.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const at = '2026-11-24T02:00:00Z';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(bin))('walletdesk CLI (built dist/cli.js; skipped until built)', () => {
  it('prints its version and per-command help', () => {
    expect(run('--version').stdout).toMatch(/walletdesk\/\d+\.\d+\.\d+/);
    const help = run('verify', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--wallet');
  });

  it('triages a scam call in Chinese as JSON', () => {
    const r = run('triage', '有人冒充支付宝客服打电话让我转账到安全账户，电话 400-123-4567', '--wallet', 'alipay', '--at', at, '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.classification.locale).toBe('zh');
    expect(t.safety.verdict).toBe('suspicious');
    expect(t.channels[0].channel.value).toBe('95188');
  });

  it('prints a readable triage without colour codes when NO_COLOR is set', () => {
    const r = run('triage', 'my account was hacked', '--wallet', 'paypal', '--at', at);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Category: account_compromise');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('verify exits 2 for a fake number and 0 for the official one', () => {
    const fake = run('verify', '400-123-4567', '--wallet', 'alipay');
    expect(fake.code).toBe(2);
    expect(fake.stdout).toContain('suspicious');
    const real = run('verify', '95188', '--wallet', 'alipay', '--json');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout).verdict).toBe('official');
  });

  it('contacts --open-now keeps only open or 24/7 channels', () => {
    const all = JSON.parse(run('contacts', 'alipay', '--at', at, '--json').stdout);
    const open = JSON.parse(run('contacts', 'alipay', '--at', at, '--open-now', '--json').stdout);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(all.length);
    for (const r of open) expect(['open', 'always']).toContain(r.availability);
  });

  it('best-time lists windows in the future', () => {
    const r = JSON.parse(run('best-time', 'alipay', '--at', at, '--json').stdout);
    expect(r.windows.length).toBeGreaterThan(0);
    for (const w of r.windows) expect(Date.parse(w.start)).toBeGreaterThanOrEqual(Date.parse(at));
  });

  it('user errors exit 1 with a clear message; a ValidationError names its field', () => {
    const wallet = run('contacts', 'nope');
    expect(wallet.code).toBe(1);
    expect(wallet.stderr).toMatch(/unknown wallet "nope".*alipay/);
    const region = run('triage', 'hi', '--region', 'china', '--json');
    expect(region.code).toBe(1);
    expect(JSON.parse(region.stderr).error.field).toBe('options.region');
    const date = run('hours', 'alipay', '--at', 'yesterday');
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('--at');
    expect(run('frobnicate').code).toBe(1);
  });
});
