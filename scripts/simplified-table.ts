// Generates src/_internal/text/simplified-table.ts, walletdesk's one traditional → simplified
// Chinese character table, from OpenCC's dictionaries as packaged by opencc-js (a dev dependency
// only: the package ships the generated table, not opencc-js).
//
//   npx tsx scripts/simplified-table.ts          write the table
//   npx tsx scripts/simplified-table.ts --check  fail if the committed table differs from a fresh one
//
// What goes in: every one-to-one character mapping of OpenCC's TSCharacters (traditional →
// simplified, the dictionary of OpenCC's t2s), plus the Taiwan and Hong Kong variant characters
// (TWVariantsRev, HKVariantsRev: 裡 → 裏, 衞 → 衛, then TSCharacters) so that the tw2s and hk2s
// inputs fold too. Left out, because a flat per-code-unit table cannot hold them: mappings where
// either side is outside the Basic Multilingual Plane, and variant mappings whose source is itself
// a simplified character (OpenCC's tw2s turns 么 into 幺 character by character; as a table that
// would break 什么). Phrase-level conversion (螢幕 → 屏幕) is not a character mapping and is
// out of scope: the table is applied character by character, except for the few folds in
// WALLETDESK_FOLDS below.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TABLE_FILE = resolve(root, 'src/_internal/text/simplified-table.ts');

function parse(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, first] = entry.split(' ');
    if (from && first && !map.has(from)) map.set(from, first); // the first candidate is OpenCC's default
  }
  return map;
}

/**
 * walletdesk's own folds, applied over OpenCC's. OpenCC maps 帳 to 帐, but wallet help requests,
 * the scam patterns and the training corpus write the account word as 账户 (帐户 is the older
 * form of the same word), so 帳 and 帐 both fold to 账. 螢 is 萤 (firefly) in OpenCC's character
 * table, but in help requests and scam scripts it is the 螢幕 of "screen sharing", which OpenCC
 * converts to 屏幕 as a phrase.
 */
const WALLETDESK_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['帳', '账'],
  ['帐', '账'],
  ['螢', '屏'],
];

/**
 * Characters left as written. Cantonese 係 is "is" (是), while in 關係 it is the 系 of "relation";
 * a character table cannot tell them apart, so the classifier's variant folding
 * (src/classifier/zh-variants.ts) decides by the word.
 */
const KEPT_AS_WRITTEN: ReadonlySet<string> = new Set(['係']);

const isBmpChar = (s: string): boolean => s.length === 1 && !(s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdfff);

/** The table as a string of (traditional, simplified) code-unit pairs, sorted by traditional code. */
export function generatePairs(): string {
  const ts = parse(tsCharacters);
  const simplifiedChars = new Set(ts.values());
  const mapping = new Map<string, string>();
  for (const [from, to] of ts) if (isBmpChar(from) && isBmpChar(to) && from !== to) mapping.set(from, to);
  for (const variants of [parse(twVariantsRev), parse(hkVariantsRev)]) {
    for (const [from, standard] of variants) {
      if (mapping.has(from) || simplifiedChars.has(from) || !isBmpChar(from)) continue;
      const to = ts.get(standard) ?? standard;
      if (isBmpChar(to) && to !== from) mapping.set(from, to);
    }
  }
  for (const [from, to] of WALLETDESK_FOLDS) mapping.set(from, to);
  for (const kept of KEPT_AS_WRITTEN) mapping.delete(kept);
  // toSimplified skips every code unit below U+3400 without a lookup.
  for (const from of mapping.keys()) if (from.charCodeAt(0) < 0x3400) throw new Error(`table source ${from} is below U+3400`);
  return [...mapping]
    .sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
    .map(([from, to]) => from + to)
    .join('');
}

/**
 * The pairs as two lists of base-36 numbers, in ASCII: the gap from each traditional code unit to
 * the next (from 0), and each traditional code unit minus its simplified one. The compiled bundle
 * writes CJK characters as `\uXXXX` escapes, so the pairs themselves cost 16 KB gzip in every
 * entry that reads text; these lists cost 7.7 KB and decode in one pass (src/_internal/text/to-simplified.ts).
 */
export function encodePairs(pairs: string): { steps: string; offsets: string } {
  const steps: string[] = [];
  const offsets: string[] = [];
  let previous = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const from = pairs.charCodeAt(i);
    steps.push((from - previous).toString(36));
    offsets.push((from - pairs.charCodeAt(i + 1)).toString(36));
    previous = from;
  }
  return { steps: steps.join(','), offsets: offsets.join(',') };
}

/** A long ASCII list as a concatenation of 100-character string lines. */
function literal(list: string): string {
  const lines: string[] = [];
  for (let i = 0; i < list.length; i += 100) lines.push(`  '${list.slice(i, i + 100)}'`);
  return lines.join(' +\n');
}

/** The generated source file. */
export function generateTableFile(): string {
  const pairs = generatePairs();
  const { steps, offsets } = encodePairs(pairs);
  const { version } = JSON.parse(readFileSync(resolve(root, 'node_modules/opencc-js/package.json'), 'utf8')) as { version: string };
  return `// Generated by scripts/simplified-table.ts from OpenCC's TSCharacters, TWVariantsRev and
// HKVariantsRev (opencc-js ${version}; OpenCC is Apache-2.0, see NOTICE.md), plus the script's
// WALLETDESK_FOLDS (帳/帐 → 账, 螢 → 屏), without 係. Do not edit: run
// \`npx tsx scripts/simplified-table.ts\`; \`--check\` (run by the tests) fails when this file is stale.

// ${pairs.length / 2} traditional → simplified character pairs (${pairs.slice(0, 8)}…), one UTF-16 code unit
// each, written as two lists of base-36 numbers (see encodePairs in the script).

/** The gap from each traditional code unit to the next, from 0, in base 36. */
export const TRADITIONAL_STEPS =
${literal(steps)};

/** Each traditional code unit minus its simplified one, in base 36. */
export const SIMPLIFIED_OFFSETS =
${literal(offsets)};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = generateTableFile();
  if (process.argv.includes('--check')) {
    if (readFileSync(TABLE_FILE, 'utf8') !== file) {
      console.error('src/_internal/text/simplified-table.ts differs from a fresh generation: run npx tsx scripts/simplified-table.ts');
      process.exit(1);
    }
    console.log('simplified-table.ts matches a fresh generation.');
  } else {
    writeFileSync(TABLE_FILE, file);
    console.log(`wrote ${file.length} characters, ${generatePairs().length / 2} pairs`);
  }
}
