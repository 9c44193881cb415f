import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTimeoutError, isValidationError, type ValidationError } from '../../src/errors/index.js';
import { createTicketClient, fileBackend, memoryBackend } from '../../src/tickets/index.js';
import { testTicketBackend } from '../../src/tickets/testing/index.js';
import { rejection, thrown } from '../helpers/rejection.js';

const dir = mkdtempSync(join(tmpdir(), 'walletdesk-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = (): string => join(dir, `store-${++n}.json`);

testTicketBackend('file', () => fileBackend({ path: freshPath() }), { describe, it });

const ticketJson = (id: string) => ({
  id,
  subject: 'Top-up failed',
  description: 'x',
  status: 'new',
  priority: 'normal',
  category: 'top_up',
  channel: 'web',
  requester: {},
  tags: [],
  escalationLevel: 0,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  customFields: {},
});

describe('fileBackend: a corrupt or ambiguous store is refused, never half-loaded', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"tickets": [', /not JSON/],
    ['null', 'null', /holds null/],
    ['[null]', '[null]', /holds an array/],
    ['a number', '42', /holds number/],
    ['wrong schema', JSON.stringify({ tickets: [{ id: '1' }], comments: [] }), /tickets\.0\.\w+/],
    ['an unknown top-level field', JSON.stringify({ tickets: [], comments: [], extra: 1 }), /not a walletdesk ticket store/],
    ['two tickets with one id', JSON.stringify({ tickets: [ticketJson('3'), { ...ticketJson('3'), subject: 'other' }], comments: [] }), /ticket id "3" appears more than once/],
    ['a comment on a missing ticket', JSON.stringify({ tickets: [], comments: [{ id: '1', ticketId: '9', body: 'x', public: true, createdAt: '2026-12-01T00:00:00.000Z' }] }), /ticket "9"/],
  ];
  it.each(cases)('%s: reads and writes fail with a ValidationError naming the file, and the file is left as it was', async (_name, text, problem) => {
    const path = freshPath();
    writeFileSync(path, text);
    const client = createTicketClient({ backend: fileBackend({ path }) });
    for (const attempt of [client.listPage(), client.create({ subject: 'New', description: 'y' }), client.get('3')]) {
      const error = await rejection<ValidationError>(attempt);
      expect(isValidationError(error), String(error)).toBe(true);
      expect(error.message).toContain(path);
      expect(error.message).toMatch(problem);
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a directory as the store, or a store in a missing directory, is a ValidationError, not raw ENOENT/EISDIR', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const isDir = await rejection<ValidationError>(createTicketClient({ backend: fileBackend({ path: folder }) }).listPage());
    expect(isValidationError(isDir)).toBe(true);
    expect(isDir.message).toContain('is a directory');
    const missing = await rejection<ValidationError>(createTicketClient({ backend: fileBackend({ path: join(dir, 'no', 'such', 'dir', 't.json') }) }).create({ subject: 'a', description: 'b' }));
    expect(isValidationError(missing)).toBe(true);
    expect(missing.message).toMatch(/directory of the ticket store does not exist: .*no[/\\]such[/\\]dir/);
    expect(missing.message).not.toContain('ENOENT');
  });

  it('bad options name the field', () => {
    for (const [bad, field] of [
      [undefined, 'options'],
      [{}, 'options.path'],
      [{ path: '  ' }, 'options.path'],
      [{ path: 'x.json', staleLockMs: -1 }, 'options.staleLockMs'],
      [{ path: 'x.json', capabilities: { onHold: 'no' } }, 'options.capabilities.onHold'],
    ] as const) {
      const error = thrown<ValidationError>(() => fileBackend(bad as never));
      expect(isValidationError(error)).toBe(true);
      expect(error.field).toBe(field);
    }
  });
});

describe('fileBackend: writes', () => {
  it('reads a store written before it had a version field (the old CLI format), and writes version 1', async () => {
    const path = freshPath();
    const old = memoryBackend();
    await createTicketClient({ backend: old }).create({ subject: 'Old one', description: 'from the CLI before fileBackend' });
    writeFileSync(path, JSON.stringify(old.exportState()));
    const client = createTicketClient({ backend: fileBackend({ path }) });
    expect((await client.get('1')).subject).toBe('Old one');
    expect((await client.create({ subject: 'New one', description: 'x' })).id).toBe('2');
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.version).toBe(1);
    expect(saved.tickets.map((t: { subject: string }) => t.subject)).toEqual(['Old one', 'New one']);
  });

  it('leaves no temp or lock file behind, and two backends on one file see each other’s writes', async () => {
    const path = freshPath();
    const a = createTicketClient({ backend: fileBackend({ path }) });
    const b = createTicketClient({ backend: fileBackend({ path }) });
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).create({ subject: `t${i}`, description: 'x' })));
    const ids: string[] = [];
    for await (const t of a.list()) ids.push(t.id);
    expect(ids.sort((x, y) => Number(x) - Number(y))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(readdirSync(dir).filter((f) => f.startsWith(path.split('/').at(-1) ?? '') && f !== path.split('/').at(-1))).toEqual([]);
  });

  it('takes over the lock of a dead process, and times out naming the holder of a live one', async () => {
    const path = freshPath();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead.pid, host: (await import('node:os')).hostname(), token: 'x', at: Date.now() }));
    const client = createTicketClient({ backend: fileBackend({ path }) });
    expect((await client.create({ subject: 'after a crash', description: 'x' })).id).toBe('1');
    expect(existsSync(`${path}.lock`)).toBe(false);

    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(`${path}.lock`, JSON.stringify({ pid: alive.pid, host: (await import('node:os')).hostname(), token: 'y', at: Date.now() }));
      const blocked = createTicketClient({ backend: fileBackend({ path, lockWaitMs: 200 }) });
      const error = await rejection<Error>(blocked.create({ subject: 'blocked', description: 'x' }));
      expect(isTimeoutError(error)).toBe(true);
      expect(error.message).toContain(`process ${alive.pid}`);
      // Reads do not wait for the lock.
      expect((await blocked.get('1')).subject).toBe('after a crash');
    } finally {
      alive.kill();
    }
  });
});

