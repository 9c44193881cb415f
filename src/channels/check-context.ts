/** What every contact check receives and returns. */
import type { Directory } from './directory.js';
import type { DirectoryIndex } from './directory-index.js';
import type { Reason, ReasonLocale, ReasonParams } from './reasons.js';
import type { Channel, Wallet } from './schema.js';

/** Longest input checked as a single phone number, URL or email address. */
export const MAX_CONTACT_LENGTH = 2048;

/** What a single contact is called in reasons (en, zh), e.g. for `input_too_long`. */
export const CONTACT_WORDS: Readonly<Record<'phone' | 'url' | 'email', readonly [string, string]>> = {
  phone: ['phone number', '电话号码'],
  url: ['web address', '网址'],
  email: ['email address', '邮箱地址'],
};

/** The verdict of a check. */
export type Verdict = 'official' | 'suspicious' | 'unknown';

/** Inputs shared by the phone, URL, email and text checks. */
export interface CheckContext {
  readonly directory: Directory;
  readonly index: DirectoryIndex;
  readonly locale: ReasonLocale;
  /** The wallet the contact is presented as (the `wallet` option, or named in a message). */
  readonly claimed?: Wallet;
  readonly region?: string;
}

/** The result of checking one contact. */
export interface CheckResult {
  verdict: Verdict;
  wallet?: Wallet;
  channel?: Channel;
  reasons: Reason[];
}

/** Names of a wallet for messages. */
export function walletParams(wallet: Wallet | undefined): Pick<ReasonParams, 'wallet' | 'walletZh'> {
  if (!wallet) return {};
  return { wallet: wallet.names.en, walletZh: wallet.names.zh ?? wallet.names.en };
}

/** Names of another wallet for messages (`other`). */
export function otherParams(wallet: Wallet): Pick<ReasonParams, 'other' | 'otherZh'> {
  return { other: wallet.names.en, otherZh: wallet.names.zh ?? wallet.names.en };
}

/** A result with the wallet when there is one. */
export function withWallet(verdict: CheckResult['verdict'], wallet: Wallet | undefined, reasons: Reason[]): CheckResult {
  return wallet ? { verdict, wallet, reasons } : { verdict, reasons };
}
