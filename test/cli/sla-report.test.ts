import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTicketClient, fileBackend } from '../../src/tickets/index.js';

// Spawns the built bin: run `npx tsup` (or `npm test`, which builds first) before this file.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A store with one urgent and one low ticket, made through the same file backend the CLI reads. */
async function store() {
  const file = join(mkdtempSync(join(tmpdir(), 'walletdesk-sla-')), 'tickets.json');
  const backend = fileBackend({ path: file });
  const client = createTicketClient({ backend });
  const urgent = await client.create({ subject: 'Money left, never arrived', description: '转账扣款了但对方没收到', priority: 'urgent' });
  const low = await client.create({ subject: 'How do I change my avatar?', description: 'Where is the setting?', priority: 'low' });
  return { file, client, urgent, low, dispose: () => backend.dispose?.() };
}

const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000).toISOString();

describe.skipIf(!existsSync(bin))('walletdesk sla and report (built dist/cli.js; skipped until built)', () => {
  it('sla lists the urgent ticket whose first reply is due within the window, and drops it once answered', async () => {
    const s = await store();
    // Default targets: urgent first reply 30 min. 25 min after creation, 25/30 = 83 % ≥ warnAt 75 %:
    // at_risk, due at creation + 30 min. The low ticket's first reply (480 min) is not due within 10 min.
    const before = run('sla', '--store', s.file, '--at', minutes(s.urgent.createdAt, 25), '--within', '10m', '--json');
    expect(before.code, before.stderr).toBe(0);
    const queue = JSON.parse(before.stdout) as Array<{ id: string; metric: string; state: string; dueAt: string }>;
    expect(queue.map((e) => [e.id, e.metric, e.state])).toEqual([[s.urgent.id, 'firstReply', 'at_risk']]);
    expect(queue[0]?.dueAt).toBe(minutes(s.urgent.createdAt, 30));

    await s.client.comment(s.urgent.id, { body: 'We are on it: the transfer is being traced.', public: true });
    const after = run('sla', '--store', s.file, '--at', minutes(s.urgent.createdAt, 25), '--within', '10m', '--json');
    expect(JSON.parse(after.stdout)).toEqual([]);
    const text = run('sla', '--store', s.file, '--at', minutes(s.urgent.createdAt, 25), '--within', '10m');
    expect(text.stdout).toContain('No open ticket');
    await s.dispose();
  });

  it('report writes one self-contained HTML page in the language asked for', async () => {
    const s = await store();
    const out = join(s.file, '..', 'report.html');
    const r = run('report', '--store', s.file, '--out', out, '--lang', 'zh', '--zone', 'Asia/Shanghai', '--at', minutes(s.low.createdAt, 60), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).tickets).toBe(2);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    await s.dispose();
  });

  it('names the flag on bad input and exits 1', () => {
    const cases: Array<[string[], string]> = [
      [['sla', '--store', join(tmpdir(), 'walletdesk-no-such-store.json')], '--store'],
      [['sla', '--within', 'soon'], '--within'],
      [['report'], '--out'],
      [['report', '--out', 'x.html', '--lang', 'fr'], '--lang'],
      [['report', '--out', 'x.html', '--days', '0'], '--days'],
    ];
    for (const [args, flag] of cases) {
      const r = run(...args, '--json');
      expect(r.code, args.join(' ')).toBe(1);
      expect(JSON.parse(r.stderr).error.field, args.join(' ')).toBe(flag);
    }
  });
});
