/**
 * The normalisations walletdesk applies before reading a text: Unicode NFKC (full-width letters,
 * digits and punctuation become half-width), lower case, traditional → simplified Chinese.
 */
import { z } from 'zod';
import { validate } from '../validate.js';
import { headOf, MAX_TEXT_LENGTH } from './limits.js';
import { toSimplified } from './to-simplified.js';

const ASCII = /^[\x00-\x7f]*$/;

/** NFKC, lower case and traditional → simplified, over the whole text (the length may change). */
export function foldText(text: string): string {
  // Plain ASCII (most English text) needs no Unicode folding.
  if (ASCII.test(text)) return text.toLowerCase();
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/**
 * Normalises a help request for classification: keeps the first {@link MAX_TEXT_LENGTH}
 * characters, applies NFKC (full-width → half-width), lower-cases, and maps traditional Chinese
 * characters to simplified ones (OpenCC's character table).
 *
 * @example
 * ```ts
 * import { normalizeText } from 'walletdesk/classifier';
 * normalizeText('我的帳戶被盜了'); // => '我的账户被盗了'
 * normalizeText('ＴＯＰ－ＵＰ'); // => 'top-up'
 * ```
 */
export function normalizeText(text: string): string {
  // Public as walletdesk/classifier's normalizeText: a wrong type is a ValidationError on `text`.
  // The check costs nothing on the hot path, where the text is always a string.
  if (typeof text !== 'string') validate(z.string(), text, ['text']);
  return foldText(headOf(text, MAX_TEXT_LENGTH));
}

