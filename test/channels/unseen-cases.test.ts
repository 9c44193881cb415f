// Cases written after the detector, without looking at its rules first (hardening round): real
// formats from several wallets and countries, tricky negatives (official numbers in odd formats,
// friends' numbers, a bank's hotline in passing, genuine OTP notices) and tricky positives
// (homoglyphs, punycode, refund-agent and screen-share scripts, 安全账户, a real number quoted as
// cover for a different call-back number). Kept apart from verify-cases.jsonl so the first-pass
// result stays visible in history.
import { describe, expect, it } from 'vitest';
import { loadCases, runCase } from './cases.js';


const cases = loadCases('unseen-cases.jsonl');

describe('verifyContact on unseen cases', () => {
  it('has at least 40 cases in zh and en with every verdict', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => /\p{Script=Han}/u.test(c.input)).length).toBeGreaterThanOrEqual(10);
    for (const verdict of ['official', 'suspicious', 'unknown']) expect(cases.some((c) => c.expected === verdict)).toBe(true);
  });

  it.each(cases.map((c) => [`${c.expected}: ${JSON.stringify(c.input).slice(0, 70)}`, c] as const))('%s', (_label, c) => {
    const result = runCase(c);
    const codes = result.reasons.map((r) => r.code);
    expect(result.verdict, `${c.why}\nreasons: ${codes.join(', ')}`).toBe(c.expected);
    for (const code of c.codes ?? []) expect(codes, c.why).toContain(code);
  });
});
