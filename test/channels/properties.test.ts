// Property: no formatting variant of a directory phone number or official URL is ever
// `suspicious`; each is `official`, for the right wallet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDirectory, type Channel, verifyContact } from '../../src/channels/index.js';
import { CALLING_CODES } from '../../src/channels/phone-number.js';

const phones = builtinDirectory.wallets.flatMap((wallet) => wallet.channels.filter((c) => c.kind === 'phone').map((channel) => ({ wallet: wallet.id, channel })));
const urls = builtinDirectory.wallets.flatMap((wallet) =>
  wallet.channels.filter((c) => /^https?:\/\//.test(c.value)).map((channel) => ({ wallet: wallet.id, channel })),
);

const FULL_WIDTH = (s: string) => s.replace(/[0-9+()-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const separator = fc.constantFrom(' ', '-', '.', '', '\u00a0', '\u2013', ' - ', '/');

/** Splits digits into 1–4 groups joined by separators; the first group may be bracketed. */
function grouped(digits: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.integer({ min: 1, max: Math.max(1, digits.length - 1) }), { maxLength: 3 }), separator, separator, fc.boolean())
    .map(([cuts, sepA, sepB, bracket]) => {
      const points = [...new Set(cuts)].filter((n) => n > 0 && n < digits.length).sort((a, b) => a - b);
      const parts: string[] = [];
      let last = 0;
      for (const p of [...points, digits.length]) {
        parts.push(digits.slice(last, p));
        last = p;
      }
      if (bracket && parts.length > 2) parts[0] = `(${parts[0]})`;
      return parts.map((part, i) => (i === 0 ? part : `${i % 2 ? sepA : sepB}${part}`)).join('');
    });
}

/** Every written form of a channel's number that a person could reasonably use. */
function phoneVariant(channel: Channel): fc.Arbitrary<string> {
  const forms: Array<fc.Arbitrary<string>> = [];
  const cc = CALLING_CODES[channel.region];
  if (channel.e164) {
    const digits = channel.e164.slice(1);
    const national = cc && digits.startsWith(cc) ? digits.slice(cc.length) : digits;
    forms.push(grouped(national).map((n) => `+${cc} ${n}`));
    forms.push(grouped(national).map((n) => `00${cc} ${n}`));
    forms.push(grouped(national).map((n) => (cc === '1' ? n : `0${n}`)));
    if (cc === '1') forms.push(grouped(national).map((n) => `1-${n}`));
  }
  for (const dial of channel.dial ?? []) {
    const option = channel.value.replace(/\D/g, '').slice(dial.length);
    const withOption = (n: string) => (option ? fc.constantFrom(`${n}-${option}`, `${n}转${option}`, `${n} ext ${option}`, `${n}, ${option}`) : fc.constant(n));
    forms.push(grouped(dial).chain(withOption));
    if (cc && dial.length >= 5) forms.push(grouped(dial).chain((n) => withOption(`+${cc} ${n}`)));
  }
  return fc.oneof(...forms).chain((text) => fc.constantFrom(text, FULL_WIDTH(text), `tel:${text.replace(/\s/g, '')}`, `  ${text}  `));
}

function urlVariant(value: string): fc.Arbitrary<string> {
  const url = new URL(value);
  const host = url.hostname;
  return fc
    .record({
      scheme: fc.constantFrom('https://', 'http://', ''),
      www: fc.constantFrom('keep', 'add', 'drop'),
      upper: fc.boolean(),
      slash: fc.boolean(),
      extra: fc.constantFrom('', '/more/page', '/index.html', '?utm_source=x&lang=zh', '#section', '/a?b=c#d'),
    })
    .map(({ scheme, www, upper, slash, extra }) => {
      let h = host;
      if (www === 'add' && !h.startsWith('www.')) h = `www.${h}`;
      if (www === 'drop' && h.startsWith('www.')) h = h.slice(4);
      if (upper) h = h.toUpperCase();
      let path = url.pathname.replace(/\/+$/, '');
      if (slash || extra.startsWith('?') || extra.startsWith('#')) path += '/';
      if (extra.startsWith('/')) path = path.replace(/\/$/, '') + extra;
      else path += extra;
      return `${scheme || (url.protocol === 'http:' ? '' : 'https://')}${h}${path}${url.search}`;
    });
}

describe('formatting variants of official contacts are official', () => {
  it('covers every directory phone number and URL', () => {
    expect(phones.length).toBeGreaterThan(15);
    expect(urls.length).toBeGreaterThan(20);
  });

  it.each(phones.map((p) => [`${p.wallet} ${p.channel.value}`, p] as const))('phone %s', (_label, { wallet, channel }) => {
    fc.assert(
      fc.property(phoneVariant(channel), fc.boolean(), (text, claim) => {
        const result = verifyContact(text, claim ? { wallet, kind: 'phone' } : { kind: 'phone' });
        expect(result.verdict, `${text} → ${result.reasons.map((r) => r.code).join(', ')}`).toBe('official');
        expect(result.wallet).toBe(wallet);
      }),
      { numRuns: 60 },
    );
  });

  it.each(urls.map((u) => [`${u.wallet} ${u.channel.value}`, u] as const))('url %s', (_label, { wallet, channel }) => {
    fc.assert(
      fc.property(urlVariant(channel.value), fc.boolean(), (text, claim) => {
        const result = verifyContact(text, claim ? { wallet } : {});
        expect(result.verdict, `${text} → ${result.reasons.map((r) => r.code).join(', ')}`).toBe('official');
        expect(result.wallet).toBe(wallet);
      }),
      { numRuns: 40 },
    );
  });

  it('really generates varied forms (full-width, 00 prefix, brackets, IVR options, upper-case hosts)', () => {
    const venmo = phones.find((p) => p.wallet === 'venmo')!.channel;
    const samples = fc.sample(phoneVariant(venmo), 300);
    expect(samples.some((x) => /[０-９]/.test(x))).toBe(true);
    expect(samples.some((x) => x.trim().startsWith('00') || x.includes('００'))).toBe(true);
    expect(samples.some((x) => x.includes('('))).toBe(true);
    const alipayMerchant = phones.find((p) => p.channel.value === '95188-6')!.channel;
    expect(fc.sample(phoneVariant(alipayMerchant), 200).some((x) => x.includes('转6'))).toBe(true);
    const hosts = fc.sample(urlVariant('https://help.venmo.com/'), 200);
    expect(hosts.some((x) => x.includes('HELP.VENMO.COM'))).toBe(true);
    expect(hosts.some((x) => x.startsWith('http://'))).toBe(true);
    expect(new Set(hosts).size).toBeGreaterThan(20);
  });

  it('auto-detects the kind of phone variants too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...phones), (p) => {
        const text = p.channel.e164 ?? p.channel.value;
        expect(verifyContact(text).verdict).not.toBe('suspicious');
      }),
    );
  });
});

describe('verifyContact never crashes', () => {
  const kinds = fc.constantFrom(undefined, 'phone' as const, 'url' as const, 'email' as const, 'text' as const);
  const junk = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.emailAddress(),
    fc.stringMatching(/^[+0-9()\-. •⭐Oo]{0,40}$/),
  );

  it('returns a verdict with reasons for any string and kind', () => {
    fc.assert(
      fc.property(junk, kinds, fc.constantFrom(undefined, 'alipay', 'paypal', 'jdpay'), (input, kind, wallet) => {
        const result = verifyContact(input, { ...(kind ? { kind } : {}), ...(wallet ? { wallet } : {}) });
        expect(['official', 'suspicious', 'unknown']).toContain(result.verdict);
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });
});
