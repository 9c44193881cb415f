import { describe, expect, it } from 'vitest';
import { findChannels, type HoursEngine, hoursEngineFrom, weeklyHoursEngine } from '../../src/channels/index.js';
import { getWallet } from '../../src/channels/index.js';

describe('findChannels', () => {
  it('urgent problems: the fastest human channel and the in-app freeze path come first', () => {
    const ranked = findChannels({ wallet: 'alipay', category: 'account_compromise', at: new Date('2026-11-24T02:00:00Z'), region: 'CN' });
    expect(ranked.slice(0, 2).map((r) => r.channel.kind)).toEqual(['phone', 'in_app']);
    expect(ranked[0]?.channel.value).toBe('95188');
    expect(ranked[0]?.reasons.map((r) => r.code)).toContain('urgent_human');
    expect(ranked[1]?.reasons.map((r) => r.code)).toContain('urgent_freeze_in_app');
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
  });

  it('closed channels sink, with their next opening time', () => {
    // 02:00 in New York on a Tuesday: the Cash App phone line (08:00-21:30 ET) is closed.
    const ranked = findChannels({ wallet: 'cashapp', category: 'unauthorized_transaction', at: new Date('2026-11-24T07:00:00Z') });
    const phone = ranked.find((r) => r.channel.kind === 'phone')!;
    expect(phone.availability).toBe('closed');
    expect(phone.opensAt?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(phone.reasons.map((r) => r.code)).toContain('closed_now');
    expect(ranked[0]?.channel.kind).toBe('in_app');
    // At 15:00 ET the same line is open and leads.
    const open = findChannels({ wallet: 'cashapp', category: 'unauthorized_transaction', at: new Date('2026-11-24T20:00:00Z') });
    expect(open[0]?.channel.kind).toBe('phone');
    expect(open[0]?.availability).toBe('open');
  });

  it('routine problems put self-service first and never offer outbound-only or sales lines', () => {
    const ranked = findChannels({ wallet: 'mpesa', category: 'payment_failed' });
    expect(ranked.map((r) => r.channel.value)).not.toContain('+254-722-000000');
    const apple = findChannels({ wallet: 'applepay', category: 'payment_failed' });
    expect(apple.map((r) => r.channel.value)).not.toContain('+1-800-692-7753');
    expect(apple[0]?.channel.kind).toBe('in_app');
  });

  it('merchant channels sink for consumers and rise for merchants', () => {
    const consumer = findChannels({ wallet: 'wechatpay', category: 'payment_failed' });
    const merchant = findChannels({ wallet: 'wechatpay', category: 'payment_failed', audience: 'merchant' });
    const pos = (list: typeof consumer, value: string) => list.findIndex((r) => r.channel.value === value);
    expect(pos(consumer, '95017')).toBeLessThan(pos(consumer, '95017-2'));
    expect(pos(merchant, '95017-2')).toBeLessThan(pos(merchant, '95017') + 1);
    expect(consumer.find((r) => r.channel.value === '95017-2')?.reasons.map((r) => r.code)).toContain('audience_other');
  });

  it('other regions sink; language and locale shape the reasons', () => {
    const ranked = findChannels({ wallet: 'unionpay', region: 'US', language: 'zh' });
    const cn = ranked.find((r) => r.channel.value === '95516')!;
    const us = ranked.find((r) => r.channel.value === '+1-866-567-5516')!;
    expect(us.rank).toBeLessThan(cn.rank);
    expect(cn.reasons.map((r) => r.code)).toContain('region_other');
    expect(cn.reasons[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every result has reasons', () => {
    for (const id of ['alipay', 'paypal', 'venmo', 'revolut', 'gcash']) {
      for (const r of findChannels({ wallet: id, category: 'account_compromise', at: new Date('2026-11-24T12:00:00Z') })) expect(r.reasons.length).toBeGreaterThan(0);
    }
  });

  it('takes an hours engine through the adapter interface', () => {
    const alwaysClosed: HoursEngine = { isOpen: () => false, nextOpening: (_h, after) => new Date(after.getTime() + 3_600_000) };
    const ranked = findChannels({ wallet: 'wechatpay', at: new Date('2026-11-24T05:00:00Z'), audience: 'merchant', hours: alwaysClosed });
    expect(ranked.find((r) => r.channel.value === '95017-2')?.availability).toBe('closed');
  });

  it('weekly engine: open, closed and next opening across a DST change', () => {
    const hours = getWallet('cashapp').channels.find((c) => c.kind === 'phone')!.hours!;
    expect(weeklyHoursEngine.isOpen(hours, new Date('2026-03-08T12:30:00Z'))).toBe(true); // 08:30 EDT, DST day
    expect(weeklyHoursEngine.isOpen(hours, new Date('2026-03-08T11:30:00Z'))).toBe(false); // 07:30 EDT
    expect(weeklyHoursEngine.nextOpening(hours, new Date('2026-03-08T06:00:00Z'))?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('bad options are ValidationErrors naming the field; an unknown wallet is NotFoundError', () => {
    expect(() => findChannels({ wallet: 'alipay', category: 'stolen' as never })).toThrow(/options\.category/);
    expect(() => findChannels({ wallet: 'alipay', at: new Date('nope') })).toThrow(/options\.at/);
    expect(() => findChannels({ wallet: 'nope' })).toThrow(/No wallet "nope"/);
    expect(() => findChannels(undefined as never)).toThrow(/options/);
  });
});

describe('hoursEngineFrom', () => {
  it('adapts a walletdesk/hours-shaped module and builds each schedule once', () => {
    let built = 0;
    const engine = hoursEngineFrom({
      defineSchedule: (input: { timeZone: string }) => {
        built++;
        return input;
      },
      isOpen: (schedule, at) => weeklyHoursEngine.isOpen(schedule as never, at),
      nextOpening: (schedule, after) => weeklyHoursEngine.nextOpening(schedule as never, after) ?? null,
    });
    const at = new Date('2026-11-24T07:00:00Z');
    const ranked = findChannels({ wallet: 'cashapp', at, hours: engine });
    const phone = ranked.find((r) => r.channel.kind === 'phone')!;
    expect(phone.availability).toBe('closed');
    expect(phone.opensAt?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    findChannels({ wallet: 'cashapp', at, hours: engine });
    expect(built).toBe(1); // the in-app channel is 24/7 and never asks the engine
  });
});
