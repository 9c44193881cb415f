// Issue 13, "Secrets in error objects": every HTTP backend, against a real loopback server that
// echoes the credentials it receives back in its bodies, headers and error messages, and on the
// paths where no server answers (connection refused, timeout). No error may carry any form of any
// credential in any rendering: util.inspect (deep, hidden), String, stack, JSON, toJSON, what
// console.error prints, and every string reachable from the error object.
import { Console } from 'node:console';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isHttpError, isRateLimitError, isTimeoutError, isValidationError } from '../../src/errors/index.js';
import { restBackend, type TicketBackend } from '../../src/tickets/index.js';
import { freshdeskBackend } from '../../src/tickets/backends/freshdesk/index.js';
import { zendeskBackend } from '../../src/tickets/backends/zendesk/index.js';
import { rejection } from '../helpers/rejection.js';

const MIN_FRAGMENT = 6; // the documented minimum echoed fragment (src/errors/known-secrets.ts)

/** What the server does; chosen per request by the `x-scenario` the test's fetch adds. */
type Scenario = 'validation' | 'unauthorized' | 'notFound' | 'conflict' | 'rateLimited' | 'serverJson' | 'serverText' | 'okMalformed' | 'silent';
const SCENARIOS: Scenario[] = ['validation', 'unauthorized', 'notFound', 'conflict', 'rateLimited', 'serverJson', 'serverText', 'okMalformed'];

let server: Server;
let origin = '';
let refusedOrigin = '';
const held: ServerResponse[] = [];

/** Everything credential-like the server can see, echoed the ways careless servers do. */
function echoes(req: IncomingMessage): { all: string[]; prefix: string; field: string } {
  const auth = String(req.headers.authorization ?? '');
  const url = new URL(req.url ?? '/', 'http://loopback');
  const [, scheme = '', credential = ''] = /^(\S+)\s+(\S+)$/.exec(auth) ?? [];
  const decoded = scheme.toLowerCase() === 'basic' ? Buffer.from(credential, 'base64').toString('utf8') : '';
  const token = decoded !== '' ? decoded.slice(decoded.indexOf(':') + 1) : credential;
  const secret = token.length >= 4 ? token : decoded.slice(0, decoded.indexOf(':'));
  const query = url.searchParams.get('access_token') ?? '';
  const prefix = secret.slice(0, 8);
  return {
    all: [auth, decoded, token, secret, encodeURIComponent(secret), `${prefix}…`, `…${secret.slice(-7)}`, `${req.url}`, query, `${query.slice(0, 9)}…`],
    prefix,
    field: `${secret.slice(0, 10)}_field`,
  };
}

function respond(req: IncomingMessage, res: ServerResponse): void {
  const scenario = String(req.headers['x-scenario']) as Scenario;
  if (scenario === 'silent') return void held.push(res);
  const { all, prefix, field } = echoes(req);
  const said = `you sent ${all.join(' | ')}`;
  const headers = {
    'content-type': 'application/json',
    'x-echo-authorization': String(req.headers.authorization ?? ''),
    'www-authenticate': `Bearer realm="${prefix}", error="invalid_token ${all[2]}"`,
  };
  const vendorBody = {
    // REST protocol (src/tickets/backends/rest/wire.ts)
    error: { code: 'BAD', message: said, issues: [{ path: ['subject', field], message: said, code: 'custom' }] },
    // Zendesk: { error, description, details }
    description: said,
    details: { [field]: [{ description: said, error: 'InvalidValue' }] },
    // Freshdesk: { description, errors: [{ field, message, code }] }
    errors: [{ field, message: said, code: 'invalid_value' }],
    echo: { headers: req.headers, url: req.url, [prefix]: all },
  };
  if (scenario === 'okMalformed') {
    // A 200 whose ticket does not parse, with credentials as record keys and in the values: the
    // ValidationError is made after the HTTP client returned, from the response's own keys.
    const echoed = { [field]: { said }, [`${prefix}_key`]: [said] };
    const ticket = { id: 1, subject: said, customFields: echoed, custom_fields: echoed, [field]: said };
    res.writeHead(200, headers).end(JSON.stringify({ ticket, ...ticket }));
    return;
  }
  const status: Partial<Record<Scenario, number>> = { validation: 422, unauthorized: 401, notFound: 404, conflict: 409, rateLimited: 429, serverJson: 500 };
  const json = status[scenario];
  if (json !== undefined) {
    res.writeHead(json, { ...headers, ...(json === 429 ? { 'retry-after': '3600' } : {}) }).end(JSON.stringify(vendorBody));
    return;
  }
  res.writeHead(500, { ...headers, 'content-type': 'text/plain' }).end(`Internal error while checking ${said}`);
}

