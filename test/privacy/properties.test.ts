import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPii, redact } from '../../src/privacy/index.js';
import { makeCard, makeCnId, makeIban, makeMobile, rng } from './generators.js';

// Filler words separated by spaces: no digits, no '@', no keywords, so planted items are the only PII.
const word = fc.stringMatching(/^[a-z你好谢请]{1,8}$/).filter((w) => !/code|pin|pwd|pass|otp|acct/.test(w));
const filler = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));
const planted = fc.integer().map((seed) => {
  const r = rng(seed);
  const pick = Math.floor(r() * 5);
  if (pick === 0) return { kind: 'card', value: makeCard(r) };
  if (pick === 1) return { kind: 'cn_id', value: makeCnId(r) };
  if (pick === 2) return { kind: 'iban', value: makeIban(r) };
  if (pick === 3) return { kind: 'phone', value: makeMobile(r) };
  return { kind: 'email', value: `u${seed >>> 0}@mail.example.org` };
});

describe('properties', () => {
  it('finds every planted item at its exact offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, planted), { minLength: 1, maxLength: 5 }), filler, (pairs, tail) => {
        let text = '';
        const expected: string[] = [];
        for (const [f, p] of pairs) {
          text += `${f} `;
          expected.push(`${p.kind}:${text.length}:${text.length + p.value.length}`);
          text += `${p.value} `;
        }
        text += tail;
        expect(findPii(text).map((x) => `${x.kind}:${x.start}:${x.end}`)).toEqual(expected);
      }),
    );
  });
  it('finds nothing in text without digits and without @', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\d@\uff10-\uff19\uff20]/g, '')), (s) => {
      expect(findPii(s)).toEqual([]);
    }));
  });
  it('redact is idempotent and leaves text outside findings unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(filler, planted.map((p) => p.value), fc.constantFrom('验证码是 4829', 'password: hunter2', '账号 0123456789012')), { maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        const once = redact(text);
        expect(redact(once.text).text).toBe(once.text);
        let cursor = 0;
        for (const f of once.findings) {
          expect(once.text.includes(text.slice(cursor, f.start))).toBe(true);
          cursor = f.end;
        }
      }),
    );
  });
});
