// Issue 14, "triage repeats work": one triage call validates the message once, prepares (normalises,
// detects the language of) its text once and hands it on, and builds a channel's schedule once.
// Counted through the probe in src/_internal/probe.ts, which the steps report to; no timing.
import { describe, expect, it } from 'vitest';
import { countSteps } from '../../src/_internal/probe.js';
import { prepareText } from '../../src/_internal/text/index.js';
import { builtinDirectory, createDirectory, verifyContact } from '../../src/channels/index.js';
import { classify } from '../../src/classifier/index.js';
import { findPii, redact } from '../../src/privacy/index.js';
import { triage } from '../../src/triage/index.js';

const now = new Date('2026-11-24T02:00:00Z');
const messages = [
  ['有人冒充支付宝客服打电话让我转账到安全账户，电话 400-123-4567', { wallet: 'alipay', now }],
  ['My payment failed at checkout, card 4111 1111 1111 1111, call me on +1 415 555 0132', { wallet: 'paypal', now }],
  ['付款失败', { now }],
] as const;

describe('triage does each step once', () => {
  for (const [message, options] of messages) {
    it(`validates and prepares "${message.slice(0, 20)}…" once`, () => {
      const { counts } = countSteps(() => triage(message, options));
      expect(counts['validate-text']).toBe(1);
      expect(counts['prepare-text']).toBe(1);
      expect(counts['fold-text']).toBe(1); // the classifier and the contact check read one fold
      expect(counts['detect-language']).toBe(1);
      expect(counts['privacy-text']).toBe(1); // redaction's offset-keeping reading, once
    });
  }

  it('folds a long message once more for the contact scan, and only once', () => {
    const long = `${'我的账户被盗了，'.repeat(300)}客服电话 400-123-4567`;
    const { counts } = countSteps(() => triage(long, { wallet: 'alipay', now }));
    expect(counts['validate-text']).toBe(1);
    expect(counts['prepare-text']).toBe(1);
    expect(counts['fold-text']).toBe(2); // the classified head (2,000) and the scanned text
  });

  it("builds the top channel's schedule once, on a directory it has never seen", () => {
    // A fresh directory has fresh channel objects, so no schedule is cached from another test.
    const directory = createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [structuredClone(builtinDirectory.getWallet('alipay'))] });
    const { counts, result } = countSteps(() => triage('提现三天了还没到账', { wallet: 'alipay', now, directory }));
    const withHours = result.channels.filter((c) => c.channel.hours).length;
    expect(withHours).toBeGreaterThan(0);
    expect(counts['build-schedule']).toBe(withHours); // one per channel with hours, the top one included
  });
});

describe('a prepared text is read as its string', () => {
  const text = '我是支付宝客服，请把短信验证码告诉我，卡号 6222 0212 3456 7890 123';
  const prepared = prepareText(text);

  it('gives the same answers as the string', () => {
    expect(classify(prepared)).toEqual(classify(text));
    expect(verifyContact(prepared, { kind: 'text' })).toEqual(verifyContact(text, { kind: 'text' }));
    expect(findPii(prepared)).toEqual(findPii(text));
    expect(redact(prepared)).toEqual(redact(text));
  });

  it('is not validated again, while a string is validated by each call', () => {
    expect(countSteps(() => redact(prepared)).counts['validate-text']).toBeUndefined();
    expect(countSteps(() => redact(text)).counts['validate-text']).toBe(1);
    expect(countSteps(() => classify(prepared)).counts).toEqual({});
  });

  it('cannot be forged: a copy is refused like any non-string', () => {
    const copy = { ...prepared };
    expect(() => classify(copy as never)).toThrow(/text/);
    expect(() => verifyContact(copy as never)).toThrow(/input/);
    expect(() => redact(copy as never)).toThrow(/text/);
  });
});