// Real processes on the BUILT package (run `npx tsup` first; `npm test` builds).
const root = resolve(import.meta.dirname, '../..');
const writer = join(import.meta.dirname, 'fixtures', 'file-store-writer.mjs');
const built = existsSync(join(root, 'dist', 'tickets.js'));

interface Reported {
  ok: Array<{ id: string; subject: string }>;
  failed: string[];
}
function parseReport(stdout: string): Reported {
  const ok: Reported['ok'] = [];
  const failed: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^ok (\S+) (\S+)$/.exec(line);
    if (m?.[1] && m[2]) ok.push({ id: m[1], subject: m[2] });
    else if (line.startsWith('fail ')) failed.push(line);
  }
  return { ok, failed };
}
function startWriter(path: string, count: number, label: string) {
  const child = spawn(process.execPath, [writer, path, String(count), label], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return { child, exited, report: () => parseReport(stdout), stderr: () => stderr };
}
async function storedTickets(path: string): Promise<Array<{ id: string; subject: string }>> {
  const state = await fileBackend({ path }).exportState();
  return state.tickets.map((t) => ({ id: t.id, subject: t.subject }));
}

describe.skipIf(!built)('fileBackend across real processes (built package)', () => {
  it('two processes × 200 creates into one file: 400 tickets, every reported create present, ids unique', async () => {
    const path = freshPath();
    const a = startWriter(path, 200, 'a');
    const b = startWriter(path, 200, 'b');
    expect(await a.exited, a.stderr()).toBe(0);
    expect(await b.exited, b.stderr()).toBe(0);
    const reported = [...a.report().ok, ...b.report().ok];
    expect([...a.report().failed, ...b.report().failed]).toEqual([]);
    expect(reported).toHaveLength(400);
    const stored = await storedTickets(path);
    expect(stored).toHaveLength(400);
    expect(new Set(stored.map((t) => t.id)).size).toBe(400);
    const bySubject = new Map(stored.map((t) => [t.subject, t.id]));
    const missing = reported.filter((r) => bySubject.get(r.subject) !== r.id);
    expect(missing).toEqual([]);
    console.info(`two processes: ${stored.length}/400 tickets stored, ${missing.length} reported creates missing`);
  }, 120_000);

  it('kill -9 while writing, 6 times: the file always parses and keeps every create that was reported', async () => {
    const path = freshPath();
    let reads = 0;
    let unreadable = 0;
    let reading = true;
    // A reader polling the file the whole time, as another process's `ticket list` would.
    const poll = (async () => {
      while (reading) {
        if (existsSync(path)) {
          try {
            JSON.parse(readFileSync(path, 'utf8'));
            reads++;
          } catch {
            unreadable++;
          }
        }
        await new Promise((r) => setTimeout(r, 3));
      }
    })();
    const reported: Reported['ok'] = [];
    for (let round = 0; round < 6; round++) {
      const w = startWriter(path, 100_000, `k${round}`);
      // Let it file some tickets, then kill it mid-stream (the lock may be held, a temp file half-written).
      const target = reported.length + 15 + round * 7;
      while (w.report().ok.length + reported.length < target && w.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      w.child.kill('SIGKILL');
      await w.exited;
      reported.push(...w.report().ok);
      const stored = await storedTickets(path);
      const ids = new Map(stored.map((t) => [t.subject, t.id]));
      expect(reported.filter((r) => ids.get(r.subject) !== r.id)).toEqual([]);
      expect(new Set(stored.map((t) => t.id)).size).toBe(stored.length);
    }
    reading = false;
    await poll;
    expect(unreadable).toBe(0);
    expect(reads).toBeGreaterThan(0);
    const stored = await storedTickets(path);
    console.info(`kill -9 ×6: ${reported.length} reported creates, ${stored.length} stored, ${reads} reads, ${unreadable} unreadable`);
  }, 120_000);
});
