// The Zendesk backend against the msw model of the Zendesk Support API v2 (test/mocks/zendesk-model.ts).
// Vendor behaviour these tests rely on (checked 2026-11-24):
// - Tickets: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
// - Idempotency-Key on create: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#idempotency
// - Cursor pagination (page[size] ≤ 100, meta.has_more, links.next): https://developer.zendesk.com/api-reference/introduction/pagination/
// - Rate limits (429 + Retry-After): https://developer.zendesk.com/api-reference/introduction/rate-limits/
// - Error bodies { error, description, details }: https://developer.zendesk.com/api-reference/introduction/requests/
// - Satisfaction ratings: https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isNotFoundError, isRateLimitError, isValidationError } from '../../src/errors/index.js';
import { zendeskBackend } from '../../src/tickets/backends/zendesk/index.js';
import { createTicketClient } from '../../src/tickets/index.js';
import { testTicketBackend } from '../../src/tickets/testing/index.js';
import { createZendeskModel, type ZendeskModel } from '../mocks/zendesk-model.js';
import { rejection, thrown } from '../helpers/rejection.js';

const subdomain = 'walletdesk-test';
const email = 'agent@example.com';
const apiToken = 'zd-SECRET-api-token-7f3a9c';
const oauthToken = 'zd-SECRET-oauth-token-b81d2e';
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };

const server = setupServer();
let model: ZendeskModel = createZendeskModel({ subdomain, email, apiToken, oauthToken });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A new, empty model for each test. */
function freshModel(): ZendeskModel {
  model = createZendeskModel({ subdomain, email, apiToken, oauthToken });
  server.resetHandlers(...model.handlers);
  return model;
}


function expectNoSecret(error: unknown): void {
  const texts = [String(error), (error as Error).message, JSON.stringify(error), (error as Error).stack ?? ''];
  const basic = Buffer.from(`${email}/token:${apiToken}`).toString('base64');
  for (const text of texts) {
    for (const secret of [apiToken, oauthToken, basic]) expect(text).not.toContain(secret);
  }
}

testTicketBackend('zendesk (msw model)', () => {
  freshModel();
  return zendeskBackend({ subdomain, email, apiToken, retry: fastRetry });
}, { describe, it });

testTicketBackend('zendesk with OAuth (msw model)', () => {
  freshModel();
  return zendeskBackend({ subdomain, oauthToken, retry: fastRetry });
}, { describe, it });

describe('zendeskBackend options', () => {
  it('names the missing or bad field before any I/O', () => {
    freshModel();
    const cases: Array<[unknown, string]> = [
      [{ subdomain, email }, 'options.apiToken'],
      [{ subdomain, apiToken }, 'options.email'],
      [{ subdomain, email, apiToken, oauthToken }, 'options.oauthToken'],
      [{ subdomain: 'https://acme.zendesk.com', email, apiToken }, 'options.subdomain'],
      [{ subdomain, email: 'not-an-email', apiToken }, 'options.email'],
      [{ subdomain, oauthToken, timeoutMs: -1 }, 'options.timeoutMs'],
    ];
    for (const [options, field] of cases) {
      const error = thrown(() => zendeskBackend(options as never));
      expect(isValidationError(error), field).toBe(true);
      expect((error as { field: string }).field).toBe(field);
      expectNoSecret(error);
    }
    expect(model.requests).toHaveLength(0);
  });

  it('declares browser-safe auth only with an OAuth token', () => {
    expect(zendeskBackend({ subdomain, email, apiToken }).capabilities.browserSafeAuth).toBe(false);
    expect(zendeskBackend({ subdomain, oauthToken }).capabilities.browserSafeAuth).toBe(true);
  });
});

