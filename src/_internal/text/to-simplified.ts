/**
 * Traditional → simplified Chinese, character by character, through the one generated table
 * (./simplified-table.ts, built from OpenCC by scripts/simplified-table.ts).
 */
import { SIMPLIFIED_OFFSETS, TRADITIONAL_STEPS } from './simplified-table.js';

let simplifiedOf: Uint16Array | undefined;

// Simplified code unit of each mapped traditional one (0: not mapped). Every pair is in the BMP,
// so a flat table indexed by code unit replaces a Map lookup per character. Built on first use.
function table(): Uint16Array {
  if (simplifiedOf) return simplifiedOf;
  const built = new Uint16Array(0x10000);
  for (const [from, to] of tablePairs()) built[from] = to;
  simplifiedOf = built;
  return built;
}

/** The table's (traditional, simplified) code-unit pairs, decoded from the generated lists. */
export function* tablePairs(): Generator<[number, number]> {
  const steps = TRADITIONAL_STEPS.split(',');
  const offsets = SIMPLIFIED_OFFSETS.split(',');
  let from = 0;
  for (let i = 0; i < steps.length; i++) {
    from += Number.parseInt(steps[i]!, 36);
    yield [from, from - Number.parseInt(offsets[i]!, 36)];
  }
}

/** Replaces every traditional character of the table in `text` by its simplified form; the length is kept. */
export function toSimplified(text: string): string {
  const simplified = table();
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue; // below CJK: nothing to map, and most text is here
    const to = simplified[code]!;
    if (to === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
