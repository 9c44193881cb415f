// Issue 14: bare hosts in a message are recognised by the public-suffix list (tldts) instead of a
// list of ~60 top-level domains, so the new gTLDs scam sites use are found.
import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../src/channels/extract-contacts.js';
import { builtinDirectory, verifyContact } from '../../src/channels/index.js';
import { indexOf } from '../../src/channels/directory-index.js';

const urls = (text: string) => extractContacts(text, indexOf(builtinDirectory)).filter((c) => c.kind === 'url').map((c) => c.value);

describe('hosts in a message', () => {
  it.each(['lol', 'sbs', 'cfd', 'bond', 'autos', 'quest', 'rest', 'zip', 'mov'])('finds a host on .%s and judges it', (tld) => {
    expect(urls(`PayPal support: restore your account at paypal-restore.${tld}/login today`)).toEqual([`paypal-restore.${tld}/login`]);
    expect(verifyContact(`PayPal support: restore your account at paypal-restore.${tld}/login today`).verdict).toBe('suspicious');
  });

  it('still finds the old ones, and the front of a host glued to a word', () => {
    expect(urls('见 alipay-help.top 和 cs.alipay.com')).toEqual(['alipay-help.top', 'cs.alipay.com']);
    expect(urls('go to paypal.com.evilhost now')).toEqual(['paypal.com']);
  });

  it('does not read file names, sentences or numbers as hosts', () => {
    expect(urls('see README.md and setup.py, version 3.5')).toEqual([]);
    expect(urls('Thanks.See you tomorrow')).toEqual([]);
    expect(urls('the file is notes.txt')).toEqual([]);
  });
});
