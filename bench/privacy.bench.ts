/**
 * Redaction speed on 100 KB of chat text, and per-kind precision/recall on the labelled set.
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
