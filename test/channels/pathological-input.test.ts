// Issue 13: a run of digits with one CJK or full-width character made verifyContact O(n²)
// (64 KB → 5–6 s). The cause was `\d+\s*小时内` in the urgency pattern: in a two-byte string V8
// tries it at every digit of the run, and each try reads the rest of the run. In a one-byte
// (ASCII) string V8 skips it, because 小 cannot occur, which is why ASCII inputs were flat.
// Speed is measured in bench/verify.bench.ts; here we assert outcomes, and the property that makes
// the scan linear: no regular expression run over a whole message can start a match at every
// character of a long run (an unbounded repeat must follow a guard: ^, \b, a lookbehind or a literal).
import { describe, expect, it } from 'vitest';
import { CONTACT_REGEXES } from '../../src/channels/extract-contacts.js';
import { TEXT_REGEXES } from '../../src/channels/check-text.js';
import { MAX_CONTACT_LENGTH, MAX_TEXT_SCAN, detectKind, verifyContact } from '../../src/channels/index.js';
import { SCAN_REGEXES } from '../../src/channels/scam-patterns.js';
import { unguardedRepeats } from './regex-guard.js';

const KB64 = 64 * 1024;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('the linear-scan guard', () => {
  it('finds the repeat that made verifyContact quadratic, and accepts guarded forms', () => {
    expect(unguardedRepeats(/立即|\d+\s*小时内|否则/)).toEqual(['\\d+']);
    expect(unguardedRepeats(/\p{L}{2,}[\s,]+\p{L}{2,}/u)).toEqual(['\\p{L}{2,}']);
    expect(unguardedRepeats(/(?:a|[0-9]+x)/)).toEqual(['[0-9]+']);
    expect(unguardedRepeats(/立即|(?<!\d)\d+\s*小时内/)).toEqual([]);
    expect(unguardedRepeats(/\bcodes?\b|within \d+ hours|[^.!?\n]{0,40}x|^\d+$/)).toEqual([]);
  });

  it('no regular expression run over a whole message can start inside a long run', () => {
    for (const re of [...SCAN_REGEXES, ...CONTACT_REGEXES, ...TEXT_REGEXES]) expect(unguardedRepeats(re), re.source.slice(0, 120)).toEqual([]);
  });
});

describe('pathological messages with CJK and full-width characters', () => {
  const inputs: Record<string, string> = {
    'digits after one CJK character': `中${fill('1', KB64 - 1)}`,
    'one CJK character in the middle of digits': `${fill('1', KB64 / 2)}中${fill('1', KB64 / 2)}`,
    'one full-width digit first': `１${fill('1', KB64 - 1)}`,
    'full-width digits only': fill('１', KB64),
    'Chinese digit words': fill('九五一八八', KB64),
    'digits and spaces after CJK': `中${fill('1 ', KB64)}`,
    'letter O and digits after CJK': `中${fill('O1', KB64)}`,
    'www. repeated after CJK': `中 ${fill('www.', KB64)}`,
    'full-width brackets': fill('（1）', KB64),
  };
  it.each(Object.entries(inputs))('%s: a verdict, no crash, truncation reported past the scan limit', (_name, input) => {
    const result = verifyContact(input);
    expect(['unknown', 'suspicious']).toContain(result.verdict);
    expect(result.kind).toBe('text');
    expect(result.reasons.length).toBeGreaterThan(0);
    const big = `${input}${input}`;
    expect(verifyContact(big).reasons.map((r) => r.code)).toContain('input_truncated');
  });

  it('a scam request after 64 KB of digits is past the scan and not read; one before them is', () => {
    expect(verifyContact(`我是支付宝客服，请把验证码告诉我${fill('1', KB64)}`).verdict).toBe('suspicious');
    const late = verifyContact(`${fill('1', MAX_TEXT_SCAN)}中我是支付宝客服，请把验证码告诉我`);
    expect(late.reasons.map((r) => r.code)).toContain('input_truncated');
    expect(late.reasons.map((r) => r.code)).not.toContain('asks_for_code');
  });

  it('an urgency deadline in digits is still read ("24小时内")', () => {
    const result = verifyContact('【支付宝】您的账户存在异常，请在24小时内联系客服处理');
    expect(result.reasons.map((r) => r.code)).toContain('urgency');
  });

  it('a link longer than a single contact may be is reported, not analysed', () => {
    const result = verifyContact(`中 https://${fill('a', 4 * MAX_CONTACT_LENGTH)}.com`);
    expect(result.contacts?.[0]?.reasons.map((r) => r.code)).toContain('input_too_long');
  });

  it('detectKind answers a long input as a message without reading it', () => {
    expect(detectKind(fill('中', 100_000))).toBe('text');
    expect(detectKind(`a@${fill('b.', 40_000)}@`)).toBe('text');
    expect(detectKind(`${' '.repeat(10_000)}95188`)).toBe('phone');
  });
});
