// The rules for removing credentials the client knows (src/errors/redact-secrets.ts): every
// encoding, echoed fragments from 6 characters of a secret of 12 or more, user names whole only.
import { describe, expect, it } from 'vitest';
import { MIN_ECHOED_FRAGMENT, MIN_FRAGMENTED_SECRET, removeKnownSecrets, scrubbedCause, scrubDeep, secretScrubber } from '../../src/errors/redact-secrets.js';

const token = 'tok_live_9f8e+7d6c/5b4a=';

describe('known secrets', () => {
  it('removes a secret raw, URL-encoded, form-encoded, JSON-escaped and base64', () => {
    const forms = [token, encodeURIComponent(token), btoa(token), btoa(token).replace(/=+$/, ''), JSON.stringify(token).slice(1, -1)];
    for (const form of forms) expect(removeKnownSecrets(`echo ${form} end`, [token])).toBe('echo [REDACTED] end');
  });

  it(`removes an echoed piece of ${MIN_ECHOED_FRAGMENT}+ characters of a ${MIN_FRAGMENTED_SECRET}+ character secret, and keeps a shorter one`, () => {
    expect(removeKnownSecrets('your token tok_liv… is wrong', [token])).toBe('your token [REDACTED]… is wrong');
    expect(removeKnownSecrets('ends in …c/5b4a=', [token])).toBe('ends in …[REDACTED]');
    // Five characters are not enough to be the token's.
    expect(removeKnownSecrets('starts tok_l…', [token])).toBe('starts tok_l…');
    // A short secret is matched whole only, so ordinary words survive.
    expect(removeKnownSecrets('hunter2 and hunter', ['hunter2'])).toBe('[REDACTED] and hunter');
    // Placeholders shorter than four characters (Freshdesk's X) are not text to remove.
    expect(removeKnownSecrets('X marks', ['X'])).toBe('X marks');
  });

  it('removes a user name as a whole word only, and never in part', () => {
    const scrub = secretScrubber({ identifiers: ['svc-agent', 'agent@acme.example/token'] });
    expect(scrub('svc-agent failed; svc-agents and svc-age stay')).toBe('[REDACTED] failed; svc-agents and svc-age stay');
    expect(scrub('user agent@acme.example/token:abc')).toBe('user [REDACTED]:abc');
  });

  it('scrubs every string and key of a parsed body, keeping its shape', () => {
    const scrub = secretScrubber({ secrets: [token] });
    expect(scrubDeep({ [token]: [1, { echo: `Bearer ${token}` }], n: null }, scrub)).toEqual({ '[REDACTED]': [1, { echo: 'Bearer [REDACTED]' }], n: null });
  });

  it('summarises a cause chain into plain errors: scrubbed text and Node network fields, no Request, no headers', () => {
    const scrub = secretScrubber({ secrets: [token] });
    const inner = Object.assign(new Error(`connect ECONNREFUSED ${token}`), { code: 'ECONNREFUSED', port: 9, request: new Request('https://x.test/', { headers: { authorization: `Bearer ${token}` } }) });
    const outer = new TypeError(`fetch failed for https://x.test/?access_token=${token}`, { cause: new AggregateError([inner], 'all failed') });
    const summary = scrubbedCause(outer, scrub) as Error & { cause: Error & { errors: Array<Error & { code: string; port: number }> } };
    expect(summary.name).toBe('TypeError');
    expect(summary.message).toBe('fetch failed for https://x.test/?access_token=[REDACTED]');
    expect(summary.stack).not.toContain(token);
    const [first] = summary.cause.errors;
    expect([first?.code, first?.port, first?.message]).toEqual(['ECONNREFUSED', 9, 'connect ECONNREFUSED [REDACTED]']);
    expect(Object.keys(first ?? {})).not.toContain('request');
  });

  it('takes wrong-typed secrets and text without throwing', () => {
    expect(removeKnownSecrets('a secret-value b', [undefined, 'secret-value', 42 as unknown as string])).toBe('a [REDACTED] b');
    expect(scrubbedCause('plain string reason secret-value', secretScrubber({ secrets: ['secret-value'] })).message).toBe('plain string reason [REDACTED]');
  });
});
