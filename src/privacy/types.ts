/** The kinds of personal data `findPii` can detect. */
export type PiiKind = 'card' | 'cn_id' | 'phone' | 'email' | 'bank_account' | 'otp' | 'password' | 'iban' | 'ip';

/** Every {@link PiiKind}, in the order overlaps are resolved (earlier = more specific, wins). */
export const PII_KINDS: readonly PiiKind[] = ['card', 'iban', 'cn_id', 'email', 'bank_account', 'phone', 'ip', 'otp', 'password'];

/** One detected item. `start`/`end` are UTF-16 indices into the original text; `value` is `text.slice(start, end)`. */
export interface Finding {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
  /** 0..1: checksummed kinds are high, context-only kinds lower. */
  confidence: number;
}
