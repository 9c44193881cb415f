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

describe('locale', () => {
  const text = '座机 010-6552 9988, US cell (415) 555-0132';
  const spans = (locale?: 'zh' | 'en') => findPii(text, locale ? { locale } : undefined).map((f) => f.value);
  it('reads both national phone formats when no locale is given', () => {
    expect(spans()).toEqual(['010-6552 9988', '(415) 555-0132']);
  });
  it('zh reads mainland landlines only, en North American numbers only', () => {
    expect(spans('zh')).toEqual(['010-6552 9988']);
    expect(spans('en')).toEqual(['(415) 555-0132']);
  });
  it('never changes keyword reading or numbers with a country code', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(findPii('验证码 482913, code: 4829, +86 138 0013 8000', { locale }).map((f) => f.kind)).toEqual(['otp', 'otp', 'phone']);
    }
  });
  it('is passed on by redact', () => {
    expect(redact(text, { locale: 'zh' }).text).toBe('座机 [phone], US cell (415) 555-0132');
  });
  it('unbroken digit runs are not national phone numbers', () => {
    expect(findPii('订单 4155550132 / 01065529988')).toEqual([]);
  });
});

describe('passwords with punctuation', () => {
  it('keeps ASCII punctuation inside and drops it at the end', () => {
    expect(findPii('密码是Zx9!qw22，帮我看看').map((f) => f.value)).toEqual(['Zx9!qw22']);
    expect(findPii('my password is p@ss.w0rd.').map((f) => f.value)).toEqual(['p@ss.w0rd']);
    expect(findPii('password: hunter2, please reset it').map((f) => f.value)).toEqual(['hunter2']);
  });
});

// Speed is measured in bench/privacy.bench.ts (64 KB and 1 MB rows per input). Here only a hang guard:
// a quadratic or backtracking path takes minutes on 256 KB (about 6.5e10 steps), so 20 s catches it
// without timing anything that a loaded machine could fail (a linear pass takes ~0.2 s idle).
const SIZE = 2 ** 18;
describe('no catastrophic backtracking: 256 KB of each pathological input finishes (hang guard)', () => {
  const units = {
    digits: '1',
    emails: 'aaaa@',
    separators: '1 -',
    dots: 'a.',
    keywords: '密码 ',
    codes: 'code: ',
    nanp: '(415) 555-',
    landline: '010-6552 ',
    punctuatedPasswords: 'password !',
    digitsWithOneCjk: '1',
    fullWidthDigits: '１２３４５６７８９０',
    chineseNumerals: '验证码四八二九一三五',
    zeroWidthDigits: '4111\u200b',
    nbspDigits: '4\u00a0',
    repeatedCodes: 'code 1234 ',
    labelAfter: '123456 is my code ',
  };
  for (const [name, unit] of Object.entries(units)) {
    it(name, () => {
      let input = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
      if (name === 'digitsWithOneCjk') input = `${input.slice(0, SIZE / 2)}中${input.slice(SIZE / 2)}`;
      const t0 = performance.now();
      const { text } = redact(input);
      expect(performance.now() - t0).toBeLessThan(20_000);
      expect(typeof text).toBe('string');
    });
  }
});
