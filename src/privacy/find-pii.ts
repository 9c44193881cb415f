import { validate } from '../_internal/validate.js';
import { probe } from '../_internal/probe.js';
import { detectCards } from './detect-cards.js';
import { detectContacts } from './detect-contacts.js';
import { detectIds } from './detect-ids.js';
import { detectPhones } from './detect-phones.js';
import { detectSecrets, repeatsOf } from './detect-secrets.js';
import { readForDetectors } from './normalize.js';
import { isPreparedText, type PreparedText } from '../_internal/text/prepared-text.js';
import { findOptionsSchema, textSchema } from './options.js';
import { type Candidate, type Finding, PII_KINDS, type PiiKind } from './types.js';

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

const rank = (k: PiiKind) => PII_KINDS.indexOf(k);

/** Overlaps: the more specific kind wins, then the longer span, then the earlier start. */
function resolve(candidates: Candidate[], length: number): Candidate[] {
  candidates.sort((a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

/**
 * Finds personal data in `text`. Overlapping candidates are resolved deterministically: the more
 * specific kind wins (order of `PII_KINDS`), then the longer span, then the earlier start.
 * Offsets are UTF-16 indices into the original string, even when it contains full-width digits.
 * Throws a ValidationError naming `text` or `options.kinds` on bad input. `text` is a string, or
 * a {@link PreparedText} that `walletdesk/triage` made (then it is not validated again).
 *
 * @example
 * ```ts
 * import { findPii } from 'walletdesk/privacy';
 * findPii('call 13812345678').map((f) => [f.kind, f.start, f.end]); // => [['phone', 5, 16]]
 * findPii('验证码是 482913').map((f) => f.value); // => ['482913']
 * findPii('call (415) 555-0132', { locale: 'zh' }); // => []
 * ```
 */
export function findPii(text: string | PreparedText, options?: FindPiiOptions): Finding[] {
  const given = readPiiText(text);
  return findPiiIn(given, validate(findOptionsSchema, options, ['options']));
}

/**
 * The text of a {@link findPii} or `redact` argument: a string (validated here, naming `text`) or
 * a text walletdesk has already prepared and validated.
 */
export function readPiiText(text: string | PreparedText): string {
  if (isPreparedText(text)) return text.text;
  validate(textSchema, text, ['text']);
  probe('validate-text');
  return text;
}

/** {@link findPii} on a text and options already validated (redact reads them once, then calls this). */
export function findPiiIn(text: string, opts: { kinds?: PiiKind[] | undefined; locale?: 'zh' | 'en' | undefined } | undefined): Finding[] {
  if (text.length === 0) return [];
  const wanted = new Set<PiiKind>(opts?.kinds ?? PII_KINDS);
  probe('privacy-text');
  const { norm, map } = readForDetectors(text);
  const candidates = [...detectCards(norm), ...detectIds(norm), ...detectContacts(norm), ...detectPhones(norm, opts?.locale ?? 'any'), ...detectSecrets(norm)];
  const first = resolve(candidates, norm.length);
  // A second round: every copy of a secret found in the first is a secret too.
  const repeats = repeatsOf(norm, first);
  const claimed = repeats.length > 0 ? resolve([...first, ...repeats], norm.length) : first;
  const kept: Finding[] = [];
  for (const c of claimed) {
    // A lower-ranked kind still claims its span, so filtering by kind never exposes a weaker reading.
    if (!wanted.has(c.kind)) continue;
    const { start, end } = map(c.start, c.end);
    kept.push({ kind: c.kind, start, end, value: text.slice(start, end), confidence: c.confidence });
  }
  return kept.sort((a, b) => a.start - b.start);
}
