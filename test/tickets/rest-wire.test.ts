// The REST backend on the wire: a real loopback server (examples/rest-server) with injected faults.
// Nothing here is mocked below HTTP: sockets are really dropped, responses really delayed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isHttpError, isRateLimitError, isTimeoutError, isValidationError } from '../../src/errors/index.js';
import { createTicketClient, memoryBackend, restBackend } from '../../src/tickets/index.js';
import { testTicketBackend } from '../../src/tickets/testing/index.js';
// @ts-expect-error: the example is plain JavaScript
import { createTicketHandler } from '../../examples/rest-server/server.mjs';
import { rejection } from '../helpers/rejection.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
const servers: Server[] = [];

async function listen(handler: Handler): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});


/** A small deterministic PRNG (mulberry32) so the fault pattern is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

testTicketBackend('rest (examples/rest-server on a loopback port)', async () => {
  const baseUrl = await listen(createTicketHandler({ token: 'conformance-token' }));
  return restBackend({ baseUrl, token: 'conformance-token' });
}, { describe, it });

describe('rest backend under faults', () => {
  it('1,000 creates through 503s, 429s, dropped responses and timeouts make exactly 1,000 tickets', async () => {
    const store = memoryBackend();
    const handle = createTicketHandler({ backend: store });
    const random = prng(20261129);
    const seen = { unavailable: 0, rateLimited: 0, dropped: 0, slow: 0, clean: 0 };
    const baseUrl = await listen(async (req, res) => {
      const roll = random();
      if (roll < 0.1) {
        seen.unavailable++;
        res.writeHead(roll < 0.05 ? 500 : 503, roll < 0.05 ? {} : { 'retry-after': '0' }).end();
      } else if (roll < 0.2) {
        seen.rateLimited++;
        res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":{"code":"RATE_LIMITED","message":"slow down"}}');
      } else if (roll < 0.3) {
        // The ticket is made, then the connection dies before the answer: the client cannot know.
        seen.dropped++;
        res.end = (() => {
          req.socket.destroy();
          return res;
        }) as typeof res.end;
        await handle(req, res);
      } else if (roll < 0.35) {
        // Answered after the client gave up: made, but the client sees a timeout.
        seen.slow++;
        await new Promise((resolve) => setTimeout(resolve, 400));
        await handle(req, res);
      } else {
        seen.clean++;
        await handle(req, res);
      }
    });
    const client = createTicketClient({ backend: restBackend({ baseUrl, timeoutMs: 250, retry: { limit: 12, baseDelayMs: 1, maxDelayMs: 20 } }) });

    const results: string[] = new Array(1000);
    let next = 0;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 25 }, async () => {
        while (next < 1000) {
          const i = next++;
          const ticket = await client.create({ subject: `Request #${i}`, description: `Top-up ${i} failed`, category: 'top_up' });
          expect(ticket.subject).toBe(`Request #${i}`);
          results[i] = ticket.id;
        }
      }),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    // Slow handlers may still be finishing their (duplicate, deduplicated) work.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const state = store.exportState();
    expect(new Set(results).size).toBe(1000);
    expect(state.tickets).toHaveLength(1000);
    expect(new Set(state.tickets.map((t) => t.subject)).size).toBe(1000);
    for (const kind of ['unavailable', 'rateLimited', 'dropped', 'slow'] as const) expect(seen[kind], kind).toBeGreaterThan(10);
  }, 60_000);

  it('does not retry a create the server cannot deduplicate (no idempotentCreate): one request, one error', async () => {
    let requests = 0;
    const baseUrl = await listen((_req, res) => {
      requests++;
      res.writeHead(503).end();
    });
    const client = createTicketClient({ backend: restBackend({ baseUrl, capabilities: { idempotentCreate: false }, retry: { limit: 5, baseDelayMs: 1 } }) });
    const error = await rejection(client.create({ subject: 'x', description: 'y' }));
    expect(isHttpError(error) && error.status).toBe(503);
    expect(requests).toBe(1);
  });

  it('retries reads on 503 and honours Retry-After on 429', async () => {
    const handle = createTicketHandler();
    let calls = 0;
    const started = Date.now();
    const baseUrl = await listen(async (req, res) => {
      calls++;
      if (calls === 1) return void res.writeHead(503).end();
      if (calls === 2) return void res.writeHead(429, { 'retry-after': '1' }).end();
      await handle(req, res);
    });
    const client = createTicketClient({ backend: restBackend({ baseUrl, retry: { limit: 3, baseDelayMs: 1 } }) });
    const page = await client.listPage();
    expect(page.tickets).toEqual([]);
    expect(calls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('hands a Retry-After longer than maxRetryAfterMs to the caller as a RateLimitError', async () => {
    const baseUrl = await listen((_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end());
    const client = createTicketClient({ backend: restBackend({ baseUrl, retry: { limit: 3, maxRetryAfterMs: 1000 } }) });
    const error = await rejection(client.get('1'));
    expect(isRateLimitError(error) && error.retryAfterMs).toBe(120_000);
  });

  it('times out with a TimeoutError when the server never answers', async () => {
    const baseUrl = await listen(() => undefined);
    const client = createTicketClient({ backend: restBackend({ baseUrl, timeoutMs: 100, retry: { limit: 1, baseDelayMs: 1 } }) });
    const error = await rejection(client.get('1'));
    expect(isTimeoutError(error)).toBe(true);
  });

  it('never puts the token in an error, for 401, 500 or a network failure', async () => {
    const token = 'tok_live_9f8e7d6c5b4a';
    const handle = createTicketHandler({ token: 'a-different-token' });
    const baseUrl = await listen(async (req, res) => {
      if (req.url?.includes('boom')) return void res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `echo ${req.headers.authorization}` } }));
      await handle(req, res);
    });
    const client = createTicketClient({ backend: restBackend({ baseUrl, token, retry: false }) });
    const errors = [await rejection(client.get('1')), await rejection(client.get('boom'))];
    const down = createTicketClient({ backend: restBackend({ baseUrl: 'http://127.0.0.1:9/', token, retry: false }) });
    errors.push(await rejection(down.get('1')));
    expect(errors.map((e) => isHttpError(e) && e.status)).toEqual([401, 500, 0]);
    for (const error of errors) {
      expect(JSON.stringify(error)).not.toContain(token);
      expect(String((error as Error).message)).not.toContain(token);
      expect((error as Error).stack ?? '').not.toContain(token);
    }
  });

  it('reads a validation error body into a ValidationError naming the field', async () => {
    const baseUrl = await listen(createTicketHandler());
    const backend = restBackend({ baseUrl });
    // Bypass the client's own validation to see the server's answer.
    const error = await rejection(backend.create({ subject: '', description: 'x', category: 'other', priority: 'normal', channel: 'web', requester: {}, tags: [], customFields: {} }));
    expect(isValidationError(error)).toBe(true);
    expect(JSON.stringify(error)).toContain('subject');
  });

  it('rejects a server answer that does not match the protocol with a ValidationError on the response', async () => {
    const baseUrl = await listen((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket: { id: '1', status: 'archived' } })));
    const error = await rejection(createTicketClient({ backend: restBackend({ baseUrl }) }).get('1'));
    expect(isValidationError(error)).toBe(true);
    expect(JSON.stringify(error)).toContain('response');
  });

  it('answers a replayed create with 200 and the first ticket', async () => {
    const baseUrl = await listen(createTicketHandler());
    const post = () =>
      fetch(`${baseUrl}tickets`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'k1' }, body: JSON.stringify({ subject: 'a', description: 'b' }) });
    const first = await post();
    const second = await post();
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(((await second.json()) as { ticket: { id: string } }).ticket.id).toBe(((await first.json()) as { ticket: { id: string } }).ticket.id);
  });

  it('rejects bad options with a ValidationError before any request', () => {
    expect(() => restBackend({ baseUrl: 'ftp://example.com' })).toThrowError(/baseUrl/);
    expect(() => restBackend({ baseUrl: 'not a url' })).toThrowError(/baseUrl/);
  });
});
