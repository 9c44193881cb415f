// The Freshdesk backend against the msw model of the Freshdesk API v2 (test/mocks/freshdesk-model.ts).
// Vendor behaviour these tests rely on (checked 2026-11-24):
// - Tickets, status/priority/source codes: https://developers.freshdesk.com/api/#tickets
// - Create (requester by email/phone/unique_external_id): https://developers.freshdesk.com/api/#create_ticket
// - Reply (public) and note (private): https://developers.freshdesk.com/api/#reply_ticket, https://developers.freshdesk.com/api/#add_note_to_a_ticket
// - List (page, per_page ≤ 100, Link rel="next", updated_since, order_type): https://developers.freshdesk.com/api/#list_all_tickets
// - Rate limit (429 + Retry-After, body may be empty): https://developers.freshdesk.com/api/#ratelimit
// - Error bodies { description, errors: [{ field, message, code }] }: https://developers.freshdesk.com/api/#error
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isNotFoundError, isUnsupportedCapabilityError, isValidationError } from '../../src/errors/index.js';
import { freshdeskBackend } from '../../src/tickets/backends/freshdesk/index.js';
import { createTicketClient } from '../../src/tickets/index.js';
import { testTicketBackend } from '../../src/tickets/testing/index.js';
import { rejection, thrown } from '../helpers/rejection.js';
import { createFreshdeskModel, FRESHDESK_SOURCE, FRESHDESK_STATUS, type FreshdeskModel } from '../mocks/freshdesk-model.js';

const domain = 'walletdesk-test';
const apiKey = 'fd-SECRET-api-key-4c2e91';
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };

const server = setupServer();
let model: FreshdeskModel = createFreshdeskModel({ domain, apiKey });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A new, empty model for each test. */
function freshModel(): FreshdeskModel {
  model = createFreshdeskModel({ domain, apiKey });
  server.resetHandlers(...model.handlers);
  return model;
}

const backend = () => freshdeskBackend({ domain, apiKey, retry: fastRetry });


function expectNoSecret(error: unknown): void {
  const basic = Buffer.from(`${apiKey}:X`).toString('base64');
  for (const text of [String(error), (error as Error).message, JSON.stringify(error), (error as Error).stack ?? '']) {
    expect(text).not.toContain(apiKey);
    expect(text).not.toContain(basic);
  }
}

// Freshdesk needs a requester on every ticket; the suite files some without one, so they go to the support inbox.
testTicketBackend('freshdesk (msw model)', () => {
  freshModel();
  return freshdeskBackend({ domain, apiKey, retry: fastRetry, fallbackRequesterEmail: 'support@example.com' });
}, { describe, it });

describe('freshdeskBackend options', () => {
  it('names the missing or bad field before any I/O, and never echoes the key', () => {
    freshModel();
    const cases: Array<[unknown, string]> = [
      [{ domain }, 'options.apiKey'],
      [{ domain, apiKey: '  ' }, 'options.apiKey'],
      [{ apiKey }, 'options.domain'],
      [{ domain: 'https://acme.freshdesk.com/', apiKey }, 'options.domain'],
      [{ domain, apiKey, retry: { limit: -1 } }, 'options.retry.limit'],
      [{ domain, apiKey, apikey: apiKey }, 'options'],
    ];
    for (const [options, field] of cases) {
      const error = thrown(() => freshdeskBackend(options as never));
      expect(isValidationError(error), field).toBe(true);
      expect(JSON.stringify(error)).toContain(field === 'options' ? '"options"' : field.split('.').at(-1));
      expectNoSecret(error);
    }
    expect(model.requests).toHaveLength(0);
  });

  it('accepts the helpdesk name or its host and declares what Freshdesk cannot do', async () => {
    freshModel();
    const b = freshdeskBackend({ domain: `${domain}.freshdesk.com`, apiKey });
    expect(b.capabilities).toEqual({ idempotentCreate: false, onHold: false, cursorPagination: false, satisfaction: false, reopenClosed: true, browserSafeAuth: false, timeline: 'partial', contactLog: true });
    expect(isNotFoundError(await rejection(b.get('7')))).toBe(true);
    expect(model.requests[0]?.headers.get('authorization')).toBe(`Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`);
  });
});

