import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { findPii, redact } from '../../src/privacy/index.js';

function issuePath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isValidationError(e)) return JSON.stringify(e.issues.map((i) => i.path));
    throw e;
  }
  return 'no error';
}

describe('validation', () => {
  it('names the field for bad input', () => {
    expect(issuePath(() => findPii(42 as unknown as string))).toContain('text');
    expect(issuePath(() => findPii('x', { kinds: ['ssn' as never] }))).toContain('kinds');
    expect(issuePath(() => redact('x', { keepLast: 9 }))).toContain('keepLast');
  });
  it('returns [] for an empty string', () => expect(findPii('')).toEqual([]));
});

describe('semantics', () => {
  it('keeps UTF-16 offsets into the original with full-width digits and emoji', () => {
    const text = '😀电话１３８１２３４５６７８';
    const [f] = findPii(text);
    expect(f && text.slice(f.start, f.end)).toBe('１３８１２３４５６７８');
  });
  it('filters by kind without exposing a weaker reading of the same span', () => {
    expect(findPii('卡号 4111111111111111', { kinds: ['bank_account'] })).toEqual([]);
  });
  it('rejects invalid dates in IDs and Luhn-failing cards', () => {
    expect(findPii('11010519491331002X')).toEqual([]);
    expect(findPii('4111111111111112')).toEqual([]);
  });
});

describe('no catastrophic backtracking (generous guard)', () => {
  const inputs = {
    digits: '1'.repeat(50_000),
    emails: 'aaaa@'.repeat(10_000),
    separators: '1 -'.repeat(17_000),
    dots: 'a.'.repeat(25_000),
    keywords: '密码 '.repeat(17_000),
    codes: 'code: '.repeat(9_000),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name}: 50 KB in < 100 ms`, () => {
      const t0 = performance.now();
      redact(input);
      expect(performance.now() - t0).toBeLessThan(100);
    });
  }
});
