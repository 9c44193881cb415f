import { validate } from '../_internal/validate.js';
import { findPiiIn, readPiiText } from './find-pii.js';
import { keepLastSchema, maskedFindingSchema, redactOptionsSchema } from './options.js';
import type { PreparedText } from '../_internal/text/prepared-text.js';
import { type Finding, type PiiKind, SECRET_KINDS } from './types.js';

/** Options for {@link redact}. */
export interface RedactOptions {
  /** Only redact these kinds (default: all). */
  kinds?: PiiKind[];
  /** The text's locale, as for {@link findPii}: which national phone formats are read (both when left out). */
  locale?: 'zh' | 'en';
  /** Custom mask; if given, idempotence of `redact` is up to it. */
  mask?: (finding: Finding) => string;
  /** Digits/characters of the value to keep at the end, 0–4 (default 4 for card, bank_account, iban; 0 otherwise). Never applied to secrets (cvv, otp, password). */
  keepLast?: number;
}

/** Result of {@link redact}. */
export interface RedactResult {
  text: string;
  findings: Finding[];
}

const KEEP_DEFAULT: Record<PiiKind, number> = { card: 4, bank_account: 4, iban: 4, cn_id: 0, phone: 0, email: 0, ip: 0, cvv: 0, otp: 0, password: 0 };

/**
 * The default mask: `[kind]`, or `[kind ••••1234]` when a tail is kept. Masks contain no run of
 * more than four digits and no keyword-then-digits shape, so they are never detected again.
 * `keepLast` is 0–4, as in {@link RedactOptions}; anything else, or a finding without a known
 * `kind` and a string `value`, is a `ValidationError` naming the field.
 *
 * @example
 * ```ts
 * import { defaultMask } from 'walletdesk/privacy';
 * defaultMask({ kind: 'card', start: 0, end: 16, value: '4111111111111111', confidence: 1 }, 4); // => '[card ••••1111]'
 * ```
 */
export function defaultMask(finding: Finding, keepLast: number): string {
  return mask(validate(maskedFindingSchema, finding, ['finding']), validate(keepLastSchema, keepLast, ['keepLast']));
}

/** {@link defaultMask} on a finding `redact` made itself, so nothing to check. */
function mask(finding: Pick<Finding, 'kind' | 'value'>, keepLast: number): string {
  const keep = SECRET_KINDS.has(finding.kind) ? 0 : keepLast;
  if (keep === 0) return `[${finding.kind}]`;
  const tail = finding.value.replace(/[^0-9A-Za-z]/g, '').slice(-keep);
  return `[${finding.kind} ••••${tail}]`;
}

/**
 * Replaces every finding with a mask; text outside findings is unchanged, and `redact(redact(x).text)`
 * changes nothing more when the default mask is used. `input` is a string, or a {@link PreparedText}
 * that `walletdesk/triage` made (then it is not validated again).
 *
 * @example
 * ```ts
 * import { redact } from 'walletdesk/privacy';
 * redact('card 4111 1111 1111 1111 ok').text; // => 'card [card ••••1111] ok'
 * redact('密码 abc123').text; // => '密码 [password]'
 * ```
 */
export function redact(input: string | PreparedText, options?: RedactOptions): RedactResult {
  const text = readPiiText(input);
  const opts = validate(redactOptionsSchema, options, ['options']);
  const findings = findPiiIn(text, opts);
  let out = '';
  let cursor = 0;
  for (const f of findings) {
    out += text.slice(cursor, f.start);
    out += options?.mask ? options.mask(f) : mask(f, opts?.keepLast ?? KEEP_DEFAULT[f.kind]);
    cursor = f.end;
  }
  out += text.slice(cursor);
  return { text: out, findings };
}
