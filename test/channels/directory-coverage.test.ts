// Issue 15's coverage rules over the shipped directory: every fact carries a source and a check
// date, every wallet has at least two sourced ways to get help (with the gaps we could not source
// named here and in docs/guide/data-sources.md), and phone and chat lines carry the hours their
// source states.
import { describe, expect, it } from 'vitest';
import { builtinDirectory, type Channel } from '../../src/channels/index.js';

const HELP_PURPOSES = new Set(['support', 'complaint', 'social_support']);
/** Wallets below two sourced help channels, because nothing more could be sourced (data-sources.md). */
const COVERAGE_GAPS: Record<string, number> = { jdpay: 0, samsungwallet: 1 };
/** Phone and chat channels whose sources state no hours (data-sources.md lists them). */
const NO_HOURS_STATED = [
  'wechatpay/phone-1',
  'unionpay/phone-1',
  'unionpay/phone-2',
  'paypal/phone-1',
  'paypal/phone-2',
  'venmo/phone-1',
  'applepay/phone-1',
  'applepay/phone-2',
  'gcash/phone-1',
  'gcash/chat-1',
  'mpesa/phone-1',
  'mpesa/phone-2',
  'mpesa/phone-3',
  'mpesa/phone-4',
  'revolut/phone-1',
  'revolut/phone-2',
  'wechatpay/chat-1',
  'alipay/phone-2',
  'wise/phone-1',
  'ph-bsp/phone-1',
];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const allChannels: Channel[] = [...builtinDirectory.wallets.flatMap((w) => w.channels), ...builtinDirectory.regulators.flatMap((r) => r.channels)];

describe('directory coverage (issue 15)', () => {
  it('every channel has a source URL, a check date and an official confidence', () => {
    expect(allChannels.length).toBeGreaterThan(70);
    for (const channel of allChannels) {
      expect(channel.source, channel.id).toMatch(/^https?:\/\//);
      expect(channel.checkedAt, channel.id).toMatch(ISO_DAY);
      expect(['high', 'medium'], channel.id).toContain(channel.confidence);
    }
  });

  it('every regulator, rule and wallet link is sourced and dated, or marked unverified', () => {
    for (const regulator of builtinDirectory.regulators) {
      expect(regulator.checkedAt).toBe('2026-12-02');
      if (regulator.unverified) expect(regulator.channels, regulator.id).toEqual([]);
      else expect(regulator.channels.length, regulator.id).toBeGreaterThan(0);
      const rule = regulator.eligibility;
      if (rule) {
        expect(rule.source, regulator.id).toMatch(/^https?:\/\//);
        if (rule.confidence === 'low') expect(rule.unverified, regulator.id).toBe(true);
      }
    }
    for (const wallet of builtinDirectory.wallets) {
      for (const link of wallet.supervisors) {
        expect(builtinDirectory.findRegulator(link.regulator), `${wallet.id} → ${link.regulator}`).toBeDefined();
        if (!link.unverified) expect(link.source, wallet.id).toMatch(/^https?:\/\//);
      }
    }
  });

  it('covers every region the issue names with a regulator entry', () => {
    const regions = new Set(builtinDirectory.regulators.map((r) => r.region));
    for (const region of ['CN', 'US', 'GB', 'IN', 'PH', 'KE', 'SG']) expect(regions, region).toContain(region);
    for (const wallet of ['revolut', 'paypal', 'wise', 'skrill']) {
      const eu = builtinDirectory.getWallet(wallet).supervisors.map((s) => builtinDirectory.findRegulator(s.regulator)?.region);
      expect(eu.some((r) => r !== undefined && r !== 'GB'), wallet).toBe(true);
    }
  });

  it('every wallet has at least two sourced help channels, except the named gaps', () => {
    const counts = Object.fromEntries(builtinDirectory.wallets.map((w) => [w.id, w.channels.filter((c) => HELP_PURPOSES.has(c.purpose)).length]));
    const below = Object.fromEntries(Object.entries(counts).filter(([, n]) => n < 2));
    expect(below).toEqual(COVERAGE_GAPS);
  });

  it('phone and chat channels carry hours unless their source states none', () => {
    const withoutHours = allChannels.filter((c) => (c.kind === 'phone' || c.kind === 'chat') && !c.hours).map((c) => c.id);
    expect(withoutHours.sort()).toEqual([...NO_HOURS_STATED].sort());
  });

  it('the formal complaint routes the issue names are there, as complaint channels', () => {
    const complaint = (wallet: string) => builtinDirectory.getWallet(wallet).channels.filter((c) => c.purpose === 'complaint').map((c) => c.value);
    expect(complaint('phonepe')).toContain('https://www.phonepe.com/grievance-policy/');
    expect(complaint('paytm')).toContain('https://paytm.com/company/terms-and-conditions?company=one97&tab=grievance');
    expect(complaint('paypal')[0]).toMatch(/DISPUTES/);
    expect(complaint('wise')).toContain('+44 808 175 1506');
  });
});
