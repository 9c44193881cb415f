import { describe, expect, it } from 'vitest';
import { loadFixture, score } from './score.js';

describe('labelled snippet set', () => {
  const rows = loadFixture();
  it('has at least 300 snippets with negatives', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.spans.length === 0).length).toBeGreaterThan(100);
  });
  it('meets recall >= 99% and precision >= 97% per kind', () => {
    const { table, misses } = score(rows);
    expect(misses.slice(0, 20)).toEqual([]);
    for (const row of table) {
      expect(row.recall, row.kind).toBeGreaterThanOrEqual(0.99);
      expect(row.precision, row.kind).toBeGreaterThanOrEqual(0.97);
    }
    expect(table.length).toBe(9);
  });
});