beforeAll(async () => {
  server = createServer(respond);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free: nothing listens there, so connecting is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The real fetch, sent to the loopback server (or the refused port) whatever host the backend names. */
function loopbackFetch(scenario: Scenario | 'refused'): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const target = new URL(request.url);
    const to = new URL(`${target.pathname}${target.search}`, scenario === 'refused' ? refusedOrigin : origin);
    const headers = new Headers(request.headers);
    headers.set('x-scenario', scenario);
    return fetch(to, { method: request.method, headers, body: request.body, signal: request.signal, duplex: 'half' } as RequestInit);
  };
}

interface Setup {
  name: string;
  /** Every credential in play (tokens, passwords, keys, user names). */
  secrets: string[];
  /** User names: checked whole (they may be short words), never in part. */
  identifiers: string[];
  make(fetchImpl: typeof globalThis.fetch, timeoutMs: number): TicketBackend;
}

const restToken = 'rest_live_Q7f3Kp9Zx2Lm8Vb4';
const accessToken = 'at_5Tg8Yu1+Io4/Pa7Sd0=';
const password = 'pw_9Hq2+Lk7/Wz4=Xc';
const zendeskToken = 'zd_Ap1T0ken+Sl4sh/Eq=uals9';
const zendeskOauth = 'zdo_Oa7Th9Ac3Ce5Ss2Tk8';
const freshdeskKey = 'fdK3yQ8wE5rT2yU7iO0p';
const retry = { limit: 1, baseDelayMs: 1, maxRetryAfterMs: 1000 };

const setups: Setup[] = [
  {
    name: 'rest, Bearer token and ?access_token= in baseUrl',
    secrets: [restToken, accessToken],
    identifiers: [],
    make: (fetch, timeoutMs) => restBackend({ baseUrl: `https://support.example.com/api/?access_token=${encodeURIComponent(accessToken)}`, token: restToken, fetch, timeoutMs, retry }),
  },
  {
    name: 'rest, user:password@ in baseUrl',
    secrets: [password, accessToken],
    identifiers: ['svc-agent'],
    make: (fetch, timeoutMs) =>
      restBackend({ baseUrl: `https://svc-agent:${encodeURIComponent(password)}@support.example.com/api/?access_token=${encodeURIComponent(accessToken)}`, fetch, timeoutMs, retry }),
  },
  {
    name: 'zendesk, email/token Basic',
    secrets: [zendeskToken],
    identifiers: ['agent@acme.example/token'],
    make: (fetch, timeoutMs) => zendeskBackend({ subdomain: 'acme', email: 'agent@acme.example', apiToken: zendeskToken, fetch, timeoutMs, retry }),
  },
  {
    name: 'zendesk, OAuth Bearer',
    secrets: [zendeskOauth],
    identifiers: [],
    make: (fetch, timeoutMs) => zendeskBackend({ subdomain: 'acme', oauthToken: zendeskOauth, fetch, timeoutMs, retry }),
  },
  {
    name: 'freshdesk, APIKEY:X Basic',
    secrets: [freshdeskKey],
    identifiers: [],
    make: (fetch, timeoutMs) => freshdeskBackend({ domain: 'acme', apiKey: freshdeskKey, fetch, timeoutMs, retry }),
  },
];

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** Every form of every credential that must not appear, with a label for the report. */
function forbiddenForms(setup: Setup): Array<[string, string]> {
  const forms: Array<[string, string]> = [];
  for (const secret of setup.secrets) {
    forms.push([secret, 'raw'], [encodeURIComponent(secret), 'url-encoded'], [b64(secret), 'base64'], [JSON.stringify(secret).slice(1, -1), 'json']);
    for (let i = 0; i + MIN_FRAGMENT <= secret.length; i++) forms.push([secret.slice(i, i + MIN_FRAGMENT), `fragment@${i}`]);
  }
  for (const user of setup.identifiers) forms.push([user, 'identifier']);
  // The Authorization values the backends send.
  if (setup.name.startsWith('zendesk, email')) forms.push([b64(`agent@acme.example/token:${zendeskToken}`), 'basic blob']);
  if (setup.name.startsWith('freshdesk')) forms.push([b64(`${freshdeskKey}:X`), 'basic blob']);
  if (setup.name.includes('user:password')) forms.push([b64(`svc-agent:${password}`), 'basic blob']);
  return forms;
}

/** Every string reachable from `value`: own properties, hidden or not, symbols too. */
function reachableStrings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string') out.push(key);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) out.push(...reachableStrings(descriptor.value, seen));
  }
  return out;
}

