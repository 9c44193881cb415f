// Issue 15: no official contact is ever called suspicious. Every channel of every wallet in the
// built-in directory that is a number, a link or an address is checked as itself, with and
// without its wallet named, and in a short genuine sentence; the rules may learn new scam words,
// but never at the cost of a real contact.
import { describe, expect, it } from 'vitest';
import { builtinDirectory, detectKind, verifyContact } from '../../src/channels/index.js';

const checkable = builtinDirectory.wallets.flatMap((wallet) =>
  wallet.channels.flatMap((channel) =>
    [channel.value, ...(channel.aliases ?? [])]
      .filter((value) => detectKind(value) !== 'text')
      .map((value) => ({ wallet: wallet.id, kind: channel.kind, purpose: channel.purpose, value })),
  ),
);

describe('every official contact in the directory', () => {
  it('has enough contacts to mean something', () => {
    expect(checkable.length).toBeGreaterThanOrEqual(50);
    expect(new Set(checkable.map((c) => c.wallet)).size).toBeGreaterThanOrEqual(14);
  });

  it.each(checkable.map((c) => [`${c.wallet} ${c.kind} ${c.value}`, c] as const))('%s is not suspicious', (_label, c) => {
    const named = verifyContact(c.value, { wallet: c.wallet });
    expect(named.verdict, named.reasons.map((r) => r.code).join(', ')).not.toBe('suspicious');
    expect(verifyContact(c.value).verdict).not.toBe('suspicious');
    if (c.purpose === 'support') expect(named.verdict).toBe('official');
    const said = verifyContact(`You can reach support at ${c.value} if you need help.`);
    expect(said.verdict, said.reasons.map((r) => r.code).join(', ')).not.toBe('suspicious');
  });
});
