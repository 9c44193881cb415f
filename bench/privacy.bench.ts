/**
 * Redaction speed on 100 KB of chat text, per-kind precision/recall on the labelled set, and
 * findPii/redact on pathological inputs at 64 KB and 1 MB (linear: the 1 MB row is about 16× the 64 KB one).
 * No peer PII library is installed, so the baseline is a naive regex approach (no checksums, no context).
 */
import { bench, describe } from 'vitest';
import { findPii, redact } from '../src/privacy/index.js';
import { loadFixture, score } from '../test/privacy/score.js';

const rows = loadFixture();
const chat = (() => {
  let s = '';
  for (let i = 0; s.length < 100_000; i++) s += `${rows[i % rows.length]?.text ?? ''}\n你好，请问我的退款什么时候到？ Thanks for the help!\n`;
  return s.slice(0, 100_000);
})();

const NAIVE = /\d{13,19}|\d{17}[\dX]|1[3-9]\d{9}|[\w.]+@[\w.]+|\d{4,8}/g;
const naiveRedact = (t: string) => t.replace(NAIVE, '[pii]');

const { table } = score(rows);
console.table(table.map((r) => ({ kind: r.kind, precision: r.precision.toFixed(3), recall: r.recall.toFixed(3), tp: r.tp, fp: r.fp, fn: r.fn })));
const naiveHits = rows.filter((r) => r.spans.length === 0 && NAIVE.test(r.text)).length;
NAIVE.lastIndex = 0;
console.log(`naive regex baseline: flags ${naiveHits} of ${rows.filter((r) => r.spans.length === 0).length} negative snippets (false positives); walletdesk flags ${rows.filter((r) => r.spans.length === 0 && findPii(r.text).length > 0).length}`);

describe('redact 100 KB chat', () => {
  bench('walletdesk redact', () => {
    redact(chat);
  });
  bench('naive regex (baseline, no checksums)', () => {
    naiveRedact(chat);
  });
});

// Pathological shapes (issue 13): digit runs broken by one CJK or full-width character, Chinese
// numerals, zero-width and no-break spaces, repeated codes. Goal: linear, < 100 ms per 64 KB.
const PATHOLOGICAL: Record<string, string> = {
  'digits + one CJK': '1',
  'full-width digits': '１２３４５６７８９０',
  'Chinese numerals after 验证码': '验证码四八二九一三五',
  'zero-width spaced digits': '4111\u200b',
  'NBSP spaced digits': '4\u00a0',
  'repeated codes': 'code 1234 ',
  'chat (zh + en)': '你好，请问我的退款什么时候到？卡号 4111 1111 1111 1111，验证码 482913. Thanks!\n',
};
const sized = (unit: string, size: number, name: string) => {
  const s = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return name === 'digits + one CJK' ? `${s.slice(0, size / 2)}中${s.slice(size / 2)}` : s;
};
for (const size of [64 * 1024, 1024 * 1024]) {
  describe(`pathological inputs, ${size / 1024} KB`, () => {
    for (const [name, unit] of Object.entries(PATHOLOGICAL)) {
      const input = sized(unit, size, name);
      bench(`findPii: ${name}`, () => {
        findPii(input);
      }, { time: 300, iterations: 3 });
      bench(`redact: ${name}`, () => {
        redact(input);
      }, { time: 300, iterations: 3 });
    }
  });
}
