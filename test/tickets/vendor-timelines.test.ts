// Zendesk and Freshdesk timelines against the msw models: audits followed across cursor pages,
// requester comments told apart, contact notes read back, Freshdesk's stats-only status history,
// and vendor values walletdesk cannot read named by field.
// Vendor docs (checked 2026-12-02): https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/,
// https://developer.zendesk.com/documentation/ticketing/reference-guides/ticket-audit-events-reference/,
// https://developers.freshdesk.com/api/#view_a_ticket, https://developers.freshdesk.com/api/#list_all_ticket_notes
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationError } from '../../src/errors/index.js';
import { freshdeskBackend } from '../../src/tickets/backends/freshdesk/index.js';
import { timelineFromZendeskAudits } from '../../src/tickets/backends/zendesk/audits.js';
import { zendeskBackend } from '../../src/tickets/backends/zendesk/index.js';
import { createTicketClient, type TimelineEvent } from '../../src/tickets/index.js';
import { thrown } from '../helpers/rejection.js';
import { createFreshdeskModel, FRESHDESK_AGENT_ID } from '../mocks/freshdesk-model.js';
import { createZendeskModel, ZENDESK_AGENT_ID } from '../mocks/zendesk-model.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A clock the models and tests share, a minute per tick. */
function ticking(start = Date.parse('2026-12-01T01:00:00Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    tick(): void {
      now += 60_000;
    },
  };
}

describe('zendesk timeline', () => {
  const subdomain = 'walletdesk-tl';
  const credentials = { subdomain, email: 'agent@example.com', apiToken: 'zd-token-1' };

  function setup() {
    const time = ticking();
    const model = createZendeskModel({ ...credentials, now: time.now });
    server.resetHandlers(...model.handlers);
    const client = createTicketClient({ backend: zendeskBackend({ ...credentials, retry: false }) });
    return { time, model, client };
  }

  it("writes a requester's comment as the requester, and reads authors back by requester_id", async () => {
    const { time, model, client } = setup();
    const t = await client.create({ subject: 'Card charged twice', description: 'x', requester: { email: 'li@example.com' } });
    time.tick();
    await client.comment(t.id, { body: 'Here is the statement', role: 'requester' });
    time.tick();
    await client.comment(t.id, { body: 'Thanks, refunding' });
    const stored = model.comments.get(Number(t.id)) ?? [];
    const requesterId = model.tickets.get(Number(t.id))?.requester_id;
    expect(stored.map((c) => c.author_id)).toEqual([requesterId, requesterId, ZENDESK_AGENT_ID]);
    const comments = (await client.timeline(t.id)).filter((e) => e.type === 'comment');
    expect(comments.map((e) => e.type === 'comment' && e.author)).toEqual(['requester', 'agent']);
  });

  it('follows audits across cursor pages (150 audits, 100 a page)', async () => {
    const { model, client } = setup();
    const t = await client.create({ subject: 'Long ticket', description: 'x', requester: { email: 'a@example.com' } });
    const audits = model.audits.get(Number(t.id)) ?? [];
    for (let i = 0; i < 149; i++) {
      audits.push({
        id: 1000 + i,
        ticket_id: Number(t.id),
        created_at: new Date(Date.parse('2026-12-01T02:00:00Z') + i * 1000).toISOString(),
        author_id: ZENDESK_AGENT_ID,
        via: { channel: 'api' },
        metadata: {},
        events: [{ id: 5000 + i, type: 'Comment', body: `reply ${i}`, plain_body: `reply ${i}`, public: true, author_id: ZENDESK_AGENT_ID, attachments: [] }],
      });
    }
    const events = await client.timeline(t.id);
    expect(events.filter((e) => e.type === 'comment')).toHaveLength(149);
    expect(model.requests.filter((r) => r.url.includes('/audits.json'))).toHaveLength(2);
  });

  it('reads a logged contact back from its internal note, and the note stays readable for agents', async () => {
    const { model, client } = setup();
    const t = await client.create({ subject: 'Called the hotline', description: 'x', requester: { email: 'b@example.com' } });
    const attempt = { channel: 'alipay:hotline', at: new Date('2026-12-01T01:00:30Z'), agentName: '王女士', agentId: '10086', outcome: 'unresolved' as const };
    await client.logContact(t.id, attempt);
    const note = (model.comments.get(Number(t.id)) ?? []).at(-1);
    expect(note?.public).toBe(false);
    expect(note?.body.split('\n')[0]).toBe('Contact via alipay:hotline at 2026-12-01T01:00:30.000Z: unresolved; agent 王女士, 工号 10086');
    expect((await client.timeline(t.id)).filter((e) => e.type === 'contact')).toEqual([{ type: 'contact', ...attempt }]);
  });

  it('maps audit events: priority unset → normal, hold → on_hold, a rule comment → system, a level tag → escalated, a rating → rated', () => {
    const audit = (created_at: string, events: unknown[], via = 'web') => ({ created_at, author_id: 1, via: { channel: via }, events });
    const events = timelineFromZendeskAudits(
      [
        audit('2026-12-01T01:00:00Z', [
          { type: 'Comment', id: 1, body: 'description', public: true, author_id: 7 },
          { type: 'Create', field_name: 'status', value: 'new' },
        ]),
        audit('2026-12-01T01:05:00Z', [
          { type: 'Change', field_name: 'status', value: 'hold', previous_value: 'new' },
          { type: 'Change', field_name: 'priority', value: 'urgent', previous_value: null },
          { type: 'Change', field_name: 'tags', value: ['vip', 'walletdesk_level_1'], previous_value: ['vip'] },
          { type: 'Notification', subject: 'ignored' },
        ]),
        audit('2026-12-01T01:06:00Z', [{ type: 'Comment', id: 2, body: 'Auto-reply', public: true, author_id: 1 }], 'rule'),
        audit('2026-12-01T01:07:00Z', [{ type: 'Comment', id: 3, body: 'Still waiting', public: true, author_id: 7 }]),
        audit('2026-12-01T01:08:00Z', [{ type: 'SatisfactionRating', score: 'good', assignee_id: null, body: '' }]),
      ],
      { requesterId: 7, createdAt: new Date('2026-12-01T01:00:00Z'), priority: 'urgent' },
    );
    const at = (m: number) => new Date(Date.parse('2026-12-01T01:00:00Z') + m * 60_000);
    expect(events).toEqual<TimelineEvent[]>([
      { type: 'created', at: at(0), status: 'new', priority: 'normal' },
      { type: 'status', at: at(5), from: 'new', to: 'on_hold' },
      { type: 'priority', at: at(5), from: 'normal', to: 'urgent' },
      { type: 'escalated', at: at(5), level: 1 },
      { type: 'comment', at: at(6), author: 'system', public: true, commentId: '2' },
      { type: 'comment', at: at(7), author: 'requester', public: true, commentId: '3' },
      { type: 'rated', at: at(8), score: 'good' },
    ]);
  });

  it('names an audit value walletdesk cannot read (an unknown priority)', () => {
    const error = thrown<ValidationError>(() =>
      timelineFromZendeskAudits(
        [{ created_at: '2026-12-01T01:00:00Z', events: [{ type: 'Create', field_name: 'status', value: 'new' }] }, { created_at: '2026-12-01T01:05:00Z', events: [{ type: 'Change', field_name: 'priority', value: 'p1', previous_value: 'low' }] }],
        { requesterId: undefined, createdAt: new Date('2026-12-01T01:00:00Z'), priority: 'normal' },
      ),
    );
    expect(error.field).toBe('response.audits[1].events[0].value');
  });
});

