/**
 * The directory of wallets and their official channels: data validated by the zod schema once,
 * at the edge, then looked up by id. The built-in directory ships the project's sourced facts
 * (see `data/directory.ts`); users extend it with their own wallets or replace it entirely.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { NotFoundError } from '../errors/index.js';
import { builtinDirectoryData } from './data/directory.js';
import { type DirectoryData, type DirectoryInput, directorySchema, type Regulator, type Wallet } from './schema.js';

/** A validated, read-only directory of wallets and their official channels. */
export interface Directory {
  /** The date the facts were checked as a whole. */
  readonly retrieved: string;
  /** Every wallet, in file order. */
  readonly wallets: readonly Wallet[];
  /** Hosts where anyone can publish (advisory). */
  readonly genericUserContentHosts: readonly string[];
  /** Link shorteners (advisory). */
  readonly urlShorteners: readonly string[];
  /** Regulators, ombudsmen and dispute bodies, in file order. */
  readonly regulators: readonly Regulator[];
  /** The regulator with this id, or `undefined`. */
  findRegulator(id: string): Regulator | undefined;
  /** The wallet with this id; throws {@link NotFoundError} if there is none. */
  getWallet(id: string): Wallet;
  /** The wallet with this id, or `undefined`. */
  findWallet(id: string): Wallet | undefined;
  /** The ids of every wallet. */
  walletIds(): string[];
  /** The directory as plain data (the schema's output shape), e.g. to save it. */
  toJSON(): DirectoryData;
}

/** Options for {@link createDirectory}. */
export interface CreateDirectoryOptions {
  /**
   * A directory to extend: wallets and regulators in `data` replace the base's entries with the
   * same id, new ids are added, and the host lists are merged. Leave out to replace the base entirely.
   */
  extend?: Directory;
}

/**
 * Builds a directory from plain data, validated by the directory schema. Bad data throws a
 * `ValidationError` naming the field (`wallets[0].channels[1].source`).
 *
 * @example
 * ```ts
 * import { builtinDirectory, createDirectory } from 'walletdesk/channels';
 * const mine = createDirectory(
 *   {
 *     schemaVersion: 1,
 *     retrieved: '2026-11-23',
 *     wallets: [{
 *       id: 'acmepay',
 *       names: { en: 'AcmePay' },
 *       domains: ['acmepay.example'],
 *       regions: ['US'],
 *       channels: [{
 *         id: 'acmepay/phone-1', kind: 'phone', value: '+1-555-010-0000', e164: '+15550100000',
 *         region: 'US', audience: 'consumer', source: 'https://acmepay.example/contact',
 *         sourceKind: 'official_page', checkedAt: '2026-11-23', confidence: 'high',
 *       }],
 *     }],
 *   },
 *   { extend: builtinDirectory },
 * );
 * mine.getWallet('acmepay').names.en; // => 'AcmePay'
 * mine.findWallet('alipay')?.names.zh; // => '支付宝'
 * ```
 */
export function createDirectory(data: DirectoryInput, options: CreateDirectoryOptions = {}): Directory {
  const parsed = validate(directorySchema, data, ['data']);
  const base = options.extend;
  if (!base) return freeze(parsed);
  return freeze({
    schemaVersion: 1,
    retrieved: parsed.retrieved,
    genericUserContentHosts: [...new Set([...base.genericUserContentHosts, ...parsed.genericUserContentHosts])],
    urlShorteners: [...new Set([...base.urlShorteners, ...parsed.urlShorteners])],
    wallets: mergeById(base.wallets, parsed.wallets),
    regulators: mergeById(base.regulators, parsed.regulators),
  });
}

/** The base's entries, each replaced by the one in `own` with the same id, then `own`'s new ids. */
function mergeById<T extends { id: string }>(base: readonly T[], own: readonly T[]): T[] {
  const byId = new Map(own.map((entry) => [entry.id, entry]));
  const known = new Set(base.map((entry) => entry.id));
  return [...base.map((entry) => byId.get(entry.id) ?? entry), ...own.filter((entry) => !known.has(entry.id))];
}

function freeze(data: DirectoryData): Directory {
  const byId = new Map(data.wallets.map((wallet) => [wallet.id, deepFreeze(wallet)]));
  const wallets = Object.freeze([...byId.values()]);
  const regulatorsById = new Map(data.regulators.map((regulator) => [regulator.id, deepFreeze(regulator)]));
  const regulators = Object.freeze([...regulatorsById.values()]);
  return Object.freeze({
    retrieved: data.retrieved,
    wallets,
    genericUserContentHosts: Object.freeze([...data.genericUserContentHosts]),
    urlShorteners: Object.freeze([...data.urlShorteners]),
    regulators,
    findRegulator: (id: string) => regulatorsById.get(id),
    getWallet(id: string): Wallet {
      // The message quotes the id, so a symbol (or anything else) is refused before it is quoted.
      const wallet = byId.get(validate(z.string(), id, ['id']));
      if (!wallet) {
        throw new NotFoundError(`No wallet "${id}" in the directory (known: ${[...byId.keys()].join(', ')})`, { resource: 'wallet', id });
      }
      return wallet;
    },
    findWallet: (id: string) => byId.get(id),
    walletIds: () => [...byId.keys()],
    toJSON: (): DirectoryData => structuredClone({ ...data, wallets: [...wallets], regulators: [...regulators] }) as DirectoryData,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The directory that ships with walletdesk: sourced official channels of 17 wallets (retrieved
 * 2026-11-23). Used by {@link verifyContact} and {@link findChannels} unless you pass your own.
 *
 * @example
 * ```ts
 * import { builtinDirectory } from 'walletdesk/channels';
 * builtinDirectory.getWallet('alipay').channels[0]?.value; // => '95188'
 * ```
 */
export const builtinDirectory: Directory = createDirectory(builtinDirectoryData);

/**
 * The wallet with this id in a directory (the built-in one by default). Throws
 * {@link NotFoundError} for an unknown id.
 *
 * @example
 * ```ts
 * import { getWallet } from 'walletdesk/channels';
 * getWallet('wechatpay').names.zh; // => '微信支付'
 * getWallet('venmo').domains; // => ['venmo.com']
 * ```
 */
export function getWallet(id: string, directory: Directory = builtinDirectory): Wallet {
  validate(z.string(), id, ['id']);
  return validate(directoryArgument, directory, ['directory']).getWallet(id);
}

// A directory from createDirectory (or loadDirectory): checked by shape, since a copy from another bundle is not `instanceof` anything.
const directoryArgument = z.custom<Directory>(
  (d) => typeof d === 'object' && d !== null && typeof (d as Directory).findWallet === 'function' && Array.isArray((d as Directory).wallets),
  'Expected a directory from createDirectory',
);
const listWalletsOptions = z.object({ region: z.string().optional(), directory: directoryArgument.optional() });

/**
 * Every wallet in a directory (the built-in one by default), optionally only those serving a region.
 *
 * @example
 * ```ts
 * import { listWallets } from 'walletdesk/channels';
 * listWallets({ region: 'KE' }).map((w) => w.id); // => ['mpesa']
 * ```
 */
export function listWallets(options: { region?: string; directory?: Directory } = {}): Wallet[] {
  const opts = validate(listWalletsOptions, options, ['options']);
  const directory = opts.directory ?? builtinDirectory;
  const region = opts.region?.toUpperCase();
  return directory.wallets.filter((wallet) => !region || wallet.regions.includes(region));
}
