// Secret shapes from the red-team round of issue 13, written as a labelled set BEFORE the detector
// changed: repeated one-time codes, codes split by spaces or dashes, on the next line, in quotes,
// with the label after the number, 7–9 digits, Chinese numerals; card security codes (CVV, CVC,
// CVV2, 安全码); cards with dots, slashes, double spaces, no-break and zero-width spaces, split by
// a newline, 19-digit UnionPay; passwords on the next line, after `pass:`, with a spaced label;
// and negatives (order, trade and tracking numbers, amounts, error codes, postcodes, dates).
//
// First run, on the detector before the change: recall 0.25 (17 of 68 labelled secrets), precision
// 0.89 (17 of 19: "error code 1003" and "zip code 94107" were masked), 55 secret values still
// readable after redact. After the change: recall 1.00, precision 1.00, 0 readable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../src/privacy/index.js';

interface Case {
  text: string;
  spans: { kind: string; start: number; end: number; value: string }[];
}

/** `[[kind:value]]` marks a secret; the marks are removed and their offsets recorded. */
function parse(marked: string): Case {
  const spans: Case['spans'] = [];
  let text = '';
  let rest = marked;
  for (let m = /\[\[([a-z_]+):([\s\S]+?)\]\]/.exec(rest); m; m = /\[\[([a-z_]+):([\s\S]+?)\]\]/.exec(rest)) {
    text += rest.slice(0, m.index);
    const value = m[2] ?? '';
    spans.push({ kind: m[1] ?? '', start: text.length, end: text.length + value.length, value });
    text += value;
    rest = rest.slice(m.index + m[0].length);
  }
  return { text: text + rest, spans };
}

const cases = readFileSync(new URL('./fixtures/secret-shapes.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => parse((JSON.parse(line) as { text: string }).text));

/** The characters that make a secret: what must not be readable after redaction. */
const core = (value: string) => value.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad./-]/g, '');

function evaluate() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const leaks: string[] = [];
  for (const c of cases) {
    const found = findPii(c.text);
    const key = (s: { kind: string; start: number; end: number }) => `${s.kind}:${s.start}:${s.end}`;
    const expected = new Set(c.spans.map(key));
    const got = new Set(found.map(key));
    for (const s of c.spans) {
      if (got.has(key(s))) tp++;
      else {
        fn++;
        misses.push(`FN ${key(s)} ${JSON.stringify(c.text)}`);
      }
    }
    for (const f of found) {
      if (expected.has(key(f))) continue;
      fp++;
      misses.push(`FP ${key(f)} ${JSON.stringify(c.text)}`);
    }
    const out = core(redact(c.text).text);
    for (const s of c.spans) if (out.includes(core(s.value))) leaks.push(`${s.value} in ${JSON.stringify(c.text)}`);
  }
  return { tp, fp, fn, recall: tp / (tp + fn), precision: tp / (tp + fp || 1), misses, leaks };
}

describe('secret shapes (issue 13 red-team set)', () => {
  it('has positives of every shape and negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.spans.length === 0).length).toBeGreaterThanOrEqual(20);
    for (const kind of ['otp', 'cvv', 'card', 'password']) expect(cases.some((c) => c.spans.some((s) => s.kind === kind)), kind).toBe(true);
  });

  it('finds them: recall ≥ 0.99, precision ≥ 0.97, and no secret value readable after redact', () => {
    const r = evaluate();
    expect(r.leaks).toEqual([]);
    expect(r.recall, r.misses.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(r.precision, r.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});
