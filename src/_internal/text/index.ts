/**
 * @module
 * walletdesk's one text pipeline (internal, never exported from the package). Every module that
 * reads user text (channels, classifier, triage) takes its normalisation, its traditional →
 * simplified table, its language detection and its scan limits from here, so a fix lands
 * everywhere at once. Privacy's detectors read a preparation that maps back to the caller's
 * offsets (src/privacy/normalize.ts); `toSimplified` keeps offsets, so it can join that too.
 *
 * The API, all pure and total on strings:
 *
 * - `foldText(text)`: NFKC, lower case, traditional → simplified, over the whole text. For
 *   pattern matching (scam phrases, wallet names). The length may change.
 * - `normalizeText(text)`: `foldText` of the first `MAX_TEXT_LENGTH` (2,000) code units: what the
 *   classifier reads. Public as `walletdesk/classifier`'s `normalizeText`.
 * - `toSimplified(text)`: traditional → simplified only, one code unit for one, so offsets keep.
 * - `detectLanguage(text)`: `'zh'` when the text has a Han character, else `'en'`.
 * - `headOf(text, limit)` and `MAX_TEXT_LENGTH`: scan limits.
 * - `prepareText(text)`: the head, its normalised form and its language in one value, for a
 *   caller that validates a message once and hands it to several readers (triage).
 *
 * The conversion table is generated from OpenCC (opencc-js, a dev dependency only) by
 * `scripts/simplified-table.ts`; `--check` fails when it is stale. It maps characters, not
 * phrases: 2,977 one-to-one pairs, walletdesk's folds 帳/帐 → 账 and 螢 → 屏 included;
 * Cantonese 係 is left to the classifier's word-level folding.
 */
import { type TextLanguage, detectLanguage } from './language.js';
import { headOf, MAX_TEXT_LENGTH } from './limits.js';
import { normalizeText } from './normalize.js';

export { detectLanguage, type TextLanguage } from './language.js';
export { headOf, MAX_TEXT_LENGTH } from './limits.js';
export { foldText, normalizeText } from './normalize.js';
export { toSimplified } from './to-simplified.js';

/** A help request read once: what every reader of it needs. */
export interface PreparedText {
  /** The first {@link MAX_TEXT_LENGTH} code units of the text, as written. */
  readonly head: string;
  /** `normalizeText(text)`: NFKC, lower case, simplified. */
  readonly normalized: string;
  /** Detected from the normalised head. */
  readonly language: TextLanguage;
}

/** Reads a text once into the {@link PreparedText} the classifier, urgency and triage share. */
export function prepareText(text: string): PreparedText {
  const head = headOf(text, MAX_TEXT_LENGTH);
  const normalized = normalizeText(head);
  return { head, normalized, language: detectLanguage(normalized) };
}
