/**
 * An inter-process lock beside the store file (`<file>.lock`), in the manner of proper-lockfile
 * but with no dependency: the lock file is created with O_EXCL (`wx`), which only one process can
 * win, and holds its owner's pid, host and a random token. A lock is stale when its owner process
 * on this host is gone (a `kill -9`) or it is older than `staleMs` (any host). A stale lock is
 * renamed away, which only one waiter can do, and checked to be the one judged stale; a fresh lock
 * taken by mistake is linked back (link never overwrites).
 */
import { TimeoutError } from '../../../errors/index.js';
import { sleep } from '../../../_internal/sleep.js';
import type { NodeFs } from './node-fs.js';

/** Lock timing. */
export interface LockOptions {
  /** A lock older than this is taken over even if its owner looks alive (default 30 000 ms). */
  staleMs: number;
  /** Give up waiting after this long with a TimeoutError (default 30 000 ms). */
  waitMs: number;
}

interface Owner {
  pid: number;
  host: string;
  token: string;
  at: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(node: NodeFs, lockPath: string): Promise<{ text: string; owner: Owner | undefined; mtimeMs: number } | undefined> {
  try {
    const [text, stat] = await Promise.all([node.fs.readFile(lockPath, 'utf8'), node.fs.stat(lockPath)]);
    let owner: Owner | undefined;
    try {
      owner = JSON.parse(text) as Owner;
    } catch {
      owner = undefined; // written half-way when its owner died: judged by age alone
    }
    return { text, owner, mtimeMs: stat.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isStale(node: NodeFs, seen: { owner: Owner | undefined; mtimeMs: number }, options: LockOptions): boolean {
  if (Date.now() - seen.mtimeMs > options.staleMs) return true;
  const owner = seen.owner;
  if (owner === undefined) return Date.now() - seen.mtimeMs > 2_000;
  return owner.host === node.hostname && owner.pid !== process.pid && !alive(owner.pid);
}

/** Removes a stale lock if it is still the one judged stale. */
async function breakStale(node: NodeFs, lockPath: string, staleText: string): Promise<void> {
  const aside = `${lockPath}.stale-${process.pid}-${globalThis.crypto.randomUUID()}`;
  try {
    await node.fs.rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // another waiter broke it first
    throw error;
  }
  const moved = await node.fs.readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) {
    // Another waiter broke the stale lock and took a fresh one between our read and our rename: give it back.
    await node.fs.link(aside, lockPath).catch(() => undefined);
  }
  await node.fs.unlink(aside).catch(() => undefined);
}

/**
 * Runs `body` holding the lock on `lockPath`; always releases it (only if still ours). Waits with
 * jittered backoff while another live process holds it.
 */
export async function withFileLock<T>(node: NodeFs, lockPath: string, options: LockOptions, body: () => Promise<T>): Promise<T> {
  const owner: Owner = { pid: process.pid, host: node.hostname, token: globalThis.crypto.randomUUID(), at: Date.now() };
  const text = JSON.stringify(owner);
  const started = Date.now();
  let pause = 2;
  for (;;) {
    try {
      const handle = await node.fs.open(lockPath, 'wx');
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = await readOwner(node, lockPath);
    if (seen && isStale(node, seen, options)) {
      await breakStale(node, lockPath, seen.text);
      continue;
    }
    if (Date.now() - started > options.waitMs) {
      const by = seen?.owner ? ` by process ${seen.owner.pid} on ${seen.owner.host}` : '';
      throw new TimeoutError(`The ticket store is locked${by}; waited ${options.waitMs} ms for ${lockPath}`, { timeoutMs: options.waitMs });
    }
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 50);
  }
  try {
    return await body();
  } finally {
    const now = await node.fs.readFile(lockPath, 'utf8').catch(() => undefined);
    if (now === text) await node.fs.unlink(lockPath).catch(() => undefined);
  }
}
