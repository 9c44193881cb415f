/**
 * Loads a newer copy of the directory from a URL (your CDN, a GitHub raw file) with ky:
 * `ETag` / `If-None-Match` revalidation through a pluggable cache, a timeout, and schema
 * validation. A bad remote file (unreachable, HTTP error, not JSON, fails the schema) never
 * replaces a good one: the last good copy, or the built-in directory, stays in use and the
 * error is returned alongside it.
 */
import ky from 'ky';
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { errorFromResponse, isWalletdeskError, TimeoutError, ValidationError, WalletdeskError } from '../errors/index.js';
import { builtinDirectory, createDirectory, type Directory } from './directory.js';
import type { DirectoryInput } from './schema.js';

/** What a cache keeps for one URL: the last good file and its ETag. */
export interface DirectoryCacheEntry {
  /** The ETag the server sent with the file. */
  etag?: string;
  /** The raw JSON of the last good file. */
  data: unknown;
}

/** Where {@link loadDirectory} keeps the last good copy (memory, a file, unstorage, …). */
export interface DirectoryCache {
  /** The last good copy stored for `url`, if any. */
  get(url: string): DirectoryCacheEntry | undefined | Promise<DirectoryCacheEntry | undefined>;
  /** Stores a good copy for `url`. */
  set(url: string, entry: DirectoryCacheEntry): void | Promise<void>;
}

/** A {@link DirectoryCache} held in memory; its `get` is synchronous. */
export interface MemoryDirectoryCache extends DirectoryCache {
  /** The last good copy stored for `url`, if any (synchronously). */
  get(url: string): DirectoryCacheEntry | undefined;
  /** Stores a good copy for `url`. */
  set(url: string, entry: DirectoryCacheEntry): void;
}

/** Options for {@link loadDirectory}. */
export interface LoadDirectoryOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** A fetch implementation (default: the global `fetch`). */
  fetch?: typeof fetch;
  /** Keeps the last good copy and its ETag between calls. */
  cache?: DirectoryCache;
  /** Merge the loaded wallets into this directory instead of replacing it (see `createDirectory`). */
  extend?: Directory;
  /** What to use when the remote file is bad and nothing good is cached (default: the built-in directory; `null` to throw). */
  fallback?: Directory | null;
}

/** The result of {@link loadDirectory}. */
export interface LoadedDirectory {
  /** The directory to use: the new file, the cached one, or the fallback. */
  directory: Directory;
  /** `updated`: a new file was loaded. `not-modified`: the cached copy is current. `fallback`: the remote file was bad. */
  status: 'updated' | 'not-modified' | 'fallback';
  /** The ETag of the file in use, when known. */
  etag?: string;
  /** Why the remote file was not used (status `fallback`). */
  error?: WalletdeskError;
}

const optionsSchema = z.object({
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  fetch: z.custom<typeof fetch>((f) => typeof f === 'function', 'Expected a fetch function').optional(),
  cache: z
    .custom<DirectoryCache>((c) => typeof c === 'object' && c !== null && typeof (c as DirectoryCache).get === 'function' && typeof (c as DirectoryCache).set === 'function', 'Expected { get, set }')
    .optional(),
  extend: z.custom<Directory>((d) => typeof d === 'object' && d !== null && typeof (d as Directory).findWallet === 'function').optional(),
  fallback: z
    .custom<Directory>((d) => typeof d === 'object' && d !== null && typeof (d as Directory).findWallet === 'function')
    .nullable()
    .optional(),
});

/**
 * A cache that keeps entries in memory for the life of the process.
 *
 * @example
 * ```ts
 * import { createMemoryDirectoryCache } from 'walletdesk/channels';
 * const cache = createMemoryDirectoryCache();
 * cache.set('https://example.com/d.json', { etag: '"v1"', data: {} });
 * cache.get('https://example.com/d.json')?.etag; // => '"v1"'
 * ```
 */
export function createMemoryDirectoryCache(): MemoryDirectoryCache {
  const entries = new Map<string, DirectoryCacheEntry>();
  return {
    get: (url) => entries.get(url),
    set: (url, entry) => {
      entries.set(url, entry);
    },
  };
}

function tryCreate(data: unknown, extend: Directory | undefined): Directory | undefined {
  try {
    return createDirectory(data as DirectoryInput, extend ? { extend } : {});
  } catch {
    return undefined;
  }
}

/**
 * Loads a directory file from `url`, validated by the directory schema. With a `cache`, sends
 * `If-None-Match` and reuses the cached copy on `304 Not Modified`. Never lets a bad file
 * replace a good one: on any failure the result is the cached copy or the fallback, with
 * `status: 'fallback'` and the `error`.
 *
 * @example
 * ```ts
 * import { createMemoryDirectoryCache, loadDirectory } from 'walletdesk/channels';
 * const offline = (async () => new Response('not json', { status: 200 })) as typeof fetch;
 * const result = await loadDirectory('https://example.com/directory.json', {
 *   fetch: offline,
 *   cache: createMemoryDirectoryCache(),
 * });
 * result.status; // => 'fallback'
 * result.error?.code; // => 'VALIDATION_ERROR'
 * result.directory.findWallet('alipay')?.names.en; // => 'Alipay'
 * ```
 */
export async function loadDirectory(url: string, options: LoadDirectoryOptions = {}): Promise<LoadedDirectory> {
  const target = validate(z.url({ protocol: /^https?$/ }), url, ['url']);
  const opts = validate(optionsSchema, options, ['options']);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const cached = opts.cache ? await opts.cache.get(target) : undefined;
  const cachedDirectory = cached ? tryCreate(cached.data, opts.extend) : undefined;

  const fallback = (error: WalletdeskError): LoadedDirectory => {
    if (cachedDirectory) {
      return cached?.etag ? { directory: cachedDirectory, status: 'fallback', etag: cached.etag, error } : { directory: cachedDirectory, status: 'fallback', error };
    }
    const backup = opts.fallback === undefined ? (opts.extend ?? builtinDirectory) : opts.fallback;
    if (backup === null) throw error;
    return { directory: backup, status: 'fallback', error };
  };

  let response: Response;
  try {
    response = await ky.get(target, {
      timeout: timeoutMs,
      retry: 0,
      throwHttpErrors: false,
      headers: cachedDirectory && cached?.etag ? { 'If-None-Match': cached.etag, Accept: 'application/json' } : { Accept: 'application/json' },
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      return fallback(new TimeoutError(`Loading the directory took longer than ${timeoutMs} ms`, { timeoutMs, method: 'GET', url: target, cause: error }));
    }
    return fallback(new WalletdeskError(`Could not load the directory from ${target}: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
  }

  if (response.status === 304 && cachedDirectory) {
    return cached?.etag ? { directory: cachedDirectory, status: 'not-modified', etag: cached.etag } : { directory: cachedDirectory, status: 'not-modified' };
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) return fallback(errorFromResponse(response.status, text, { method: 'GET', url: target }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fallback(new ValidationError([{ path: ['body'], message: 'The directory file is not valid JSON', code: 'invalid_json' }]));
  }
  let directory: Directory;
  try {
    directory = createDirectory(data as DirectoryInput, opts.extend ? { extend: opts.extend } : {});
  } catch (error) {
    if (isWalletdeskError(error)) return fallback(error);
    throw error;
  }
  const etag = response.headers.get('etag') ?? undefined;
  if (opts.cache) await opts.cache.set(target, etag ? { etag, data } : { data });
  return etag ? { directory, status: 'updated', etag } : { directory, status: 'updated' };
}
