import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTried, runEscalateCommand } from '../../src/cli/commands/escalate.js';
import { UserError } from '../../src/cli/user-error.js';

const now = new Date('2026-12-02T00:00:00Z');

describe('escalate command: --tried', () => {
  it('reads channel, outcome, date and reference', () => {
    expect(parseTried('phone:unresolved@2026-11-01T08:00:00Z#CS-9', now)).toEqual({
      channel: 'phone',
      outcome: 'unresolved',
      at: new Date('2026-11-01T08:00:00Z'),
      reference: 'CS-9',
    });
    expect(parseTried('phonepe/in_app-1:no_answer', now)).toEqual({ channel: 'phonepe/in_app-1', outcome: 'no_answer', at: now });
    expect(parseTried('在线客服:callback_promised', now).channel).toBe('在线客服');
  });

  it('rejects a value it cannot read, naming the flag', () => {
    for (const bad of ['phone', 'phone:angry', ':unresolved', 'phone:unresolved@yesterday']) {
      expect(() => parseTried(bad, now), bad).toThrow(UserError);
    }
  });

  it('runs the ladder: an RBI date 30 days after the first contact, JSON and text', () => {
    const r = runEscalateCommand('phonepe', { category: 'refund_dispute', region: 'IN', tried: ['phone:unresolved@2026-11-01T00:00:00Z', 'chat:unresolved@2026-11-03T00:00:00Z'] }, now);
    expect(r.json.map((s) => s.rung)).toEqual(['senior_agent', 'regulator']);
    expect(r.json[1]?.eligibleFrom?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(r.text).toContain('https://cms.rbi.org.in');
    expect(r.text).toContain('工号');
    expect(() => runEscalateCommand('phonepe', {}, now)).toThrow(/--category/);
  });
});

// Spawns the built bin: run `npx tsup` (or `npm test`, which builds first) before this part.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(bin))('walletdesk escalate (built dist/cli.js)', () => {
  it('prints the ladder as JSON, starting with freeze and police for a stolen account', () => {
    const r = run('escalate', 'alipay', '--category', 'account_compromise', '--tried', 'phone:unresolved@2026-11-20', '--at', '2026-12-02T00:00:00Z', '--json');
    expect(r.code).toBe(0);
    const steps = JSON.parse(r.stdout) as Array<{ rung: string }>;
    expect(steps.map((s) => s.rung).slice(0, 3)).toEqual(['freeze_account', 'police_report', 'senior_agent']);
  });

  it('exits 1 naming the problem for a bad --tried or category', () => {
    const bad = run('escalate', 'alipay', '--category', 'refund_dispute', '--tried', 'phone:angry');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--tried');
    const category = run('escalate', 'alipay', '--category', 'lost_cat', '--json');
    expect(category.code).toBe(1);
    expect(JSON.parse(category.stderr).error.field).toBe('options.category');
  });
});
