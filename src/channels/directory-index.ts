/**
 * Lookup tables built once per directory (and cached) so that verifyContact stays well under a
 * millisecond: phone keys, IVR bases, domain suffixes, user-content hosts and brand terms.
 */
import { parse as parseDomain } from 'tldts';
import { skeleton } from './confusables.js';
import type { Directory } from './directory.js';
import { CALLING_CODES, parsePhone, phoneKeys } from './phone-number.js';
import type { Channel, UnverifiedContact, Wallet } from './schema.js';

/** A phone channel reachable by a lookup key. */
export interface PhoneEntry {
  readonly wallet: Wallet;
  readonly channel: Channel;
  /** The IVR option (`'2'` for `95017-2`). */
  readonly option?: string;
}

/** An unsourced number attributed to a wallet. */
export interface UnverifiedEntry {
  readonly wallet: Wallet;
  readonly contact: UnverifiedContact;
}

/** A user-content host entry: a host suffix, optionally with a path prefix. */
export interface UserContentEntry {
  readonly host: string;
  readonly pathPrefix?: string;
  readonly wallet?: Wallet;
}

/** A term naming a wallet, in a domain label or in text. */
export interface BrandTerm {
  readonly term: string;
  readonly wallet: Wallet;
}

/** An official domain label used for look-alike checks (`paypal` of `paypal.com`). */
export interface OfficialLabel {
  readonly wallet: Wallet;
  readonly domain: string;
  readonly label: string;
  readonly skeleton: string;
  /** A common word (apple, google, wise): only exact look-alikes count, not near misses. */
  readonly generic: boolean;
}

/** Everything verifyContact looks up. */
export interface DirectoryIndex {
  readonly phones: Map<string, PhoneEntry[]>;
  readonly unverifiedPhones: Map<string, UnverifiedEntry[]>;
  readonly emails: Map<string, { wallet: Wallet; channel: Channel }>;
  readonly unverifiedEmails: Map<string, UnverifiedEntry>;
  readonly walletDomains: Array<{ wallet: Wallet; domain: string }>;
  /** Registrable domains of the wallets' own hosts (`qq.com` for `pay.weixin.qq.com`). */
  readonly companyDomains: Map<string, Wallet>;
  readonly userContent: UserContentEntry[];
  readonly shorteners: Set<string>;
  /** Lower-case ASCII brand terms for domain labels, longest first. */
  readonly domainBrands: BrandTerm[];
  /** Brand names as they appear in text (any script), longest first. */
  readonly textBrands: BrandTerm[];
  readonly officialLabels: OfficialLabel[];
  /** Every registrable label of a wallet's domains, generic ones included (`wise`, `apple`, `google`). */
  readonly labelTokens: Map<string, Wallet>;
  /** Distinctive short brand words matched only as whole host tokens (`wechat-pay.support`). */
  readonly brandTokens: Map<string, Wallet>;
}

const cache = new WeakMap<Directory, DirectoryIndex>();

/** Terms too generic to mean a wallet when found inside another word. */
const GENERIC = new Set(['google', 'apple', 'cash', 'square', 'wise', 'ant', 'pay', 'phone', 'card', 'icloud', 'weixin', 'wechat', 'upi', 'tez', 'mynt']);

/** Generic-looking words that still name one wallet when they are a whole token of a host. */
const TOKEN_BRANDS = new Set(['wechat', 'weixin', 'google', 'apple', 'icloud', 'square', 'wise', 'gpay', 'zfb']);

