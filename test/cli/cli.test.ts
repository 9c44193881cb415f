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

  it('says "Contact now" for an urgent problem and "Quietest time" otherwise', () => {
    const urgent = run('triage', '我的账户被盗了，钱被转走了', '--wallet', 'alipay', '--at', at);
    const json = JSON.parse(run('triage', '我的账户被盗了，钱被转走了', '--wallet', 'alipay', '--at', at, '--json').stdout);
    expect(json.bestTime[0].reasons.map((r: { code: string }) => r.code)).toContain('urgent-now');
    expect(urgent.stdout).toContain('Contact now:');
    expect(urgent.stdout).not.toContain('Quietest time:');
    const calm = run('triage', '怎么修改昵称', '--wallet', 'alipay', '--at', at);
    expect(calm.stdout).toContain('Quietest time:');
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

  it('hours --at 2027-02-06 (Spring Festival, beyond the notices) answers, with the estimate flagged', () => {
    const text = run('hours', 'alipay', '--at', '2027-02-06');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('95188');
    expect(text.stdout).toMatch(/2027-02-06: holiday \(春节\) — estimated: holiday dates for 2027 are estimated from the statutory holidays; the official arrangement may add bridge days/);
    const json = JSON.parse(run('hours', 'wechatpay', '--at', '2027-02-06T10:00:00+08:00', '--json').stdout) as Array<{ channel: string; estimated: boolean; day?: { type: string; name?: string; estimated: boolean; note?: string } }>;
    const merchant = json.find((r) => r.channel === '95017-2')!;
    expect(merchant.estimated).toBe(true);
    expect(merchant.day).toMatchObject({ type: 'holiday', name: '春节', estimated: true });
    expect(merchant.day?.note).toMatch(/estimated/);
    // Inside the notices nothing is flagged.
    const official = JSON.parse(run('hours', 'wechatpay', '--at', '2026-10-01T10:00:00+08:00', '--json').stdout) as typeof json;
    expect(official.find((r) => r.channel === '95017-2')).toMatchObject({ estimated: false, day: { type: 'holiday', name: '国庆节', estimated: false } });
  });

  it('best-time on 30 December answers (its 48-hour window reaches 1 January 2027)', () => {
    const r = run('best-time', 'wechatpay', '--at', '2026-12-30T20:00:00+08:00', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).windows.length).toBeGreaterThan(0);
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
