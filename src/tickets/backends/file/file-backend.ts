/**
 * A ticket backend kept in one JSON file that several processes may share (the CLI's `--store`).
 * Every write is a read-modify-write under an inter-process lock: read the file again under the
 * lock, apply the change with the memory backend's logic, write a uniquely named temp file, fsync
 * it and rename it over the store. A reader therefore sees the old file or the new one, never half
 * of one, and no process overwrites another's ticket. A file that is not a store, or is ambiguous
 * (two tickets with one id), is refused with a ValidationError and never half-loaded.
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { isValidationError, ValidationError } from '../../../errors/index.js';
import type { BackendCapabilities, TicketBackend } from '../../backend.js';
import { type MemoryState, memoryBackend } from '../memory/index.js';
import { withFileLock } from './file-lock.js';
import { type NodeFs, nodeFs } from './node-fs.js';
import { formatStore, parseStore } from './store-format.js';

/** Options of {@link fileBackend}. */
export interface FileBackendOptions {
  /** The store file. It is created on the first write; its directory must exist. */
  path: string;
  /** The clock (default `() => new Date()`). */
  now?: () => Date;
  /** Turn capabilities off to rehearse a smaller help-desk, as with `memoryBackend`. */
  capabilities?: Partial<BackendCapabilities>;
  /** A lock older than this (ms) is taken over even if its owner looks alive (default 30 000). */
  staleLockMs?: number;
  /** How long a write waits for another process's lock before a TimeoutError (ms, default 30 000). */
  lockWaitMs?: number;
}

/** The file backend: a {@link TicketBackend} plus `exportState()`, read from the file. */
export interface FileBackend extends TicketBackend {
  /** Everything in the store file now (dates as `Date`). */
  exportState(): Promise<MemoryState>;
}

const optionsSchema = z.strictObject({
  path: z.string().trim().min(1, 'give the store file, e.g. { path: "tickets.json" }'),
  now: z.custom<() => Date>((value) => typeof value === 'function', 'now must be a function').optional(),
  capabilities: z.record(z.string(), z.boolean()).optional(),
  staleLockMs: z.number().int().min(100).optional(),
  lockWaitMs: z.number().int().min(0).optional(),
});

const EMPTY: MemoryState = { tickets: [], comments: [], idempotency: [] };

type Method = 'create' | 'get' | 'update' | 'addComment' | 'listComments' | 'list' | 'rate' | 'timeline' | 'logContact';

/**
 * A ticket backend in one JSON file, safe to share between processes: a lock around every
 * read-modify-write (stale locks of dead processes are taken over), a fresh read under the lock,
 * and a temp file that is fsynced and renamed into place. It declares the memory backend's
 * capabilities and passes the same conformance suite. Node only (it loads `node:fs` when first used).
 *
 * @example
 * ```ts
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { createTicketClient, fileBackend } from 'walletdesk/tickets';
 * const path = join(mkdtempSync(join(tmpdir(), 'walletdesk-')), 'tickets.json');
 * const client = createTicketClient({ backend: fileBackend({ path }) });
 * const ticket = await client.create({ subject: 'Top-up failed', description: 'Card was charged, balance unchanged' });
 * const again = createTicketClient({ backend: fileBackend({ path }) }); // e.g. another process
 * (await again.get(ticket.id)).subject; // => 'Top-up failed'
 * ```
 */
