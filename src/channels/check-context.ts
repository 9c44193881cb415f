/** What every contact check receives and returns. */
import type { Directory } from './directory.js';
import type { DirectoryIndex } from './directory-index.js';
import type { Reason, ReasonLocale, ReasonParams } from './reasons.js';
import type { Channel, Wallet } from './schema.js';

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
