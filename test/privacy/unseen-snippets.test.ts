// Hand-written snippets for the hardening round, not generated from the labelled set's templates:
// real-looking chat and email lines with cards, IDs, phones, emails, OTPs, passwords, IBANs, and
// negatives (order, trade and tracking numbers, amounts, dates, timestamps, Luhn-failing numbers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPii, type PiiKind } from '../../src/privacy/index.js';

interface Snippet {
  text: string;
  locale?: 'zh' | 'en';
  expected: string[];
}

/** "[[kind:value]]" marks a span; the marks are removed and their offsets recorded. */
function parse(line: string): Snippet {
  const localeMatch = /^@(zh|en) /.exec(line);
  let rest = localeMatch ? line.slice(4) : line;
  let text = '';
  const expected: string[] = [];
  for (let m = /\[\[([a-z_]+):(.+?)\]\]/.exec(rest); m; m = /\[\[([a-z_]+):(.+?)\]\]/.exec(rest)) {
    text += rest.slice(0, m.index);
    expected.push(`${m[1] as PiiKind}:${text.length}:${text.length + (m[2] ?? '').length}`);
    text += m[2];
    rest = rest.slice(m.index + m[0].length);
  }
  text += rest;
  return localeMatch ? { text, expected, locale: localeMatch[1] as 'zh' | 'en' } : { text, expected };
}

const snippets = readFileSync(new URL('./fixtures/unseen-snippets.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map(parse);

describe('findPii on hand-written unseen snippets', () => {
  it('has 30+ snippets with positives and negatives', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(30);
    expect(snippets.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });
  it.each(snippets.map((s) => [s.text.slice(0, 60), s] as const))('%s', (_label, s) => {
    const found = findPii(s.text, s.locale ? { locale: s.locale } : undefined).map((f) => `${f.kind}:${f.start}:${f.end}`);
    expect(found, s.text).toEqual(s.expected);
  });
});
