import { describe, expect, it } from 'vitest';
import { channelSchedule, findChannels } from '../../src/channels/index.js';
import { cnOfficeDirectory } from '../helpers/cn-office-directory.js';
import { isValidationError } from '../../src/errors/index.js';
import { chinaMainlandEstimated, nextOpening } from '../../src/hours/index.js';

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

  it('reads hours through walletdesk/hours: open, closed and next opening across a DST change', () => {
    // Cash App's phone line, 08:00–21:30 in New York, on the day clocks go forward (8 March 2026).
    const phone = (at: string) => findChannels({ wallet: 'cashapp', at: new Date(at) }).find((r) => r.channel.kind === 'phone')!;
    expect(phone('2026-03-08T12:30:00Z').availability).toBe('open'); // 08:30 EDT
    const early = phone('2026-03-08T11:30:00Z'); // 07:30 EDT
    expect(early.availability).toBe('closed');
    expect(early.opensAt?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(early.estimated).toBeUndefined();
  });

  it('bad options are ValidationErrors naming the field; an unknown wallet is NotFoundError', () => {
    expect(() => findChannels({ wallet: 'alipay', category: 'stolen' as never })).toThrow(/options\.category/);
    expect(() => findChannels({ wallet: 'alipay', at: new Date('nope') })).toThrow(/options\.at/);
    expect(() => findChannels({ wallet: 'nope' })).toThrow(/No wallet "nope"/);
    expect(() => findChannels(undefined as never)).toThrow(/options/);
  });
});

const officeDirectory = cnOfficeDirectory;
const office = (at: string, locale?: 'zh' | 'en') => findChannels({ wallet: 'cnoffice', directory: officeDirectory, at: new Date(at), ...(locale ? { locale } : {}) })[0]!;

describe('findChannels on the China calendar (issue 14)', () => {
  it('Spring Festival 2026-02-17 (a Tuesday): closed, opening on Tuesday 24 February', () => {
    const r = office('2026-02-17T02:00:00Z'); // 10:00 in Shanghai
    expect(r.availability).toBe('closed');
    expect(r.opensAt?.toISOString()).toBe('2026-02-24T01:00:00.000Z');
    expect(r.estimated).toBeUndefined(); // the 2026 notice is official data
    // The same weekday a week later is an ordinary working day.
    expect(office('2026-03-03T02:00:00Z').availability).toBe('open');
  });

  it('make-up workday Saturday 2026-02-14 (调休上班): open with weekday hours; an ordinary Saturday stays closed', () => {
    expect(office('2026-02-14T02:00:00Z').availability).toBe('open');
    expect(office('2026-02-28T02:00:00Z').availability).toBe('open');
    expect(office('2026-03-07T02:00:00Z').availability).toBe('closed');
    expect(office('2026-03-07T02:00:00Z').opensAt?.toISOString()).toBe('2026-03-09T01:00:00.000Z');
  });

  it('beyond the notices it answers from the estimate and says so, in English and Chinese', () => {
    const newYear = office('2027-01-01T02:00:00Z');
    expect(newYear.availability).toBe('closed');
    expect(newYear.opensAt?.toISOString()).toBe('2027-01-04T01:00:00.000Z');
    expect(newYear.estimated).toBe(true);
    const reason = newYear.reasons.find((x) => x.code === 'hours_estimated')!;
    expect(reason.messageEn).toBe('Holiday dates for 2027 are estimated from the statutory holidays; the official arrangement may add bridge days.');
    expect(reason.messageZh).toMatch(/^2027年的节假日按法定节假日推算/);
    expect(office('2027-02-05T02:00:00Z', 'zh').reasons.find((x) => x.code === 'hours_estimated')?.message).toMatch(/2027年/);
    // An answer that stays in 2026 is not flagged.
    expect(office('2026-12-28T02:00:00Z').estimated).toBeUndefined();
  });

  it('channelSchedule: CN office hours carry the estimating calendar; 24/7 and other regions do not', () => {
    const cn = officeDirectory.getWallet('cnoffice').channels[0]!;
    expect(channelSchedule(cn)?.calendar).toBe(chinaMainlandEstimated);
    expect(channelSchedule(cn)).toBe(channelSchedule(cn)); // built once
    const alipay = findChannels({ wallet: 'alipay' }).find((r) => r.channel.value === '95188')!.channel;
    expect(channelSchedule(alipay)?.calendar).toBeUndefined();
    const cashapp = findChannels({ wallet: 'cashapp' }).find((r) => r.channel.kind === 'phone')!.channel;
    expect(channelSchedule(cashapp)?.calendar).toBeUndefined();
    expect(nextOpening(channelSchedule(cn)!, new Date('2026-10-01T02:00:00Z'))?.toISOString()).toBe('2026-10-08T01:00:00.000Z');
    expect(channelSchedule(findChannels({ wallet: 'applepay' })[0]!.channel)).toBeUndefined();
  });

  it('a bad `at` is a ValidationError naming options.at, never a RangeError', () => {
    let error: unknown;
    try {
      findChannels({ wallet: 'cnoffice', directory: officeDirectory, at: new Date(-8.64e15 + 49) });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/at/);
  });
});
