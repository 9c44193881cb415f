// The REST backend on the wire: a real loopback server (examples/rest-server) with injected faults.
// Nothing here is mocked below HTTP: sockets are really dropped, responses really delayed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
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
    // The faults are planned up front, per create and per attempt, so that what is injected does
    // not depend on timing or on how loaded the machine is. A timeout is provoked, not raced: the
    // server holds a "late" request until the client has given up on it (its socket closes), and
    // only then makes the ticket. The client timeout (2 s) only ever fires on those held requests,
    // unless a loopback answer takes seconds; each create has at most 4 planned faults and 12
    // retries, so even then nothing is left to chance.
    type Fault = 'unavailable' | 'rateLimited' | 'dropped' | 'late';
    const random = prng(20261129);
    const plan: Fault[][] = Array.from({ length: 1000 }, () => {
      const faults: Fault[] = [];
      for (let roll = random(); roll < 0.35 && faults.length < 4; roll = random()) {
        faults.push(roll < 0.1 ? 'unavailable' : roll < 0.2 ? 'rateLimited' : roll < 0.3 ? 'dropped' : 'late');
      }
      return faults;
    });
    const planned = { unavailable: 0, rateLimited: 0, dropped: 0, late: 0 };
    for (const fault of plan.flat()) planned[fault]++;

    const store = memoryBackend();
    const handle = createTicketHandler({ backend: store });
    const creates = new Map<string, { faults: Fault[]; attempts: number; supersede?: () => void }>();
    const seen = { unavailable: 0, rateLimited: 0, dropped: 0, late: 0, clean: 0 };
    const lateWork: Promise<void>[] = [];
    const baseUrl = await listen(async (req, res) => {
      const key = String(req.headers['idempotency-key']);
      let create = creates.get(key);
      if (create === undefined) {
        create = { faults: plan[creates.size] ?? [], attempts: 0 };
        creates.set(key, create);
      }
      create.supersede?.();
      const fault = create.faults[create.attempts++];
      if (fault === undefined) {
        seen.clean++;
        return handle(req, res);
      }
      seen[fault]++;
      if (fault === 'unavailable') {
        const plain500 = create.attempts % 2 === 1;
        res.writeHead(plain500 ? 500 : 503, plain500 ? {} : { 'retry-after': '0' }).end();
      } else if (fault === 'rateLimited') {
        res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":{"code":"RATE_LIMITED","message":"slow down"}}');
      } else if (fault === 'dropped') {
        // The ticket is made, then the connection dies before the answer: the client cannot know.
        res.end = (() => {
          req.socket.destroy();
          return res;
        }) as typeof res.end;
        await handle(req, res);
      } else {
        // Made only after the client gave up on this attempt: its socket closed, or its next
        // attempt with the same key arrived (which it sends only after giving up on this one).
        const gaveUp = new Promise<void>((resolve) => {
          res.once('close', () => resolve());
          create.supersede = resolve;
        });
        const body = new Promise<Buffer[]>((resolve) => {
          const chunks: Buffer[] = [];
          req.on('data', (chunk: Buffer) => chunks.push(chunk));
          req.on('end', () => resolve(chunks));
          req.on('close', () => resolve(chunks));
        });
        lateWork.push(
          gaveUp.then(async () => {
            const replay = Object.assign(Readable.from(await body), { method: req.method, url: req.url, headers: req.headers });
            const silent = { writeHead: () => silent, end: () => silent };
            await handle(replay, silent);
          }),
        );
      }
    });
    const client = createTicketClient({ backend: restBackend({ baseUrl, timeoutMs: 2_000, retry: { limit: 12, baseDelayMs: 1, maxDelayMs: 20 } }) });

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
    // Every late request has been given up on (each create succeeded on a later attempt), so its
    // deferred, deduplicated work has started.
    expect(lateWork).toHaveLength(planned.late);
    await Promise.all(lateWork);

    const state = store.exportState();
    expect(creates.size).toBe(1000);
    expect(new Set(results).size).toBe(1000);
    expect(state.tickets).toHaveLength(1000);
    expect(new Set(state.tickets.map((t) => t.subject)).size).toBe(1000);
    // Every planned fault was met, none twice: the figures are the plan's, not the clock's.
    expect({ unavailable: seen.unavailable, rateLimited: seen.rateLimited, dropped: seen.dropped, late: seen.late }).toEqual(planned);
    for (const kind of ['unavailable', 'rateLimited', 'dropped', 'late'] as const) expect(planned[kind], kind).toBeGreaterThan(50);
    // Time is not what this proves: a loaded machine may take minutes, never a different answer.
  }, 300_000);

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

  describe('retry rules on ky\'s retry', () => {
    // A backoff of a minute means: if the wrong wait were taken, the test would time out.
    const slowBackoff = { limit: 2, baseDelayMs: 60_000, maxDelayMs: 60_000 };

    it('lets Retry-After win over the backoff on a 503 too, in seconds or as an HTTP date', async () => {
      const handle = createTicketHandler();
      const answers = [{ 'retry-after': '0' }, { 'retry-after': new Date(Date.now() - 5_000).toUTCString() }];
      let calls = 0;
      const baseUrl = await listen(async (req, res) => {
        const hint = answers[calls++];
        if (hint !== undefined) return void res.writeHead(503, hint).end();
        await handle(req, res);
      });
      const page = await createTicketClient({ backend: restBackend({ baseUrl, retry: slowBackoff }) }).listPage();
      expect([page.tickets, calls]).toEqual([[], 3]);
    }, 10_000);

    it('backs off by its own rule when there is no Retry-After, ignoring RateLimit-Reset and X-RateLimit-Reset', async () => {
      const handle = createTicketHandler();
      let calls = 0;
      const baseUrl = await listen(async (req, res) => {
        if (calls++ === 0) return void res.writeHead(429, { 'ratelimit-reset': '3600', 'x-ratelimit-reset': '3600' }).end();
        await handle(req, res);
      });
      const page = await createTicketClient({ backend: restBackend({ baseUrl, retry: { limit: 2, baseDelayMs: 1, maxRetryAfterMs: 120_000 } }) }).listPage();
      expect([page.tickets, calls]).toEqual([[], 2]);
    }, 10_000);

    it('sends a request once when its Retry-After is longer than maxRetryAfterMs (ky alone would wait the maximum)', async () => {
      let calls = 0;
      const baseUrl = await listen((_req, res) => {
        calls++;
        res.writeHead(503, { 'retry-after': '90' }).end();
      });
      const error = await rejection(createTicketClient({ backend: restBackend({ baseUrl, retry: { limit: 3, maxRetryAfterMs: 30_000 } }) }).get('1'));
      expect([isHttpError(error) && error.status, calls]).toEqual([503, 1]);
    }, 10_000);

    it('never re-sends a POST without a key after a dropped connection; re-sends a keyed one and makes one ticket', async () => {
      const store = memoryBackend();
      const handle = createTicketHandler({ backend: store });
      let calls = 0;
      const baseUrl = await listen(async (req, res) => {
        if (calls++ === 0) {
          res.end = (() => {
            req.socket.destroy();
            return res;
          }) as typeof res.end;
        }
        await handle(req, res);
      });
      const unkeyed = createTicketClient({ backend: restBackend({ baseUrl, capabilities: { idempotentCreate: false }, retry: { limit: 3, baseDelayMs: 1 } }) });
      const error = await rejection(unkeyed.create({ subject: 'once', description: 'sent once' }));
      expect([isHttpError(error) && error.status, calls]).toEqual([0, 1]);

      calls = 0;
      const keyed = createTicketClient({ backend: restBackend({ baseUrl, retry: { limit: 3, baseDelayMs: 1 } }) });
      const ticket = await keyed.create({ subject: 'keyed', description: 'retried safely' });
      expect(calls).toBe(2);
      expect(store.exportState().tickets.filter((t) => t.subject === 'keyed').map((t) => t.id)).toEqual([ticket.id]);
    }, 10_000);
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