describe('zendeskBackend against the Zendesk model', () => {
  const backend = () => zendeskBackend({ subdomain, email, apiToken, retry: fastRetry });
  const input = { subject: 'Card charged twice', description: 'Two charges of 35.00 for one top-up', category: 'payment_failed' as const };

  it('sends Basic email/token auth and an Idempotency-Key on create; a replay returns the same ticket', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const a = await client.create(input, { idempotencyKey: 'replay-1' });
    const b = await client.create(input, { idempotencyKey: 'replay-1' });
    expect(b.id).toBe(a.id);
    expect(model.tickets.size).toBe(1);
    const posts = model.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.headers.get('idempotency-key'))).toEqual(['replay-1', 'replay-1']);
    expect(posts[0]?.headers.get('authorization')).toBe(`Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}`);
  });

  it('retries a create answered 500 with the same key and makes exactly one ticket', async () => {
    freshModel();
    model.failNext({ status: 500, method: 'POST' });
    model.failNext({ status: 503, method: 'POST', retryAfter: '0' });
    const ticket = await createTicketClient({ backend: backend() }).create(input);
    const posts = model.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((r) => r.headers.get('idempotency-key'))).size).toBe(1);
    expect(model.tickets.size).toBe(1);
    expect(ticket.id).toBe('1');
  });

  it('retries a create whose response was dropped after Zendesk stored it, and still makes one ticket', async () => {
    freshModel();
    let dropped = false;
    const droppingFetch: typeof fetch = async (request, init) => {
      const response = await fetch(request, init);
      const method = request instanceof Request ? request.method : init?.method;
      if (!dropped && method === 'POST') {
        dropped = true;
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const client = createTicketClient({ backend: zendeskBackend({ subdomain, email, apiToken, retry: fastRetry, fetch: droppingFetch }) });
    const ticket = await client.create(input);
    expect(dropped).toBe(true);
    expect(model.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(model.tickets.size).toBe(1);
    expect((await client.get(ticket.id)).subject).toBe(input.subject);
  });

  it('retries a 429 after Retry-After', async () => {
    freshModel();
    model.failNext({ status: 429, retryAfter: '1', method: 'GET' });
    const client = createTicketClient({ backend: backend() });
    const made = await client.create(input);
    const started = Date.now();
    expect((await client.get(made.id)).id).toBe(made.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('lists 250 tickets 100 per page, each exactly once, following the cursor', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    for (let i = 0; i < 250; i++) await client.create({ ...input, subject: `Ticket ${i}` });
    const ids: string[] = [];
    for await (const ticket of client.list({ pageSize: 100 })) ids.push(ticket.id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    const listCalls = model.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/tickets.json'));
    expect(listCalls).toHaveLength(3);
    expect(listCalls.every((r) => new URL(r.url).searchParams.get('page[size]') === '100')).toBe(true);
  }, 30_000);

  it('round-trips category, channel, escalation level and custom fields through tags and field ids', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const made = await client.create({ ...input, channel: 'social', tags: ['vip'], customFields: { '360001': 'order-88231' } });
    const stored = model.tickets.get(Number(made.id));
    expect(stored?.tags).toEqual(['vip', 'walletdesk_category_payment_failed', 'walletdesk_channel_social']);
    expect(stored?.custom_fields).toEqual([{ id: 360001, value: 'order-88231' }]);
    const escalated = await client.escalate(made.id, { reason: 'Chargeback risk' });
    expect(model.tickets.get(Number(made.id))?.tags).toContain('walletdesk_level_1');
    const read = await client.get(made.id);
    expect(read).toMatchObject({ category: 'payment_failed', channel: 'social', escalationLevel: 1, tags: ['vip'], customFields: { '360001': 'order-88231' } });
    expect(escalated.escalationLevel).toBe(1);
  });

  it('refuses fields Zendesk cannot hold before any I/O', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const badField = await rejection(client.create({ ...input, customFields: { order_id: 'x' } }));
    expect(isValidationError(badField) && JSON.stringify(badField)).toContain('order_id');
    const reserved = await rejection(client.create({ ...input, tags: ['walletdesk_level_3'] }));
    expect(isValidationError(reserved)).toBe(true);
    const badAssignee = await rejection(client.create({ ...input, assignee: 'Wang Fang' }));
    expect((badAssignee as { field?: string }).field).toBe('input.assignee');
    expect(model.requests).toHaveLength(0);
  });

  it('turns a 422 RecordInvalid body into a ValidationError naming the field', async () => {
    freshModel();
    const client = createTicketClient({ backend: backend() });
    const made = await client.create(input);
    // The model checks only enum values; answer the next update the way Zendesk documents a 422.
    server.use(
      http.put(`${model.baseUrl}/tickets/:id.json`, () =>
        HttpResponse.json(
          { error: 'RecordInvalid', description: 'Record validation errors', details: { priority: [{ description: 'Priority: is not valid', error: 'InvalidValue' }] } },
          { status: 422 },
        ),
      ),
    );
    const error = await rejection(client.update(made.id, { priority: 'urgent' }));
    expect(isValidationError(error)).toBe(true);
    expect((error as { field: string }).field).toBe('priority');
  });

  it('answers NotFoundError for a missing ticket and keeps the token out of 401 and 500 errors', async () => {
    freshModel();
    expect(isNotFoundError(await rejection(backend().get('424242')))).toBe(true);
    const wrong = zendeskBackend({ subdomain, email, apiToken: `${apiToken}-wrong`, retry: false });
    const unauthorized = await rejection(wrong.get('1'));
    expect(isHttpError(unauthorized) && (unauthorized as { status: number }).status).toBe(401);
    expectNoSecret(unauthorized);
    expect(String(unauthorized)).not.toContain(`${apiToken}-wrong`);
    model.failNext({ status: 500, body: JSON.stringify({ error: 'InternalError', description: `boom for Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')} token=${apiToken}` }) });
    const serverError = await rejection(zendeskBackend({ subdomain, email, apiToken, retry: false }).get('1'));
    expect(isHttpError(serverError)).toBe(true);
    expectNoSecret(serverError);
    model.failNext({ status: 429, retryAfter: '3600', body: '' });
    const limited = await rejection(backend().get('1'));
    expect(isRateLimitError(limited)).toBe(true);
    expectNoSecret(limited);
  });
});
