import { validate } from '../_internal/validate.js';
import { detectCards } from './detect-cards.js';
import { detectContacts } from './detect-contacts.js';
import { detectIds } from './detect-ids.js';
import { detectPhones } from './detect-phones.js';
import { detectSecrets } from './detect-secrets.js';
import { normalizeWidth } from './normalize.js';
import { findOptionsSchema, textSchema } from './options.js';
import { type Finding, PII_KINDS, type PiiKind } from './types.js';

/** Options for {@link findPii}. */
export interface FindPiiOptions {
  /** Only report these kinds (default: all). */
  kinds?: PiiKind[];
  /**
   * The text's locale, for phone numbers written without a country code: `zh` reads mainland
   * landlines (`010-6552 9988`), `en` North American numbers (`(415) 555-0132`); without it both
   * are read. Keywords (验证码, code, 密码, password, 账号, account no.) are always read in both
   * languages, since chats mix them.
   */
  locale?: 'zh' | 'en';
}

/**
 * Finds personal data in `text`. Overlapping candidates are resolved deterministically: the more
 * specific kind wins (order of `PII_KINDS`), then the longer span, then the earlier start.
 * Offsets are UTF-16 indices into the original string, even when it contains full-width digits.
 * Throws a ValidationError naming `text` or `options.kinds` on bad input.
 *
 * @example
 * ```ts
 * import { findPii } from 'walletdesk/privacy';
 * findPii('call 13812345678').map((f) => [f.kind, f.start, f.end]); // => [['phone', 5, 16]]
 * findPii('验证码是 482913').map((f) => f.value); // => ['482913']
 * findPii('call (415) 555-0132', { locale: 'zh' }); // => []
 * ```
 */
export function findPii(text: string, options?: FindPiiOptions): Finding[] {
  validate(textSchema, text, ['text']);
  const opts = validate(findOptionsSchema, options, ['options']);
  if (text.length === 0) return [];
  const wanted = new Set<PiiKind>(opts?.kinds ?? PII_KINDS);
  const norm = normalizeWidth(text);
  const candidates = [
    ...detectCards(norm, text),
    ...detectIds(norm, text),
    ...detectContacts(norm, text),
    ...detectPhones(norm, text, opts?.locale ?? 'any'),
    ...detectSecrets(norm, text),
  ];
  const rank = (k: PiiKind) => PII_KINDS.indexOf(k);
  candidates.sort((a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Finding[] = [];
  for (const f of candidates) {
    let free = true;
    for (let i = f.start; i < f.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    // A lower-ranked kind still claims its span, so filtering by kind never exposes a weaker reading.
    if (wanted.has(f.kind)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
