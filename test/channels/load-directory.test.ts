import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtinDirectory, createMemoryDirectoryCache, loadDirectory } from '../../src/channels/index.js';
import { isTimeoutError, isValidationError } from '../../src/errors/index.js';

const URL_ = 'https://data.walletdesk.test/directory.json';

function file(name: string) {
  return {
    schemaVersion: 1,
    retrieved: '2026-12-01',
    wallets: [
      {
        id: 'acmepay',
        names: { en: name },
        domains: ['acmepay.example'],
        regions: ['US'],
        channels: [
          {
            id: 'acmepay/phone-1',
            kind: 'phone',
            value: '+1-555-010-0000',
            e164: '+15550100000',
            region: 'US',
            audience: 'consumer',
            source: 'https://acmepay.example/contact',
            sourceKind: 'official_page',
            checkedAt: '2026-12-01',
            confidence: 'high',
          },
        ],
      },
    ],
  };
}

const seen: Array<string | null> = [];
let body: unknown = file('AcmePay');
let status = 200;
let etag = '"v1"';

const server = setupServer(
  http.get(URL_, ({ request }) => {
    seen.push(request.headers.get('if-none-match'));
    if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
    if (typeof body === 'string') return new HttpResponse(body, { status, headers: { ETag: etag } });
    return HttpResponse.json(body as Record<string, unknown>, { status, headers: { ETag: etag } });
  }),
  http.get('https://slow.walletdesk.test/directory.json', async () => {
    await delay(2_000);
    return HttpResponse.json(file('Slow'));
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  body = file('AcmePay');
  status = 200;
  etag = '"v1"';
});
afterAll(() => server.close());

describe('loadDirectory', () => {
  it('loads and validates a file, then revalidates with If-None-Match and reuses the cache on 304', async () => {
    const cache = createMemoryDirectoryCache();
    const first = await loadDirectory(URL_, { cache });
    expect(first.status).toBe('updated');
    expect(first.etag).toBe('"v1"');
    expect(first.directory.getWallet('acmepay').names.en).toBe('AcmePay');
    const second = await loadDirectory(URL_, { cache });
    expect(seen).toEqual([null, '"v1"']);
    expect(second.status).toBe('not-modified');
    expect(second.directory.getWallet('acmepay').names.en).toBe('AcmePay');
  });

  it('takes a new file when the ETag changed', async () => {
    const cache = createMemoryDirectoryCache();
    await loadDirectory(URL_, { cache });
    body = file('AcmePay 2');
    etag = '"v2"';
    const result = await loadDirectory(URL_, { cache });
    expect(result.status).toBe('updated');
    expect(result.directory.getWallet('acmepay').names.en).toBe('AcmePay 2');
    expect(cache.get(URL_)?.etag).toBe('"v2"');
  });

  it('never lets a file that fails the schema replace the good cached copy', async () => {
    const cache = createMemoryDirectoryCache();
    await loadDirectory(URL_, { cache });
    const broken = file('Broken');
    (broken.wallets[0]!.channels[0] as Record<string, unknown>).source = 'not a url';
    body = broken;
    etag = '"v3"';
    const result = await loadDirectory(URL_, { cache });
    expect(result.status).toBe('fallback');
    expect(isValidationError(result.error)).toBe(true);
    expect((result.error as { field?: string }).field).toBe('data.wallets[0].channels[0].source');
    expect(result.directory.getWallet('acmepay').names.en).toBe('AcmePay');
    expect(cache.get(URL_)?.etag).toBe('"v1"');
  });

  it('falls back on invalid JSON and on HTTP errors', async () => {
    body = '<html>oops</html>';
    const notJson = await loadDirectory(URL_);
    expect(notJson.status).toBe('fallback');
    expect(notJson.directory).toBe(builtinDirectory);
    body = file('x');
    status = 503;
    const down = await loadDirectory(URL_);
    expect(down.status).toBe('fallback');
    expect(down.error?.code).toBe('HTTP_ERROR');
  });

  it('times out with a TimeoutError and keeps the fallback', async () => {
    const result = await loadDirectory('https://slow.walletdesk.test/directory.json', { timeoutMs: 50 });
    expect(result.status).toBe('fallback');
    expect(isTimeoutError(result.error)).toBe(true);
  });

  it('throws when asked to have no fallback', async () => {
    status = 500;
    await expect(loadDirectory(URL_, { fallback: null })).rejects.toMatchObject({ code: 'HTTP_ERROR' });
  });

  it('extends the built-in directory when asked', async () => {
    const result = await loadDirectory(URL_, { extend: builtinDirectory });
    expect(result.directory.findWallet('alipay')).toBeDefined();
    expect(result.directory.findWallet('acmepay')).toBeDefined();
  });

  it('rejects a bad URL or bad options with a ValidationError naming the field', async () => {
    await expect(loadDirectory('ftp://x.test/d.json')).rejects.toMatchObject({ field: 'url' });
    await expect(loadDirectory(URL_, { timeoutMs: -1 })).rejects.toMatchObject({ field: 'options.timeoutMs' });
  });
});
