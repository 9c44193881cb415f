/**
 * What a prepared text is, and how to tell one: the type and the brand only, with no conversion
 * table behind them, so a module that only receives prepared texts (privacy) does not load it.
 * A module-private set remembers what {@link markPrepared} was given; a look-alike object made
 * anywhere else is not a prepared text (and is refused as a non-string).
 */

/**
 * A text walletdesk has already checked and normalised. `walletdesk/triage` makes one per message
 * and hands it to `classify`, `verifyContact` and `redact`, so the message is validated, normalised
 * and its language detected once. Only walletdesk makes these; your code passes strings.
 */
export interface PreparedText {
  /** The text as given. */
  readonly text: string;
  /** Its first 2,000 characters folded (NFKC, lower case, simplified Chinese): what the classifier reads. */
  readonly normalized: string;
  /** `'zh'` when the normalised text has a Han character, else `'en'`. */
  readonly language: 'zh' | 'en';
}

const made = new WeakSet<object>();

/** Freezes and brands a prepared text; only `prepareText` calls this. */
export function markPrepared(prepared: PreparedText): PreparedText {
  made.add(Object.freeze(prepared));
  return prepared;
}

/** True for a value `prepareText` made (and nothing else). */
export function isPreparedText(value: unknown): value is PreparedText {
  return typeof value === 'object' && value !== null && made.has(value);
}