export function fileBackend(fileOptions: FileBackendOptions): FileBackend {
  const options = validate(optionsSchema, fileOptions, ['options']);
  const lock = { staleMs: options.staleLockMs ?? 30_000, waitMs: options.lockWaitMs ?? 30_000 };
  // Capabilities as declared; the memory backend that does each operation is rebuilt from the file.
  const shape = memoryBackend({ capabilities: options.capabilities ?? {} });
  // Calls from this process queue up, so they do not spin on their own lock.
  let queue: Promise<unknown> = Promise.resolve();

  let where: { node: NodeFs; path: string } | undefined;
  const locate = async (): Promise<{ node: NodeFs; path: string }> => {
    if (where) return where;
    const node = await nodeFs();
    const path = node.resolve(options.path);
    const dir = node.dirname(path);
    const dirStat = await node.fs.stat(dir).catch(() => undefined);
    if (!dirStat?.isDirectory()) {
      throw new ValidationError([{ path: ['options', 'path'], message: `the directory of the ticket store does not exist: ${dir} (create it first)`, code: 'invalid_store' }]);
    }
    where = { node, path };
    return where;
  };

  const read = async ({ node, path }: { node: NodeFs; path: string }): Promise<MemoryState> => {
    let text: string;
    try {
      text = await node.fs.readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return EMPTY;
      if (code === 'EISDIR') throw new ValidationError([{ path: ['options', 'path'], message: `${path} is a directory, not a ticket store file`, code: 'invalid_store' }]);
      if (code === 'EACCES' || code === 'EPERM') throw new ValidationError([{ path: ['options', 'path'], message: `${path} cannot be read (permission denied)`, code: 'invalid_store' }]);
      throw error;
    }
    return parseStore(text, path);
  };

  const write = async ({ node, path }: { node: NodeFs; path: string }, state: MemoryState): Promise<void> => {
    const temp = `${path}.${process.pid}.${globalThis.crypto.randomUUID()}.tmp`;
    const handle = await node.fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(formatStore(state));
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await node.fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    await node.fs.rename(temp, path);
    // Persist the rename itself; not every platform can open a directory, so this is best-effort.
    const dir = await node.fs.open(node.dirname(path), 'r').catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
  };

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** One operation on a memory backend loaded from the file; written back under the lock if it changed anything. */
  const operate = (method: Method, writes: boolean, args: unknown[]): Promise<unknown> =>
    serial(async () => {
      const at = await locate();
      const once = async (): Promise<unknown> => {
        let changed: MemoryState | undefined;
        const initial = await read(at);
        let memory: ReturnType<typeof memoryBackend>;
        try {
          memory = memoryBackend({
            initial,
            ...(options.now ? { now: options.now } : {}),
            ...(options.capabilities ? { capabilities: options.capabilities } : {}),
            onChange: (state) => {
              changed = state;
            },
          });
        } catch (error) {
          // An event the memory backend refuses (e.g. in `timelines`): the file's problem, named as such.
          if (!isValidationError(error)) throw error;
          throw new ValidationError([{ path: ['options', 'path'], message: `${at.path} is not a walletdesk ticket store: ${error.message}`, code: 'invalid_store' }]);
        }
        const result = await (memory[method] as (...a: unknown[]) => Promise<unknown>)(...args);
        if (changed) await write(at, changed);
        return result;
      };
      // Reads need no lock: the rename makes every version of the file whole.
      return writes ? withFileLock(at.node, `${at.path}.lock`, lock, once) : once();
    });

  return {
    name: 'file',
    capabilities: shape.capabilities,
    create: (input, callOptions) => operate('create', true, [input, callOptions]) as ReturnType<TicketBackend['create']>,
    get: (id) => operate('get', false, [id]) as ReturnType<TicketBackend['get']>,
    update: (id, patch) => operate('update', true, [id, patch]) as ReturnType<TicketBackend['update']>,
    addComment: (id, comment) => operate('addComment', true, [id, comment]) as ReturnType<TicketBackend['addComment']>,
    listComments: (id) => operate('listComments', false, [id]) as ReturnType<TicketBackend['listComments']>,
    list: (query) => operate('list', false, [query]) as ReturnType<TicketBackend['list']>,
    rate: (id, rating) => operate('rate', true, [id, rating]) as Promise<Awaited<ReturnType<NonNullable<TicketBackend['rate']>>>>,
    timeline: (id) => operate('timeline', false, [id]) as Promise<Awaited<ReturnType<NonNullable<TicketBackend['timeline']>>>>,
    logContact: (id, attempt) => operate('logContact', true, [id, attempt]) as Promise<Awaited<ReturnType<NonNullable<TicketBackend['logContact']>>>>,
    exportState: () => serial(async () => read(await locate())),
  };
}
