/** How much of a text each reader looks at: one place for the scan limits. */

/** How many UTF-16 code units of a help request are classified; the rest is ignored. */
export const MAX_TEXT_LENGTH = 2000;

/** The first `limit` UTF-16 code units of `text` (all of it when shorter). */
export function headOf(text: string, limit: number): string {
  return text.length > limit ? text.slice(0, limit) : text;
}
