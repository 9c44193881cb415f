// The contact log has one set of field rules (src/taxonomy/contact-attempt.ts): what tickets'
// logContact stores and what channels' escalationPath reads accept and refuse the same attempts;
// channels alone also takes a directory channel object, and tickets alone refuses unknown keys.
import { describe, expect, it } from 'vitest';
import { contactAttemptSchema as channelsSchema, getWallet } from '../../src/channels/index.js';
import { contactAttemptSchema as ticketsSchema } from '../../src/tickets/index.js';

const base = { channel: 'alipay/phone-1', at: new Date('2026-11-01T02:00:00Z'), outcome: 'unresolved' };
const cases: Array<[string, Record<string, unknown>]> = [
  ['a plain attempt', base],
  ['an ISO date with an offset', { ...base, at: '2026-11-01T10:00:00+08:00' }],
  ['an ISO date without an offset', { ...base, at: '2026-11-01T10:00:00' }],
  ['an invalid Date', { ...base, at: new Date(Number.NaN) }],
  ['a 500-character staff number', { ...base, agentId: '7'.repeat(500) }],
  ['a 501-character staff number', { ...base, agentId: '7'.repeat(501) }],
  ['a blank reference', { ...base, reference: '   ' }],
  ['a note', { ...base, note: 'promised a callback within 24h' }],
  ['an unknown outcome', { ...base, outcome: 'escalated' }],
  ['an empty channel', { ...base, channel: '' }],
];

describe('one contact-attempt rule set', () => {
  for (const [name, input] of cases) {
    it(`tickets and channels agree on ${name}`, () => {
      const tickets = ticketsSchema.safeParse(input);
      const channels = channelsSchema.safeParse(input);
      expect(channels.success).toBe(tickets.success);
      if (tickets.success && channels.success) expect(channels.data).toEqual(tickets.data);
    });
  }

  it('reads an ISO date into a Date in both', () => {
    const input = { ...base, at: '2026-11-01T10:00:00+08:00' };
    expect(channelsSchema.parse(input).at).toEqual(new Date('2026-11-01T02:00:00Z'));
    expect(ticketsSchema.parse(input).at).toEqual(new Date('2026-11-01T02:00:00Z'));
  });

  it('keeps each side its one difference: a directory channel for the ladder, no unknown keys on a ticket', () => {
    const channel = getWallet('alipay').channels[0]!;
    expect(channelsSchema.safeParse({ ...base, channel }).success).toBe(true);
    expect(ticketsSchema.safeParse({ ...base, channel }).success).toBe(false);
    expect(channelsSchema.safeParse({ ...base, mood: 'angry' }).success).toBe(true);
    expect(ticketsSchema.safeParse({ ...base, mood: 'angry' }).success).toBe(false);
  });
});