describe('freshdesk timeline (partial)', () => {
  const domain = 'walletdesk-tl';
  const apiKey = 'fd-key-1';

  function setup() {
    const time = ticking();
    const model = createFreshdeskModel({ domain, apiKey, now: time.now });
    server.resetHandlers(...model.handlers);
    const client = createTicketClient({ backend: freshdeskBackend({ domain, apiKey, retry: false }) });
    return { time, model, client };
  }

  it('builds status events from stats: a solve, a reopen and a second solve show as the last solve only', async () => {
    const { time, client } = setup();
    const t = await client.create({ subject: 'Refund', description: 'x', requester: { email: 'c@example.com' } });
    time.tick();
    await client.transition(t.id, 'solved'); // 01:01, then overwritten by the second solve
    time.tick();
    await client.transition(t.id, 'open'); // 01:02 reopened_at
    time.tick();
    await client.transition(t.id, 'solved'); // 01:03 resolved_at
    const at = (m: number) => new Date(Date.parse('2026-12-01T01:00:00Z') + m * 60_000);
    expect((await client.timeline(t.id)).filter((e) => e.type === 'status')).toEqual([
      { type: 'status', at: at(2), from: 'new', to: 'open' },
      { type: 'status', at: at(3), from: 'open', to: 'solved' },
    ]);
  });

  it("adds a requester's comment as an incoming note written by the requester, read back as theirs", async () => {
    const { model, client } = setup();
    const t = await client.create({ subject: 'Top-up', description: 'x', requester: { email: 'd@example.com' } });
    await client.comment(t.id, { body: 'Still not credited', role: 'requester' });
    await client.comment(t.id, { body: 'Checking' });
    const stored = model.conversations.get(Number(t.id)) ?? [];
    expect(stored.map((c) => [c.incoming, c.private, c.user_id])).toEqual([
      [true, false, model.tickets.get(Number(t.id))?.requester_id],
      [false, false, FRESHDESK_AGENT_ID],
    ]);
    const comments = (await client.timeline(t.id)).filter((e) => e.type === 'comment');
    expect(comments.map((e) => e.type === 'comment' && [e.author, e.public])).toEqual([
      ['requester', true],
      ['agent', true],
    ]);
  });

  it('follows conversation pages (120 entries, 100 a page)', async () => {
    const { model, client } = setup();
    const t = await client.create({ subject: 'Chatty', description: 'x', requester: { email: 'e@example.com' } });
    const list = model.conversations.get(Number(t.id)) ?? [];
    for (let i = 0; i < 120; i++) {
      list.push({ id: 900 + i, ticket_id: Number(t.id), body: `<div>m${i}</div>`, body_text: `m${i}`, private: false, incoming: i % 2 === 0, user_id: FRESHDESK_AGENT_ID, source: 0, created_at: new Date(Date.parse('2026-12-01T02:00:00Z') + i * 1000).toISOString() });
    }
    model.conversations.set(Number(t.id), list);
    const comments = (await client.timeline(t.id)).filter((e) => e.type === 'comment');
    expect(comments).toHaveLength(120);
    expect(comments.filter((e) => e.type === 'comment' && e.author === 'requester')).toHaveLength(60);
  });
});
