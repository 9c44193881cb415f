// Tests of the Zendesk msw model itself (test/mocks/zendesk-model.ts), against the documented behaviour:
// https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
// https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#idempotency
// https://developer.zendesk.com/api-reference/introduction/pagination/
// https://developer.zendesk.com/api-reference/introduction/rate-limits/
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createZendeskModel, type ZendeskModel } from '../../mocks/zendesk-model.js';

const email = 'agent@example.com';
const apiToken = 'zd-secret-token';
const basic = `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}`;
let model: ZendeskModel = createZendeskModel({ subdomain: 'acme', email, apiToken, oauthToken: 'oauth-x' });
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => server.close());

function fresh(): ZendeskModel {
  model = createZendeskModel({ subdomain: 'acme', email, apiToken, oauthToken: 'oauth-x' });
  server.use(...model.handlers);
  return model;
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${model.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('zendesk model', () => {
  it('rejects missing or wrong credentials with 401 and accepts Basic token or Bearer', async () => {
    fresh();
    expect((await fetch(`${model.baseUrl}/tickets.json`)).status).toBe(401);
    const wrong = await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: "Couldn't authenticate you" });
    expect((await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: 'Bearer oauth-x' } })).status).toBe(200);
    expect((await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: basic } })).status).toBe(200);
  });

  it('creates, shows and updates a ticket, recording public and internal comments', async () => {
    fresh();
    const created = await post('/tickets.json', { ticket: { subject: 'Refund', comment: { body: 'Where is my refund?' }, priority: 'high', tags: ['refund'] } });
    expect(created.status).toBe(201);
    const { ticket } = (await created.json()) as { ticket: { id: number; status: string } };
    expect(ticket.status).toBe('new');
    const updated = await fetch(`${model.baseUrl}/tickets/${ticket.id}.json`, {
      method: 'PUT',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: { status: 'hold', comment: { body: 'checking with payments', public: false } } }),
    });
    expect(((await updated.json()) as { ticket: { status: string } }).ticket.status).toBe('hold');
    const comments = await fetch(`${model.baseUrl}/tickets/${ticket.id}/comments.json`, { headers: { authorization: basic } });
    const list = ((await comments.json()) as { comments: { public: boolean }[] }).comments;
    expect(list.map((c) => c.public)).toEqual([true, false]);
    const missing = await fetch(`${model.baseUrl}/tickets/999.json`, { headers: { authorization: basic } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'RecordNotFound' });
  });

  it('answers invalid fields with 422 RecordInvalid and details per field', async () => {
    fresh();
    const res = await post('/tickets.json', { ticket: { subject: 'x', comment: { body: 'y' }, status: 'on_hold' } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; details: Record<string, unknown> };
    expect(body.error).toBe('RecordInvalid');
    expect(Object.keys(body.details)).toEqual(['status']);
  });

  it('replays an Idempotency-Key: same body → same ticket with x-idempotency-lookup: hit; other body → 400', async () => {
    fresh();
    const body = { ticket: { subject: 'Card blocked', comment: { body: 'help' } } };
    const first = await post('/tickets.json', body, { 'Idempotency-Key': 'k-1' });
    const again = await post('/tickets.json', body, { 'Idempotency-Key': 'k-1' });
    expect(first.headers.get('x-idempotency-lookup')).toBe('miss');
    expect(again.headers.get('x-idempotency-lookup')).toBe('hit');
    const a = (await first.json()) as { ticket: { id: number } };
    const b = (await again.json()) as { ticket: { id: number } };
    expect(b.ticket.id).toBe(a.ticket.id);
    expect(model.tickets.size).toBe(1);
    const other = await post('/tickets.json', { ticket: { subject: 'Other', comment: { body: 'help' } } }, { 'Idempotency-Key': 'k-1' });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ error: 'IdempotentRequestError' });
    expect(model.tickets.size).toBe(1);
  });

  it('paginates 250 tickets by cursor, each exactly once, and rejects page[size] > 100', async () => {
    fresh();
    for (let i = 0; i < 250; i++) await post('/tickets.json', { ticket: { subject: `t${i}`, comment: { body: 'b' } } });
    const seen: number[] = [];
    let next: string | null = `${model.baseUrl}/tickets.json?page[size]=100`;
    let pages = 0;
    while (next) {
      const res = await fetch(next, { headers: { authorization: basic } });
      const page = (await res.json()) as { tickets: { id: number }[]; meta: { has_more: boolean; after_cursor: string }; links: { next: string | null } };
      seen.push(...page.tickets.map((t) => t.id));
      expect(page.meta.has_more).toBe(page.links.next !== null);
      next = page.links.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
    expect(seen.length).toBe(250);
    const tooBig = await fetch(`${model.baseUrl}/tickets.json?page[size]=101`, { headers: { authorization: basic } });
    expect(tooBig.status).toBe(400);
  });

  it('rates only solved tickets', async () => {
    fresh();
    await post('/tickets.json', { ticket: { subject: 's', comment: { body: 'b' } } });
    const early = await post('/tickets/1/satisfaction_rating.json', { satisfaction_rating: { score: 'good' } });
    expect(early.status).toBe(422);
    model.tickets.get(1)!.status = 'solved';
    const ok = await post('/tickets/1/satisfaction_rating.json', { satisfaction_rating: { score: 'bad', comment: 'slow' } });
    expect(ok.status).toBe(200);
    expect(model.tickets.get(1)?.satisfaction_rating).toEqual({ score: 'bad', comment: 'slow' });
  });

  it('injects 429 with and without Retry-After, with an empty body, and 503', async () => {
    fresh();
    model.failNext({ status: 429, retryAfter: '7' });
    model.failNext({ status: 429, body: '' });
    model.failNext({ status: 503 });
    const a = await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: basic } });
    expect([a.status, a.headers.get('retry-after')]).toEqual([429, '7']);
    const b = await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: basic } });
    expect([b.status, b.headers.get('retry-after'), await b.text()]).toEqual([429, null, '']);
    const c = await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: basic } });
    expect(c.status).toBe(503);
    expect((await fetch(`${model.baseUrl}/tickets.json`, { headers: { authorization: basic } })).status).toBe(200);
  });
});