/** The cached index of a directory. */
export function indexOf(directory: Directory): DirectoryIndex {
  let index = cache.get(directory);
  if (!index) {
    index = build(directory);
    cache.set(directory, index);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function channelPhoneKeys(channel: Channel): Array<[string, string | undefined]> {
  const keys: Array<[string, string | undefined]> = [];
  const cc = CALLING_CODES[channel.region];
  if (channel.e164) {
    const digits = channel.e164.slice(1);
    keys.push([`e164:${digits}`, undefined]);
  }
  for (const dial of channel.dial ?? []) {
    const valueDigits = channel.value.replace(/\D/g, '');
    const option = valueDigits.length > dial.length && valueDigits.startsWith(dial) ? valueDigits.slice(dial.length) : undefined;
    keys.push([`nat:${dial}`, option]);
    if (cc) {
      keys.push([`nat:${cc}:${dial}`, option]);
      if (dial.length >= 7) keys.push([`e164:${cc}${dial}`, option]);
    }
  }
  return keys;
}

function build(directory: Directory): DirectoryIndex {
  const phones = new Map<string, PhoneEntry[]>();
  const unverifiedPhones = new Map<string, UnverifiedEntry[]>();
  const emails = new Map<string, { wallet: Wallet; channel: Channel }>();
  const unverifiedEmails = new Map<string, UnverifiedEntry>();
  const walletDomains: Array<{ wallet: Wallet; domain: string }> = [];
  const companyDomains = new Map<string, Wallet>();
  const userContent: UserContentEntry[] = [];
  const domainBrands: BrandTerm[] = [];
  const textBrands: BrandTerm[] = [];
  const officialLabels: OfficialLabel[] = [];
  const labelTokens = new Map<string, Wallet>();
  const brandTokens = new Map<string, Wallet>();

  for (const wallet of directory.wallets) {
    for (const channel of wallet.channels) {
      if (channel.kind === 'phone') {
        for (const [key, option] of channelPhoneKeys(channel)) {
          push(phones, key, option === undefined ? { wallet, channel } : { wallet, channel, option });
        }
      } else if (channel.kind === 'email') {
        emails.set(channel.value.toLowerCase(), { wallet, channel });
      }
    }
    for (const contact of wallet.unverified) {
      if (contact.kind === 'phone') {
        const parsed = parsePhone(contact.value);
        if (parsed) {
          const region = wallet.regions[0] ?? '';
          const cc = CALLING_CODES[region];
          const keys = new Set(phoneKeys(parsed).filter((k) => k.startsWith('e164:') || k.startsWith(`nat:${cc}:`)));
          if (parsed.digits.length <= 6) keys.add(`nat:${parsed.digits}`);
          if (!parsed.international && parsed.digits.startsWith('0') && cc) keys.add(`e164:${cc}${parsed.digits.slice(1)}`);
          for (const key of keys) push(unverifiedPhones, key, { wallet, contact });
        }
      } else if (contact.kind === 'email') {
        unverifiedEmails.set(contact.value.toLowerCase(), { wallet, contact });
      }
    }
    for (const domain of wallet.domains) {
      const host = domain.toLowerCase();
      walletDomains.push({ wallet, domain: host });
      const info = parseDomain(host);
      if (info.domain) {
        if (!companyDomains.has(info.domain)) companyDomains.set(info.domain, wallet);
        const label = info.domainWithoutSuffix ?? '';
        if (label.length >= 2 && !labelTokens.has(label)) labelTokens.set(label, wallet);
        if (label.length >= 4) {
          const generic = GENERIC.has(label);
          officialLabels.push({ wallet, domain: info.domain, label, skeleton: skeleton(label), generic });
          if (!generic) domainBrands.push({ term: label, wallet });
        }
      }
    }
    for (const entry of wallet.userContentHosts) userContent.push({ ...splitHostEntry(entry), wallet });
    const names = [wallet.names.en, wallet.names.zh, ...wallet.names.aliases].filter((n): n is string => Boolean(n));
    for (const name of names) {
      const ascii = name
        .toLowerCase()
        .replace(/\(.*?\)/g, '')
        .replace(/[^a-z0-9]/g, '');
      if (ascii.length >= 4 && !ascii.includes('.')) domainBrands.push({ term: ascii, wallet });
      if (TOKEN_BRANDS.has(ascii) && !brandTokens.has(ascii)) brandTokens.set(ascii, wallet);
      // Each word of a multi-word name (m-pesa → mpesa handled above); "Apple Pay" → applepay.
      // Brackets hold notes, in either width: "云闪付（中国银联）" is written "云闪付" in messages.
      const plain = name.replace(/\s*[(（].*?[)）]\s*/g, ' ').trim();
      for (const part of plain.split(/\s*\/\s*/)) if (part.length >= 2) textBrands.push({ term: part.toLowerCase(), wallet });
    }
  }
  for (const entry of directory.genericUserContentHosts) userContent.push(splitHostEntry(entry));
  const dedupe = (terms: BrandTerm[]) => {
    const seen = new Set<string>();
    return terms
      .filter((t) => !GENERIC.has(t.term) && !seen.has(`${t.wallet.id}|${t.term}`) && seen.add(`${t.wallet.id}|${t.term}`))
      .sort((a, b) => b.term.length - a.term.length);
  };
  return {
    phones,
    unverifiedPhones,
    emails,
    unverifiedEmails,
    walletDomains,
    companyDomains,
    userContent,
    shorteners: new Set(directory.urlShorteners.map((h) => h.toLowerCase())),
    domainBrands: dedupe(domainBrands),
    textBrands: dedupe(textBrands.filter((t) => t.term.length >= 2)),
    officialLabels,
    labelTokens,
    brandTokens,
  };
}

function splitHostEntry(entry: string): { host: string; pathPrefix?: string } {
  const slash = entry.indexOf('/');
  if (slash < 0) return { host: entry.toLowerCase() };
  return { host: entry.slice(0, slash).toLowerCase(), pathPrefix: entry.slice(slash) };
}