describe('freshdeskBackend against the Freshdesk model', () => {
  const input = {
    subject: 'Withdrawal stuck',
    description: 'Withdrew 1,000 <to my bank> & it is still "processing"\nsince Monday.',
    category: 'withdrawal' as const,
    requester: { email: 'wang.fang@example.com', name: 'Wang Fang' },
  };

  it('retries a 429 with an empty body after Retry-After', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const made = await client.create(input);
    model.failNext({ status: 429, retryAfter: '1', body: '', method: 'GET' });
    const started = Date.now();
    expect((await client.get(made.id)).id).toBe(made.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(model.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('never retries a create: a 503 is one request and an error, and no ticket', async () => {
    freshModel();
    model.failNext({ status: 503, retryAfter: '0', method: 'POST' });
    const error = await rejection(createTicketClient({ backend: backend() }).create(input));
    expect(isHttpError(error) && (error as { status: number }).status).toBe(503);
    expect(model.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(model.requests[0]?.headers.get('idempotency-key')).toBeNull();
    expect(model.tickets.size).toBe(0);
  });

  it('never retries a comment either (a retried POST /reply would send the user two emails)', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const made = await client.create(input);
    model.failNext({ status: 502, method: 'POST' });
    expect(isHttpError(await rejection(client.comment(made.id, { body: 'We are on it' })))).toBe(true);
    expect(model.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(model.conversations.get(Number(made.id)) ?? []).toHaveLength(0);
  });

  it('lists 250 tickets 100 per page, each exactly once, following Link rel="next" with updated_since and order_type=asc', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    for (let i = 0; i < 250; i++) await client.create({ ...input, subject: `Ticket ${i}` });
    const ids: string[] = [];
    for await (const ticket of client.list({ pageSize: 100 })) ids.push(ticket.id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    const lists = model.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/tickets')).map((r) => new URL(r.url).searchParams);
    expect(lists.map((p) => p.get('page'))).toEqual(['1', '2', '3']);
    expect(lists.every((p) => p.get('per_page') === '100' && p.get('order_type') === 'asc' && p.get('order_by') === 'updated_at' && p.get('updated_since') !== null && p.get('include') === 'description')).toBe(true);
  }, 30_000);

  it('lists tickets older than the 30-day default window', async () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    model = createFreshdeskModel({ domain, apiKey, now: () => clock });
    server.resetHandlers(...model.handlers);
    const client = createTicketClient({ backend: backend() });
    const old = await client.create(input);
    clock = new Date('2026-11-24T00:00:00Z');
    const ids: string[] = [];
    for await (const t of client.list()) ids.push(t.id);
    expect(ids).toEqual([old.id]);
  });

  it('round-trips text with HTML characters, new, category, level and the social channel through codes and tags', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const made = await client.create({ ...input, channel: 'social', tags: ['vip'], customFields: { cf_order_id: '88231' } });
    const stored = model.tickets.get(Number(made.id));
    expect(stored).toMatchObject({ status: FRESHDESK_STATUS.open, source: FRESHDESK_SOURCE.portal, priority: 2, custom_fields: { cf_order_id: '88231' } });
    expect(stored?.tags).toEqual(['vip', 'walletdesk_category_withdrawal', 'walletdesk_channel_social', 'walletdesk_new']);
    expect(stored?.description).not.toContain('<to my bank>');
    expect(made).toMatchObject({ status: 'new', channel: 'social', category: 'withdrawal', tags: ['vip'], description: input.description, customFields: { cf_order_id: '88231' } });
    const escalated = await client.escalate(made.id, { reason: 'Bank says funds returned' });
    expect(escalated).toMatchObject({ status: 'open', escalationLevel: 1, priority: 'high', category: 'withdrawal', channel: 'social' });
    expect(model.tickets.get(Number(made.id))?.tags).toEqual(['vip', 'walletdesk_category_withdrawal', 'walletdesk_channel_social', 'walletdesk_level_1']);
    const notes = model.conversations.get(Number(made.id)) ?? [];
    expect(notes.map((n) => n.private)).toEqual([true]);
  });

  it('reopens a closed ticket (Freshdesk allows it)', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const made = await client.create(input);
    await client.resolve(made.id);
    await client.transition(made.id, 'closed');
    expect((await client.transition(made.id, 'open')).status).toBe('open');
    expect(model.tickets.get(Number(made.id))?.status).toBe(FRESHDESK_STATUS.open);
  });

  it('refuses what Freshdesk would refuse before any I/O: no requester, phone without a name, on-hold', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const noRequester = await rejection(client.create({ subject: 'x', description: 'y' }));
    expect((noRequester as { field?: string }).field).toBe('input.requester');
    const phoneOnly = await rejection(client.create({ subject: 'x', description: 'y', requester: { phone: '+86 138 0000 0000' } }));
    expect((phoneOnly as { field?: string }).field).toBe('input.requester.name');
    expect(model.requests).toHaveLength(0);
    expect(isUnsupportedCapabilityError(await rejection(backend().update('1', { status: 'on_hold' })))).toBe(true);
  });

  it('turns a 400 "Validation failed" body into a ValidationError naming the field', async () => {
    freshModel();
    server.use(
      http.post(`${model.baseUrl}/tickets`, () =>
        HttpResponse.json(
          { description: 'Validation failed', errors: [{ field: 'cf_order_id', message: 'Has 300 characters, it can have maximum of 255 characters', code: 'invalid_value' }] },
          { status: 400 },
        ),
      ),
    );
    const error = await rejection(createTicketClient({ backend: backend() }).create({ ...input, customFields: { cf_order_id: 'x'.repeat(300) } }));
    expect(isValidationError(error)).toBe(true);
    expect((error as { field: string }).field).toBe('cf_order_id');
  });

  it('keeps the API key out of 401, 500 and validation errors', async () => {
    freshModel();
    const wrong = await rejection(freshdeskBackend({ domain, apiKey: `${apiKey}-old`, retry: false }).get('1'));
    expect(isHttpError(wrong) && (wrong as { status: number }).status).toBe(401);
    expectNoSecret(wrong);
    const echoed = `key ${apiKey} / Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
    model.failNext({ status: 500, body: JSON.stringify({ code: 'internal_error', message: `failed for ${echoed}` }) });
    const serverError = await rejection(freshdeskBackend({ domain, apiKey, retry: false }).get('1'));
    expect(isHttpError(serverError)).toBe(true);
    expectNoSecret(serverError);
    server.use(
      http.put(`${model.baseUrl}/tickets/:id`, () =>
        HttpResponse.json({ description: 'Validation failed', errors: [{ field: 'subject', message: `bad subject (${echoed})`, code: 'invalid_value' }] }, { status: 400 }),
      ),
    );
    const client = createTicketClient({ backend: backend() });
    const made = await client.create(input);
    const invalid = await rejection(client.update(made.id, { subject: 'New subject' }));
    expect(isValidationError(invalid)).toBe(true);
    expectNoSecret(invalid);
  });
});
