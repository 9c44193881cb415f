/**
 * A help request read once: validated, normalised and its language detected, then handed to every
 * reader (the classifier, the contact check, redaction) instead of each reading it again.
 */
import { probe } from '../probe.js';
import { detectLanguage } from './language.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import { foldText, normalizeText } from './normalize.js';
import { markPrepared, type PreparedText } from './prepared-text.js';

const folds = new WeakMap<PreparedText, string>();

/** Reads `text` (already known to be a string) once into a {@link PreparedText}. */
export function prepareText(text: string): PreparedText {
  probe('prepare-text');
  probe('fold-text');
  const normalized = normalizeText(text);
  probe('detect-language');
  return markPrepared({ text, normalized, language: detectLanguage(normalized) });
}

/**
 * `foldText` of the whole prepared text, computed at most once: for a text of up to 2,000
 * characters it is the normalised form already there.
 */
export function foldedText(prepared: PreparedText): string {
  if (prepared.text.length <= MAX_TEXT_LENGTH) return prepared.normalized;
  let folded = folds.get(prepared);
  if (folded === undefined) {
    probe('fold-text');
    folded = foldText(prepared.text);
    folds.set(prepared, folded);
  }
  return folded;
}
