import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../src/errors/index.js';
import { triage } from '../../src/triage/index.js';

const now = new Date('2026-11-24T02:00:00Z');

describe('triage', () => {
  it('flags a fake-support call with a "safe account" demand, in Chinese', () => {
    const t = triage('有人冒充支付宝客服打电话让我转账到安全账户，电话 400-123-4567', { wallet: 'alipay', now });
    expect(t.classification.locale).toBe('zh');
    expect(t.safety.verdict).toBe('suspicious');
    expect(t.safety.warnings.length).toBeGreaterThan(0);
    expect(t.safety.contacts.some((c) => c.value.includes('400-123-4567') && c.verdict === 'suspicious')).toBe(true);
    expect(t.channels[0]?.channel.value).toBe('95188');
    expect(t.ticketDraft.priority).toBe('urgent');
  });

  it('redacts a card number from the ticket draft but keeps the category', () => {
    const t = triage('My payment failed at checkout, card 4111 1111 1111 1111', { wallet: 'paypal', now });
    expect(t.classification.category).toBe('payment_failed');
    expect(t.ticketDraft.description).not.toContain('4111 1111 1111 1111');
    expect(t.ticketDraft.category).toBe('payment_failed');
    expect(t.help.steps.length).toBeGreaterThan(0);
  });

  it('keeps the message with redact: false and ranks no channels without a wallet', () => {
    const t = triage('card 4111 1111 1111 1111 declined', { now, redact: false });
    expect(t.redacted).toContain('4111 1111 1111 1111');
    expect(t.channels).toEqual([]);
    expect(t.bestTime).toEqual([]);
  });

  it('rejects bad input with a ValidationError naming the field', () => {
    let error: unknown;
    try {
      triage('hi', { region: 'china' } as never);
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/region/);
    expect(() => triage(42 as never)).toThrow(/message/);
  });
});

describe('triage on edge input', () => {
  it('answers an empty message with the documented safe result (other) and a non-empty subject', () => {
    const t = triage('', { now });
    expect(t.classification.category).toBe('other');
    expect(t.ticketDraft.subject.length).toBeGreaterThan(0);
  });

  it('caps the draft description of a 1 MB message so it can be filed', () => {
    const t = triage('x'.repeat(1_000_000), { now });
    expect(t.ticketDraft.description.length).toBeLessThanOrEqual(20_000);
    expect(t.ticketDraft.description.endsWith('…')).toBe(true);
  });

  it('detects the locale from the text unless one is given', () => {
    expect(triage('付款失败', { now }).classification.locale).toBe('zh');
    expect(triage('payment failed', { now }).classification.locale).toBe('en');
    expect(triage('付款失败', { now, locale: 'en' }).help.title).toMatch(/[a-z]/i);
  });
});

describe('triage with a contact log (tried)', () => {
  const tried = [{ channel: 'phone', at: new Date('2026-11-01T02:00:00Z'), agentId: '8812', outcome: 'unresolved' as const }];

  it('adds the escalation ladder when a contact did not solve it', () => {
    const t = triage('退款一直没到账，商家不处理', { wallet: 'alipay', now, tried });
    expect(t.escalation?.map((s) => s.rung)).toEqual(['senior_agent', 'written_record', 'regulator']);
    expect(t.escalation?.[0]?.prepare.join('\n')).toContain('#8812');
  });

  it('keeps freeze-first for a stolen account', () => {
    const t = triage('my account was hacked and money is gone', { wallet: 'paypal', now, tried });
    expect(t.escalation?.[0]?.rung).toBe('freeze_account');
  });

  it('has no ladder without an unresolved contact or without a wallet', () => {
    expect(triage('退款没到账', { wallet: 'alipay', now }).escalation).toBeUndefined();
    expect(triage('退款没到账', { wallet: 'alipay', now, tried: [{ ...tried[0]!, outcome: 'resolved' }] }).escalation).toBeUndefined();
    expect(triage('退款没到账', { now, tried }).escalation).toBeUndefined();
  });

  it('names the field of a bad contact', () => {
    let error: unknown;
    try {
      triage('hi', { wallet: 'alipay', tried: [{ channel: 'phone', at: new Date('x'), outcome: 'unresolved' }] });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/tried\[0\]\.at/);
  });
});
