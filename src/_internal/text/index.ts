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
 * - `prepareText(text)`: the text, its normalised form and its language in one branded value,
 *   for a caller that validates a message once and hands it to several readers (triage):
 *   `classify`, `verifyContact`, `findPii` and `redact` accept it in place of a string and skip
 *   their own validation and normalisation; `foldedText(prepared)` folds the whole text once.
 *
 * The conversion table is generated from OpenCC (opencc-js, a dev dependency only) by
 * `scripts/simplified-table.ts`; `--check` fails when it is stale. It maps characters, not
 * phrases: 2,977 one-to-one pairs, walletdesk's folds 帳/帐 → 账 and 螢 → 屏 included;
 * Cantonese 係 is left to the classifier's word-level folding.
 */
export { detectLanguage, type TextLanguage } from './language.js';
export { headOf, MAX_TEXT_LENGTH } from './limits.js';
export { foldText, normalizeText } from './normalize.js';
export { foldedText, prepareText } from './prepared.js';
export { isPreparedText, type PreparedText } from './prepared-text.js';
export { toSimplified } from './to-simplified.js';