/** The renderings a caller or a logger can produce of an error. */
function renderings(error: unknown): Record<string, string> {
  let captured = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).error(error);
  // What the global console.error does in plain Node: a Console on process.stderr.
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    new Console(process.stdout, process.stderr).error('request failed:', error);
  } finally {
    spy.mockRestore();
  }
  const e = error as Error & { toJSON?: () => unknown };
  return {
    'util.inspect(deep, hidden)': inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    'util.inspect': inspect(error),
    String: String(error),
    stack: String(e.stack),
    'JSON.stringify': JSON.stringify(error) ?? '',
    toJSON: JSON.stringify(e.toJSON?.() ?? null),
    'console.error (captured Console)': captured,
    'console.error (process.stderr.write)': stderr,
    'reachable strings': reachableStrings(error).join('\n'),
  };
}

const checked = { errors: 0, renderings: 0 };

/** `backend / path / rendering: form` for every forbidden form found. */
function leaks(setup: Setup, path: string, error: unknown): string[] {
  const forms = forbiddenForms(setup);
  const found: string[] = [];
  checked.errors++;
  for (const [rendering, text] of Object.entries(renderings(error))) {
    checked.renderings++;
    for (const [form, label] of forms) if (text.includes(form)) found.push(`${setup.name} / ${path} / ${rendering}: ${label}`);
  }
  return found;
}


describe.each(setups)('$name', (setup) => {
  it.each(SCENARIOS)('an echoed %s answer leaves no credential in the error', async (scenario) => {
    const error = await rejection(setup.make(loopbackFetch(scenario), 5_000).get('1'));
    const expected: Record<Scenario, (e: unknown) => boolean> = {
      validation: isValidationError,
      unauthorized: (e) => isHttpError(e) && e.status === 401,
      notFound: (e) => isHttpError(e) || (e as { code?: string }).code === 'NOT_FOUND',
      conflict: (e) => (e as { code?: string }).code === 'CONFLICT',
      rateLimited: (e) => isRateLimitError(e) && e.retryAfterMs === 3_600_000,
      serverJson: (e) => isHttpError(e) && e.status === 500,
      serverText: (e) => isHttpError(e) && e.status === 500,
      okMalformed: isValidationError,
      silent: () => false,
    };
    expect(expected[scenario](error), inspect(error)).toBe(true);
    // The server did echo: the error still says what happened, with the credential replaced.
    // (A malformed 200 names the echoed keys only where the schema reads a record: REST's customFields.)
    if (scenario !== 'okMalformed' || setup.name.startsWith('rest')) expect(renderings(error)['util.inspect(deep, hidden)']).toContain('[REDACTED]');
    expect(leaks(setup, scenario, error)).toEqual([]);
  });

  it('a refused connection leaves no credential in the error or its cause', async () => {
    const error = await rejection(setup.make(loopbackFetch('refused'), 5_000).get('1'));
    expect(isHttpError(error) && error.status).toBe(0);
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY })).toContain('ECONNREFUSED');
    expect(leaks(setup, 'refused', error)).toEqual([]);
  });

  it('a timeout leaves no credential in the error or its cause', async () => {
    const error = await rejection(setup.make(loopbackFetch('silent'), 150).get('1'));
    expect(isTimeoutError(error)).toBe(true);
    expect(leaks(setup, 'timeout', error)).toEqual([]);
  });
});

describe('credentials in baseUrl still authenticate', () => {
  it('sends user:password@ as Basic auth and ?access_token= on every request, never in the URL it reports', async () => {
    const seen: Array<{ authorization: string | undefined; url: string | undefined }> = [];
    const echo = createServer((req, res) => {
      seen.push({ authorization: req.headers.authorization, url: req.url });
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"INTERNAL","message":"down"}}');
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const port = (echo.address() as AddressInfo).port;
    try {
      const backend = restBackend({ baseUrl: `http://svc-agent:${encodeURIComponent(password)}@127.0.0.1:${port}/api?access_token=${encodeURIComponent(accessToken)}`, retry: false });
      const error = await rejection(backend.get('7'));
      expect(seen).toEqual([{ authorization: `Basic ${b64(`svc-agent:${password}`)}`, url: `/api/tickets/7?access_token=${encodeURIComponent(accessToken)}` }]);
      expect(isHttpError(error) && error.url).toBe(`http://127.0.0.1:${port}/api/tickets/7?access_token=%5BREDACTED%5D`);
    } finally {
      await new Promise((resolve) => echo.close(resolve));
    }
  });

  it('checked every rendering of every error', () => {
    // 5 credential setups × (8 echoed answers + refused + timeout) = 50 errors, 9 renderings each.
    expect(checked.errors).toBe(setups.length * (SCENARIOS.length + 2));
    expect(checked.renderings).toBe(checked.errors * 9);
  });
});
