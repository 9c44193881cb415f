/** Per-kind precision/recall of findPii against the labelled JSONL (exact span match). */
import { readFileSync } from 'node:fs';
import { findPii } from '../../src/privacy/index.js';

export type Row = { text: string; spans: { kind: string; start: number; end: number }[] };
export function loadFixture(): Row[] {
  return readFileSync(new URL('./fixtures/labelled-snippets.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
}
export function score(rows: Row[]) {
  const t: Record<string, { tp: number; fp: number; fn: number }> = {};
  const get = (k: string) => (t[k] ??= { tp: 0, fp: 0, fn: 0 });
  const misses: string[] = [];
  for (const row of rows) {
    const found = findPii(row.text);
    const key = (s: { kind: string; start: number; end: number }) => `${s.kind}:${s.start}:${s.end}`;
    const expected = new Set(row.spans.map(key));
    const got = new Set(found.map(key));
    for (const s of row.spans) {
      if (got.has(key(s))) get(s.kind).tp++;
      else {
        get(s.kind).fn++;
        misses.push(`FN ${key(s)} ${row.text}`);
      }
    }
    for (const f of found) {
      if (expected.has(key(f))) continue;
      get(f.kind).fp++;
      misses.push(`FP ${key(f)} ${row.text}`);
    }
  }
  const table = Object.entries(t).map(([kind, c]) => ({ kind, precision: c.tp / (c.tp + c.fp || 1), recall: c.tp / (c.tp + c.fn || 1), ...c }));
  return { table, misses };
}
