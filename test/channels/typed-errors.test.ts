// Issue 13: every export of walletdesk/channels answers wrong JS types with a ValidationError that
// names the argument, never a TypeError from deep inside.
import { describe, expect, it } from 'vitest';
import { builtinDirectory, channelSchedule, detectKind, getWallet, listWallets, normalizePhoneNumber, verifyContact } from '../../src/channels/index.js';
import { fieldOf } from '../helpers/rejection.js';

describe('channels exports are total', () => {
  it('detectKind, getWallet and listWallets name the bad argument', () => {
    expect(fieldOf(() => detectKind(1 as never))).toBe('input');
    expect(fieldOf(() => detectKind(null as never))).toBe('input');
    expect(fieldOf(() => getWallet(1 as never))).toBe('id');
    expect(fieldOf(() => getWallet('alipay', {} as never))).toBe('directory');
    expect(fieldOf(() => listWallets(null as never))).toBe('options');
    expect(fieldOf(() => listWallets({ region: 5 } as never))).toBe('options.region');
    expect(fieldOf(() => listWallets({ directory: 'x' } as never))).toBe('options.directory');
    expect(fieldOf(() => verifyContact('95188', { direction: 'sideways' } as never))).toBe('options.direction');
  });

  it('a directory’s getWallet refuses a non-string id before quoting it in a message', () => {
    expect(fieldOf(() => builtinDirectory.getWallet(Symbol('x') as never))).toBe('id');
    expect(fieldOf(() => builtinDirectory.getWallet({} as never))).toBe('id');
  });

  it('channelSchedule names the channel, or the bad part of its hours', () => {
    expect(fieldOf(() => channelSchedule(undefined as never))).toBe('channel');
    expect(fieldOf(() => channelSchedule(1 as never))).toBe('channel');
    expect(fieldOf(() => channelSchedule({ hours: { timeZone: 'Mars/Base', weekly: {} } } as never))).toBe('channel.hours.timeZone');
    expect(channelSchedule({ kind: 'faq' } as never)).toBeUndefined();
  });

  it('good input still works', () => {
    expect(detectKind('95188')).toBe('phone');
    expect(getWallet('alipay').id).toBe('alipay');
    expect(listWallets().length).toBeGreaterThan(10);
    expect(normalizePhoneNumber(1 as never)).toBeUndefined();
  });
});
