/**
 * Node's file system, loaded on first use: the `walletdesk/tickets` entry must still load in a
 * browser, where only `fileBackend` itself (when called) needs Node.
 */
export interface NodeFs {
  fs: typeof import('node:fs/promises');
  hostname: string;
  dirname: (path: string) => string;
  resolve: (path: string) => string;
}

let loading: Promise<NodeFs> | undefined;

/** The modules, imported once per process. */
export function nodeFs(): Promise<NodeFs> {
  loading ??= Promise.all([import('node:fs/promises'), import('node:os'), import('node:path')]).then(([fs, os, path]) => ({
    fs,
    hostname: os.hostname(),
    dirname: path.dirname,
    resolve: path.resolve,
  }));
  return loading;
}
