import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDirectory, createDirectory, getWallet, listWallets } from '../../src/channels/index.js';
import { isNotFoundError, isValidationError } from '../../src/errors/index.js';

const root = resolve(import.meta.dirname, '../..');
const official = resolve(root, '../shared/data/contacts/official.json');

describe('built-in directory', () => {
  it('ships only sourced channels, each with a source URL, checked date and high/medium confidence', () => {
    const channels = builtinDirectory.wallets.flatMap((w) => w.channels);
    expect(channels.length).toBeGreaterThan(40);
    for (const channel of channels) {
      expect(channel.source).toMatch(/^https?:\/\//);
      expect(channel.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['high', 'medium']).toContain(channel.confidence);
    }
  });

  it('keeps unverified numbers as evidence, never as channels', () => {
    const alipay = getWallet('alipay');
    expect(alipay.unverified.map((u) => u.value)).toContain('+86-571-2688-8888');
    expect(alipay.channels.map((c) => c.value)).not.toContain('+86-571-2688-8888');
    expect(alipay.unverified.every((u) => u.confidence === 'low' && u.seenAt.startsWith('http'))).toBe(true);
  });

  it('carries hours in the walletdesk/hours weekly shape', () => {
    const phone = getWallet('cashapp').channels.find((c) => c.kind === 'phone');
    expect(phone?.hours).toMatchObject({ timeZone: 'America/New_York', weekly: { mon: [['08:00', '21:30']], sun: [['08:00', '21:30']] } });
  });

  it('marks outbound-only, sales and card lines so they are never offered as help', () => {
    const mpesa = getWallet('mpesa').channels.find((c) => c.value === '+254-722-000000');
    expect(mpesa?.purpose).toBe('outbound_only');
    expect(getWallet('applepay').channels.find((c) => c.aliases?.includes('1-800-MY-APPLE'))?.purpose).toBe('sales');
  });

  it('JD Pay has no channel (nothing sourced)', () => {
    expect(getWallet('jdpay').channels).toEqual([]);
  });

  it('getWallet throws NotFoundError for an unknown id; listWallets filters by region', () => {
    expect(() => getWallet('nope')).toThrow(/No wallet "nope"/);
    try {
      getWallet('nope');
    } catch (error) {
      expect(isNotFoundError(error)).toBe(true);
    }
    expect(listWallets({ region: 'cn' }).map((w) => w.id)).toEqual(expect.arrayContaining(['alipay', 'wechatpay', 'unionpay', 'jdpay']));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(getWallet('alipay').channels[0])).toBe(true);
  });
});

describe.skipIf(!existsSync(official))('generated data matches ../shared/data/contacts/official.json', () => {
  it('has every wallet, channel and unverified entry of the source', () => {
    const source = JSON.parse(readFileSync(official, 'utf8')) as {
      wallets: Array<{ id: string; channels: Array<{ value: string; source: string }>; unverified?: unknown[]; never_asks?: unknown[] }>;
    };
    expect(builtinDirectory.walletIds()).toEqual(source.wallets.map((w) => w.id));
    for (const wallet of source.wallets) {
      const ours = getWallet(wallet.id);
      // The source's channels come first, in order; the 2026-12-02 additions (escalation-sources.json) follow.
      expect(ours.channels.slice(0, wallet.channels.length).map((c) => [c.value, c.source])).toEqual(wallet.channels.map((c) => [c.value, c.source]));
      expect(ours.channels.slice(wallet.channels.length).every((c) => c.checkedAt === '2026-12-02')).toBe(true);
      expect(ours.unverified).toHaveLength(wallet.unverified?.length ?? 0);
      expect(ours.neverAsks).toHaveLength(wallet.never_asks?.length ?? 0);
    }
  });

  it('is what the import script writes (deterministic)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/channels-import.ts'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});

describe('createDirectory', () => {
  const wallet = {
    id: 'acmepay',
    names: { en: 'AcmePay' },
    regions: ['US'],
    channels: [
      {
        id: 'acmepay/web-1',
        kind: 'web' as const,
        value: 'https://help.acmepay.example/',
        region: 'US',
        audience: 'consumer' as const,
        source: 'https://acmepay.example/contact',
        sourceKind: 'official_page' as const,
        checkedAt: '2026-11-23',
        confidence: 'high' as const,
      },
    ],
  };

  it('replaces the built-in directory by default and extends it on request', () => {
    const replaced = createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [wallet] });
    expect(replaced.walletIds()).toEqual(['acmepay']);
    const extended = createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [wallet] }, { extend: builtinDirectory });
    expect(extended.walletIds()).toContain('alipay');
    expect(extended.walletIds()).toContain('acmepay');
    expect(extended.genericUserContentHosts).toContain('github.io');
  });

  it('rejects bad data with a ValidationError naming the field', () => {
    const bad = { ...wallet, channels: [{ ...wallet.channels[0]!, confidence: 'low' }] };
    try {
      createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [bad] } as never);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect((error as { field: string }).field).toBe('data.wallets[0].channels[0].confidence');
    }
    expect(() => createDirectory({ schemaVersion: 1, retrieved: 'yesterday', wallets: [] })).toThrow(/retrieved/);
    expect(() => createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [wallet, wallet] })).toThrow(/Duplicate wallet id/);
    expect(() => createDirectory(null as never)).toThrow(/data/);
  });

  it('rejects hours in an unknown time zone and slots that close before they open', () => {
    const withHours = (hours: unknown) => ({ ...wallet, channels: [{ ...wallet.channels[0]!, hours }] });
    expect(() => createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [withHours({ timeZone: 'Mars/Base', weekly: {} })] } as never)).toThrow(/timeZone/);
    expect(() =>
      createDirectory({ schemaVersion: 1, retrieved: '2026-11-23', wallets: [withHours({ timeZone: 'UTC', weekly: { mon: [['18:00', '09:00']] } })] } as never),
    ).toThrow(/mon/);
  });
});
