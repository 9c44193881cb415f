/**
 * Official contact channels of digital wallets, and a checker for fake ones.
 *
 * - A built-in, sourced {@link builtinDirectory} of wallets and their channels (every fact with a
 *   source URL and checked date), extendable with {@link createDirectory} and refreshable from a
 *   URL with {@link loadDirectory}.
 * - {@link findChannels}: how do I reach this wallet's real support, for this problem, here, now?
 * - {@link verifyContact}: is this number / link / message really from them? A verdict plus
 *   reasons in Chinese and English.
 * - {@link escalationPath}: support did not solve it — senior agent, written complaint, official
 *   social account, then the regulator, with the date the regulator accepts the complaint.
 *
 * ```ts
 * import { findChannels, verifyContact } from 'walletdesk/channels';
 * verifyContact('1-8OO-555-O199', { wallet: 'cashapp' }).verdict; // 'suspicious'
 * findChannels({ wallet: 'alipay', category: 'account_compromise', at: new Date() })[0]?.channel.value;
 * ```
 *
 * @module
 */

export type { Verdict } from './check-context.js';
export type { ContactFinding } from './check-text.js';
export type { CallDirection } from './check-callback.js';
export { builtinDirectory, type CreateDirectoryOptions, createDirectory, type Directory, getWallet, listWallets } from './directory.js';
export {
  type BilingualText,
  type ContactAttempt,
  contactAttemptSchema,
  ESCALATION_RUNGS,
  type EscalationPathOptions,
  type EscalationReason,
  type EscalationReasonCode,
  type EscalationRung,
  type EscalationStep,
  escalationPath,
} from './escalation.js';
export {
  type Availability,
  CHANNEL_CATEGORIES,
  type ChannelCategory,
  type FindChannelsOptions,
  findChannels,
  type RankedChannel,
  URGENT_CATEGORIES,
} from './find-channels.js';
export { channelSchedule } from './channel-schedule.js';
export {
  createMemoryDirectoryCache,
  type DirectoryCache,
  type DirectoryCacheEntry,
  type LoadDirectoryOptions,
  type LoadedDirectory,
  loadDirectory,
  type MemoryDirectoryCache,
} from './load-directory.js';
export { normalizePhoneNumber } from './phone-number.js';
export type { PreparedText } from '../_internal/text/prepared-text.js';
export { REASON_CODES, type Reason, type ReasonCode, type ReasonLocale, type ReasonSeverity } from './reasons.js';
export {
  CHANNEL_KINDS,
  CHANNEL_PURPOSES,
  type Channel,
  type ChannelHours,
  type ChannelKind,
  type ChannelPurpose,
  channelHoursSchema,
  channelSchema,
  type DirectoryData,
  type DirectoryInput,
  directorySchema,
  type Eligibility,
  eligibilitySchema,
  NEVER_ASKS,
  type NeverAsk,
  neverAskSchema,
  REGULATOR_KINDS,
  type Regulator,
  regulatorSchema,
  type Supervisor,
  supervisorSchema,
  type UnverifiedContact,
  unverifiedContactSchema,
  type Wallet,
  WEEKDAYS,
  type Weekday,
  walletSchema,
} from './schema.js';
export { type ContactKind, type ContactVerification, detectKind, MAX_CONTACT_LENGTH, MAX_TEXT_SCAN, type VerifyContactOptions, verifyContact } from './verify-contact.js';
