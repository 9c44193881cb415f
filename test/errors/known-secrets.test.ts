// The rules for removing credentials the client knows (src/errors/known-secrets.ts): every
// encoding, echoed fragments from 6 characters of a secret of 12 or more, user names whole only.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { errorFromTransport, isHttpError, isTimeoutError, isWalletdeskError, knownCredentials, secretScrubber as publicScrubber } from '../../src/errors/index.js';
import { MIN_ECHOED_FRAGMENT, MIN_FRAGMENTED_SECRET, removeKnownSecrets, scrubbedCause, scrubDeep, secretScrubber } from '../../src/errors/known-secrets.js';

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

describe('knownCredentials', () => {
  it('reads user-info, secret query parameters, Bearer tokens and both halves of a Basic blob', () => {
    const known = knownCredentials(
      { url: 'https://svc-agent:pw%2B9Hq2@desk.example/api?access_token=at-123456&page=2', headers: { authorization: `Basic ${btoa('agent@acme.example/token:zd-token-42')}`, 'x-api-key': 'key-987654', accept: 'application/json' } },
      { secrets: ['extra-secret'] },
    );
    expect(known.secrets).toEqual(expect.arrayContaining(['extra-secret', 'pw+9Hq2', 'pw%2B9Hq2', 'at-123456', 'zd-token-42', 'key-987654', btoa('agent@acme.example/token:zd-token-42')]));
    expect(known.identifiers).toEqual(['svc-agent', 'agent@acme.example/token']);
    expect(known.secrets).not.toContain('2');
  });

  it('treats the user of a Basic blob with a placeholder password (Freshdesk APIKEY:X) as the secret', () => {
    const known = knownCredentials({ headers: { Authorization: `Basic ${btoa('fdK3yQ8wE5rT2yU7iO0p:X')}` } });
    expect(known.secrets).toContain('fdK3yQ8wE5rT2yU7iO0p');
    expect(known.identifiers).toEqual([]);
  });

  it('takes bad input without throwing: nothing known', () => {
    for (const bad of [undefined, null, 1, 'x', { url: 42, headers: 'nope' }, { url: 'not a url', headers: { authorization: 7 } }]) {
      expect(knownCredentials(bad as never)).toEqual({ secrets: [], identifiers: [] });
    }
    expect(publicScrubber(null as never)('text stays')).toBe('text stays');
    expect(publicScrubber({ secrets: 'tok-123456' as never })('tok-123456 stays: not a list')).toBe('tok-123456 stays: not a list');
  });
});

describe('errorFromTransport', () => {
  const known = { secrets: ['tok_live_9f8e7d6c5b4a'], identifiers: ['svc-agent'] };

  it('makes a status-0 HttpError for a network failure, with a scrubbed plain cause', () => {
    const raw = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED for svc-agent tok_live_9f8e…'), { code: 'ECONNREFUSED', request: { headers: { authorization: 'Bearer tok_live_9f8e7d6c5b4a' } } }) });
    const error = errorFromTransport(raw, { method: 'get', url: 'https://svc-agent:x@desk.example/t?token=tok_live_9f8e7d6c5b4a' }, known);
    expect(isHttpError(error) && [error.status, error.method, error.url]).toEqual([0, 'GET', 'https://desk.example/t?token=%5BREDACTED%5D']);
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toMatch(/tok_live|svc-agent|9f8e7d/);
    expect(((error as Error).cause as Error & { cause: Error & { code: string } }).cause.code).toBe('ECONNREFUSED');
  });

  it('makes a TimeoutError for a ky TimeoutError, and hands an AbortError back unchanged', () => {
    const timedOut = Object.assign(new Error('Request timed out: GET https://desk.example/?access_token=tok_live_9f8e7d6c5b4a'), { name: 'TimeoutError' });
    const error = errorFromTransport(timedOut, { method: 'GET', url: 'https://desk.example/' }, { ...known, timeoutMs: 150 });
    expect(isTimeoutError(error) && error.timeoutMs).toBe(150);
    expect(JSON.stringify(error) + String((error as Error).stack) + inspect(error, { depth: 9 })).not.toContain('tok_live');
    const abort = new DOMException('aborted', 'AbortError');
    expect(errorFromTransport(abort, { method: 'GET', url: 'https://desk.example/' })).toBe(abort);
  });

  it('takes bad input without throwing and still gives a walletdesk error', () => {
    for (const [error, request, details] of [[undefined, undefined, undefined], [42, 'x', 'y'], [{ message: 7 }, { method: 1, url: {} }, { secrets: 'nope' }]] as const) {
      expect(isWalletdeskError(errorFromTransport(error, request as never, details as never))).toBe(true);
    }
  });
});
