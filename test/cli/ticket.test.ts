import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the example is plain JavaScript
import { createTicketHandler } from '../../examples/rest-server/server.mjs';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'walletdesk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Async spawn, for when the same process also serves HTTP (spawnSync would block the server). */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!existsSync(bin))('walletdesk ticket (built dist/cli.js)', () => {
  it('creates, lists and shows tickets in a store file that survives between runs', () => {
    const store = join(dir, 'a.json');
    const created = run(['ticket', 'create', 'Top-up failed', '--description', 'Card charged, balance unchanged', '--category', 'top_up', '--store', store, '--json']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ id: '1', status: 'new', category: 'top_up' });
    // No --category: the classifier picks one (and the priority from its urgency).
    const guessed = JSON.parse(run(['ticket', 'create', '有人盗了我的账号，还转走了钱', '--store', store, '--json']).stdout);
    expect(guessed.category).toBe('account_compromise');
    expect(guessed.priority).toBe('urgent');

    const list = run(['ticket', 'list', '--store', store]);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(2);
    expect(list.stdout).toMatch(/#1 +new +normal +top_up +Top-up failed/);
    expect(JSON.parse(run(['ticket', 'list', '--status', 'solved', '--store', store, '--json']).stdout)).toEqual([]);

    const show = run(['ticket', 'show', '2', '--store', store]);
    expect(show.stdout).toContain('有人盗了我的账号');
    expect(JSON.parse(readFileSync(store, 'utf8')).tickets).toHaveLength(2);
  });

  it('exits 1 naming the field or the problem for bad input', () => {
    const store = join(dir, 'b.json');
    const bad = run(['ticket', 'create', 'x', '--category', 'lottery', '--store', store]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: input.category: /);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = run(['ticket', 'show', '42', '--store', store, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr).error.message).toContain('42 not found');
    expect(run(['ticket', 'frobnicate', '--store', store]).stderr).toContain('one of create, list, show');
    expect(run(['ticket', 'list', '--backend', 'rest']).stderr).toContain('--base-url');
  });

  it('two shells × 10 creates into one --store: 20 tickets, every reported create present (2 × 40 lost 1 before fileBackend)', async () => {
    const store = join(dir, 'parallel.json');
    const shell = async (label: string) => {
      const made: Array<{ id: string; subject: string }> = [];
      // 10 each, not 40: every run starts a node process with the whole CLI (~4 s on a loaded CI box).
      for (let i = 0; i < 10; i++) {
        const r = await runAsync(['ticket', 'create', `${label}-${i}`, '--category', 'other', '--store', store, '--json']);
        expect(r.code, r.stderr).toBe(0);
        const t = JSON.parse(r.stdout) as { id: string; subject: string };
        made.push({ id: t.id, subject: t.subject });
      }
      return made;
    };
    const reported = (await Promise.all([shell('a'), shell('b')])).flat();
    const listed = JSON.parse(run(['ticket', 'list', '--store', store, '--json']).stdout) as Array<{ id: string; subject: string }>;
    expect(listed).toHaveLength(20);
    const byId = new Map(listed.map((t) => [t.id, t.subject]));
    expect(reported.filter((r) => byId.get(r.id) !== r.subject)).toEqual([]);
  }, 300_000);

  it('a bad --store is one message naming --store: missing directory, a directory, null, [null], duplicate ids', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const ticket = { id: '1', subject: 's', description: 'd', status: 'new', priority: 'normal', category: 'other', channel: 'web', requester: {}, tags: [], escalationLevel: 0, createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', customFields: {} };
    const dup = write('dup.json', JSON.stringify({ tickets: [ticket, ticket], comments: [] }));
    for (const [store, problem] of [
      [join(dir, 'missing', 'x.json'), /directory of the ticket store does not exist/],
      [folder, /is a directory/],
      [write('null.json', 'null'), /holds null/],
      [write('nulls.json', '[null]'), /holds an array/],
      [dup, /ticket id "1" appears more than once/],
    ] as const) {
      const r = run(['ticket', 'create', 'x', '--category', 'other', '--store', store, '--json']);
      expect(r.code).toBe(1);
      const { error } = JSON.parse(r.stderr) as { error: { field: string; message: string } };
      expect(error.field).toBe('--store');
      expect(error.message).toMatch(problem);
      expect(error.message).not.toMatch(/ENOENT|EISDIR/);
    }
    // The ambiguous store was refused, not rewritten with one of the two tickets dropped.
    expect(JSON.parse(readFileSync(dup, 'utf8')).tickets).toHaveLength(2);
  });

  it('talks to a REST service with the token from WALLETDESK_TOKEN, never echoing it', async () => {
    const server: Server = createServer(createTicketHandler({ token: 'cli-secret-token' }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const ok = await runAsync(['ticket', 'create', 'Withdrawal stuck', '--category', 'withdrawal', '--backend', 'rest', '--base-url', baseUrl, '--json'], { WALLETDESK_TOKEN: 'cli-secret-token' });
      expect(ok.stderr).toBe('');
      expect(JSON.parse(ok.stdout).category).toBe('withdrawal');
      const denied = await runAsync(['ticket', 'list', '--backend', 'rest', '--base-url', baseUrl], { WALLETDESK_TOKEN: 'wrong-secret-token' });
      expect(denied.code).toBe(1);
      expect(denied.stderr).toContain('Missing or wrong bearer token (GET http');
      expect(denied.stderr + denied.stdout).not.toContain('wrong-secret-token');
    } finally {
      server.close();
    }
  });
});

describe.skipIf(!existsSync(bin))('walletdesk best-time --between', () => {
  it('suggests only times inside the given local hours, 08:00–22:00 by default', () => {
    const hourIn = (iso: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso)));
    const byDefault = JSON.parse(run(['best-time', 'alipay', '--at', '2026-11-24T02:00:00Z', '--json']).stdout) as { windows: Array<{ start: string }> };
    expect(byDefault.windows.length).toBeGreaterThan(0);
    for (const w of byDefault.windows) expect(hourIn(w.start)).toBeGreaterThanOrEqual(8);
    const night = JSON.parse(run(['best-time', 'alipay', '--at', '2026-11-24T02:00:00Z', '--between', '00:00-06:00', '--json']).stdout) as { windows: Array<{ start: string }> };
    for (const w of night.windows) expect(hourIn(w.start)).toBeLessThan(6);
    expect(run(['best-time', 'alipay', '--between', '8-22']).code).toBe(1);
  });
});
