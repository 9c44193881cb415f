// Our own cases (zh and en, official variants, adversarial look-alikes, bad input), each with
// the reason it has its verdict. `codes` lists reason codes that must be among the evidence.
import { describe, expect, it } from 'vitest';
import { loadCases, runCase } from './cases.js';


const cases = loadCases('verify-cases.jsonl');

describe('verifyContact on our own cases', () => {
  it('has at least 100 cases in both languages, covering every verdict and kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(cases.some((c) => /[\u4e00-\u9fff]/.test(c.input))).toBe(true);
    for (const verdict of ['official', 'suspicious', 'unknown']) expect(cases.some((c) => c.expected === verdict)).toBe(true);
    for (const c of cases) expect(c.why.length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [`${c.expected}: ${JSON.stringify(c.input).slice(0, 70)}`, c] as const))('%s', (_label, c) => {
    const result = runCase(c);
    const codes = result.reasons.map((r) => r.code);
    expect(result.verdict, `${c.why}\nreasons: ${codes.join(', ')}`).toBe(c.expected);
    for (const code of c.codes ?? []) expect(codes, c.why).toContain(code);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});
