// Tests of the Freshdesk msw model itself (test/mocks/freshdesk-model.ts), against the documented behaviour:
// https://developers.freshdesk.com/api/#create_ticket, #update_ticket, #reply_ticket, #add_note_to_a_ticket,
// #list_all_tickets, #ratelimit, #error
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFreshdeskModel, FRESHDESK_STATUS, type FreshdeskModel } from '../../mocks/freshdesk-model.js';

const apiKey = 'fd-secret-key';
const auth = `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
let clock = new Date('2026-11-24T08:00:00Z');
let model: FreshdeskModel = createFreshdeskModel({ domain: 'acme', apiKey });
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function fresh(): FreshdeskModel {
  clock = new Date('2026-11-24T08:00:00Z');
  model = createFreshdeskModel({ domain: 'acme', apiKey, now: () => clock });
  server.use(...model.handlers);
  return model;
}

function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${model.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const valid = { subject: 'Refund', description: 'Where is my refund?', email: 'u@example.com', status: 2, priority: 1 };

describe('freshdesk model', () => {
  it('requires Basic apiKey:X', async () => {
    fresh();
    const res = await fetch(`${model.baseUrl}/tickets`, { headers: { authorization: 'Basic bm9wZTpY' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'invalid_credentials' });
  });

  it('answers validation failures with { description, errors: [{ field, message, code }] }', async () => {
    fresh();
    const res = await post('/tickets', { subject: '', description: 'x', status: 6, priority: 9, email: 'not-an-email' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { description: string; errors: { field: string; code: string }[] };
    expect(body.description).toBe('Validation failed');
    expect(body.errors.map((e) => e.field).sort()).toEqual(['email', 'priority', 'status', 'subject']);
  });

  it('creates, updates, replies (public) and notes (private)', async () => {
    fresh();
    const created = await post('/tickets', valid);
    expect(created.status).toBe(201);
    const ticket = (await created.json()) as { id: number; status: number };
    expect(ticket.status).toBe(FRESHDESK_STATUS.open);
    const put = await fetch(`${model.baseUrl}/tickets/${ticket.id}`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ status: FRESHDESK_STATUS.pending, custom_fields: { cf_wallet: 'alipay' } }),
    });
    expect(await put.json()).toMatchObject({ status: 3, custom_fields: { cf_wallet: 'alipay' } });
    expect((await post(`/tickets/${ticket.id}/reply`, { body: 'We are on it' })).status).toBe(201);
    expect((await post(`/tickets/${ticket.id}/notes`, { body: 'internal' })).status).toBe(201);
    expect(model.conversations.get(ticket.id)?.map((c) => c.private)).toEqual([false, true]);
    expect((await fetch(`${model.baseUrl}/tickets/999`, { headers: { authorization: auth } })).status).toBe(404);
  });

  it('lists 250 tickets over page/per_page following Link rel="next", each exactly once', async () => {
    fresh();
    for (let i = 0; i < 250; i++) {
      clock = new Date(Date.parse('2026-11-20T00:00:00Z') + i * 1000);
      await post('/tickets', { ...valid, subject: `t${i}` });
    }
    clock = new Date('2026-11-24T08:00:00Z');
    const seen: number[] = [];
    let next: string | null = `${model.baseUrl}/tickets?per_page=100`;
    while (next) {
      const res: Response = await fetch(next, { headers: { authorization: auth } });
      seen.push(...((await res.json()) as { id: number }[]).map((t) => t.id));
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
    }
    expect(seen.length).toBe(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe(250); // default order: created_at desc
    const big = await fetch(`${model.baseUrl}/tickets?per_page=101`, { headers: { authorization: auth } });
    expect(big.status).toBe(400);
  });

  it('hides tickets created over 30 days ago unless updated_since is given (documented default filter)', async () => {
    fresh();
    clock = new Date('2026-10-01T00:00:00Z');
    await post('/tickets', valid);
    clock = new Date('2026-11-24T08:00:00Z');
    await post('/tickets', valid);
    const dflt = (await (await fetch(`${model.baseUrl}/tickets`, { headers: { authorization: auth } })).json()) as { id: number }[];
    expect(dflt.map((t) => t.id)).toEqual([2]);
    const since = (await (
      await fetch(`${model.baseUrl}/tickets?updated_since=2026-01-01T00:00:00Z&order_type=asc`, { headers: { authorization: auth } })
    ).json()) as { id: number }[];
    expect(since.map((t) => t.id)).toEqual([1, 2]);
  });

  it('injects 429 with an empty body and Retry-After', async () => {
    fresh();
    model.failNext({ status: 429, retryAfter: '2', body: '' });
    const res = await fetch(`${model.baseUrl}/tickets`, { headers: { authorization: auth } });
    expect([res.status, res.headers.get('retry-after'), await res.text()]).toEqual([429, '2', '']);
    expect((await fetch(`${model.baseUrl}/tickets`, { headers: { authorization: auth } })).status).toBe(200);
  });
});
