/** The kinds of personal data `findPii` can detect. */
export type PiiKind = 'card' | 'cn_id' | 'phone' | 'email' | 'bank_account' | 'cvv' | 'otp' | 'password' | 'iban' | 'ip';

/** Every {@link PiiKind}, in the order overlaps are resolved (earlier = more specific, wins). */
export const PII_KINDS: readonly PiiKind[] = ['card', 'iban', 'cn_id', 'email', 'bank_account', 'phone', 'ip', 'cvv', 'otp', 'password'];

/** Kinds that are secrets: never shown in part, and every repeat of a found value is found too. */
export const SECRET_KINDS: ReadonlySet<PiiKind> = new Set<PiiKind>(['cvv', 'otp', 'password']);

/** One detected item. `start`/`end` are UTF-16 indices into the original text; `value` is `text.slice(start, end)`. */
export interface Finding {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
  /** 0..1: checksummed kinds are high, context-only kinds lower. */
  confidence: number;
}

/** A detector's candidate: a span of the prepared text (not yet of the original). */
export interface Candidate {
  kind: PiiKind;
  start: number;
  end: number;
  confidence: number;
}
