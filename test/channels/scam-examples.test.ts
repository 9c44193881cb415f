// The project's 30 worked examples (../shared/data/contacts/scam-examples.jsonl) as a test.
// They are read from the shared data folder, never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyContact } from '../../src/channels/index.js';

const file = resolve(import.meta.dirname, '../../../shared/data/contacts/scam-examples.jsonl');
const present = existsSync(file);

interface Example {
  input: string;
  kind: 'phone' | 'url' | 'text';
  claims: string | null;
  expected: 'official' | 'suspicious' | 'unknown';
  why: string;
}

describe.skipIf(!present)(`scam examples from ${present ? file : '../shared/data/contacts/scam-examples.jsonl (absent: skipped)'}`, () => {
  const examples: Example[] = present
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Example)
    : [];

  it('has all 30 examples', () => {
    expect(examples).toHaveLength(30);
  });

  it.each(examples.map((e) => [e.input.slice(0, 60), e] as const))('%s', (_label, example) => {
    const result = verifyContact(example.input, { kind: example.kind, ...(example.claims ? { wallet: example.claims } : {}) });
    expect(result.verdict, `${example.why}\nreasons: ${result.reasons.map((r) => r.code).join(', ')}`).toBe(example.expected);
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) {
      expect(reason.messageEn.length).toBeGreaterThan(10);
      expect(reason.messageZh.length).toBeGreaterThan(4);
      expect(reason.messageEn).not.toMatch(/undefined/);
      expect(reason.messageZh).not.toMatch(/undefined/);
    }
  });
});

if (!present) {
  describe('scam examples', () => {
    it.skip('skipped: ../shared/data/contacts/scam-examples.jsonl is not present next to the repo', () => {});
  });
}
