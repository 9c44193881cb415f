import { describe, expect, it } from 'vitest';
import { builtinDirectory, createDirectory, detectKind, MAX_TEXT_SCAN, normalizePhoneNumber, REASON_CODES, verifyContact } from '../../src/channels/index.js';
import { isValidationError } from '../../src/errors/index.js';

describe('verifyContact: result shape and locale', () => {
  it('answers in the detected locale and always carries both languages', () => {
    const zh = verifyContact('95188', { wallet: 'alipay', locale: 'zh' });
    expect(zh.locale).toBe('zh');
    expect(zh.reasons[0]?.message).toBe(zh.reasons[0]?.messageZh);
    const en = verifyContact('95188', { wallet: 'alipay' });
    expect(en.locale).toBe('en');
    expect(en.reasons[0]?.message).toBe(en.reasons[0]?.messageEn);
    expect(en.reasons[0]?.messageZh).toMatch(/支付宝/);
    expect(verifyContact('我是支付宝客服，请把验证码告诉我').locale).toBe('zh');
  });

  it('returns the wallet id and the matched channel with its source', () => {
    const result = verifyContact('(855) 812-4430');
    expect(result).toMatchObject({ verdict: 'official', kind: 'phone', wallet: 'venmo' });
    expect(result.channel?.source).toMatch(/^https:/);
    expect(result.channel?.checkedAt).toBe('2026-11-23');
  });

  it('lists each contact inside a message with its own verdict', () => {
    const result = verifyContact('PayPal: call +1-888-555-0142 or visit https://www.paypal.com/us/smarthelp/contact-us');
    expect(result.contacts?.map((c) => [c.kind, c.verdict])).toEqual([
      ['phone', 'suspicious'],
      ['url', 'official'],
    ]);
    expect(result.verdict).toBe('suspicious');
  });

  it('uses only stable, documented reason codes with no unfilled placeholders', () => {
    const inputs = ['95188', 'https://paypa1.com', '1-8OO-555-O199', '您好，我是支付宝客服，请转入安全账户', 'https://bit.ly/x', 'x@gmail.com', ''];
    for (const input of inputs) {
      for (const r of verifyContact(input, { wallet: 'paypal' }).reasons) {
        expect(REASON_CODES).toContain(r.code);
        expect(`${r.messageEn} ${r.messageZh}`).not.toMatch(/undefined|\$\{/);
      }
    }
  });

  it('detects the kind of input', () => {
    expect(detectKind('+86 95188')).toBe('phone');
    expect(detectKind('paypal.com/help')).toBe('url');
    expect(detectKind('help@skrill.com')).toBe('email');
    expect(detectKind('paypal.com@evil.example')).toBe('url');
    expect(detectKind('请问客服电话是多少')).toBe('text');
  });

  it('normalizePhoneNumber undoes formatting', () => {
    expect(normalizePhoneNumber('＋１（８５５）８１２－４４３０')).toBe('18558124430');
    expect(normalizePhoneNumber('not a number')).toBeUndefined();
  });

  it('checks against a custom directory', () => {
    const directory = createDirectory(
      {
        schemaVersion: 1,
        retrieved: '2026-11-23',
        wallets: [
          {
            id: 'acmepay',
            names: { en: 'AcmePay', aliases: [] },
            domains: ['acmepay.example'],
            regions: ['US'],
            channels: [
              {
                id: 'acmepay/phone-1',
                kind: 'phone',
                value: '+1-555-010-0000',
                e164: '+15550100000',
                region: 'US',
                audience: 'consumer',
                source: 'https://acmepay.example/contact',
                sourceKind: 'official_page',
                checkedAt: '2026-11-23',
                confidence: 'high',
              },
            ],
          },
        ],
      },
      { extend: builtinDirectory },
    );
    expect(verifyContact('555-010-0000', { wallet: 'acmepay', directory }).verdict).toBe('official');
    expect(verifyContact('https://acmepay-help.top', { directory }).verdict).toBe('suspicious');
    expect(verifyContact('95188', { directory }).wallet).toBe('alipay');
  });
});

describe('verifyContact: bad input never crashes', () => {
  it('empty, whitespace and control characters → unknown', () => {
    for (const input of ['', '   ', '\u0000\u0007\u001b[31m', '\u200b']) {
      const result = verifyContact(input);
      expect(result.verdict).toBe('unknown');
      expect(result.reasons.length).toBeGreaterThan(0);
    }
  });

  it('invalid URLs → unknown with a reason', () => {
    for (const input of ['https://', 'http://[::1', 'https://exa mple.com', 'http://.', 'https://%%%']) {
      const result = verifyContact(input, { kind: 'url' });
      expect(result.verdict).toBe('unknown');
      expect(result.reasons.map((r) => r.code)).toContain('invalid_url');
    }
  });

  it('a 10 MB message is scanned up to a bound and says so', () => {
    const huge = `我是支付宝客服，请转入安全账户。${'a'.repeat(10 * 1024 * 1024)}`;
    const result = verifyContact(huge);
    expect(result.verdict).toBe('suspicious');
    expect(result.reasons.map((r) => r.code)).toContain('input_truncated');
    const hidden = `${'x '.repeat(MAX_TEXT_SCAN)}请把验证码告诉我`;
    expect(verifyContact(hidden).reasons.map((r) => r.code)).toContain('input_truncated');
  });

  it('a huge string asked to be checked as a phone or URL is unknown, not parsed', () => {
    expect(verifyContact('9'.repeat(5_000_000), { kind: 'phone' }).reasons.map((r) => r.code)).toContain('input_too_long');
    expect(verifyContact(`https://${'a'.repeat(100_000)}.com`, { kind: 'url' }).verdict).toBe('unknown');
  });

  it('many digit runs or dots do not blow up (catastrophic backtracking guard)', () => {
    const inputs = ['1-'.repeat(20_000), `${'9'.repeat(60_000)}`, 'a.'.repeat(30_000), `${'(1)'.repeat(20_000)}`, '验证码'.repeat(20_000)];
    // Speed is in bench/verify.bench.ts and the linear-scan guard in pathological-input.test.ts.
    for (const input of inputs) expect(['unknown', 'suspicious']).toContain(verifyContact(input).verdict);
  });

  it('non-string input and bad options → ValidationError naming the field', () => {
    const check = (fn: () => unknown, field: string) => {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        expect(isValidationError(error)).toBe(true);
        expect((error as { field: string }).field).toBe(field);
      }
    };
    check(() => verifyContact(42 as never), 'input');
    check(() => verifyContact(null as never), 'input');
    check(() => verifyContact('95188', { wallet: 'nope' }), 'options.wallet');
    check(() => verifyContact('95188', { kind: 'fax' as never }), 'options.kind');
    check(() => verifyContact('95188', { region: 'China' }), 'options.region');
    check(() => verifyContact('95188', { locale: 'fr' as never }), 'options.locale');
  });
});
