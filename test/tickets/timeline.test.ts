// Timelines and the contact log on the memory backend and the client (issues 15 and 16): the exact
// events a ticket's life leaves, stores that load and save them, and bad input named by field.
import { describe, expect, it } from 'vitest';
import { isUnsupportedCapabilityError, type ValidationError } from '../../src/errors/index.js';
import { type BackendCapabilities, createTicketClient, memoryBackend, parseTimeline, type TicketBackend, type TimelineEvent } from '../../src/tickets/index.js';
import { ticketBackendCases } from '../../src/tickets/testing/index.js';
import { rejection, thrown } from '../helpers/rejection.js';

const T0 = Date.parse('2026-12-01T01:00:00Z');
const minute = 60_000;

/** A clock the test moves by hand. */
function clock(start = T0) {
  let now = start;
  return {
    now: () => new Date(now),
    advance(ms: number): void {
      now += ms;
    },
  };
}

const at = (offsetMinutes: number, plusMs = 0) => new Date(T0 + offsetMinutes * minute + plusMs);

describe('memory backend timeline', () => {
  it('records a whole life: created, assignment, comments by role, status, escalation, priority, rating, and a contact logged after the fact', async () => {
    const time = clock();
    const client = createTicketClient({ backend: memoryBackend({ now: time.now }) });
    const t = await client.create({ subject: 'Withdrawal stuck', description: 'Three days processing', priority: 'normal', assignee: 'agent-1' });
    time.advance(5 * minute);
    await client.comment(t.id, { body: 'Which bank?' }); // 00:05 agent, public
    time.advance(10 * minute);
    await client.comment(t.id, { body: 'ICBC', role: 'requester' }); // 00:15 requester
    time.advance(5 * minute);
    await client.transition(t.id, 'open'); // 00:20
    time.advance(10 * minute);
    await client.escalate(t.id, { reason: 'Bank does not answer' }); // 00:30 note, level 1, normal → high
    time.advance(30 * minute);
    await client.resolve(t.id); // 01:00
    time.advance(minute);
    await client.rate(t.id, { score: 'bad' }); // 01:01
    // The user phoned at 00:10 and logs it now: it goes in at 00:10, between the two comments.
    await client.logContact(t.id, { channel: 'phone', at: at(10), agentId: '9527', outcome: 'unresolved' });

    const events = await client.timeline(t.id);
    expect(events).toEqual<TimelineEvent[]>([
      { type: 'created', at: at(0), status: 'new', priority: 'normal' },
      { type: 'assigned', at: at(0), to: 'agent-1' },
      { type: 'comment', at: at(5), author: 'agent', public: true, commentId: '1' },
      { type: 'contact', at: at(10), channel: 'phone', agentId: '9527', outcome: 'unresolved' },
      { type: 'comment', at: at(15), author: 'requester', public: true, commentId: '2' },
      { type: 'status', at: at(20), from: 'new', to: 'open' },
      { type: 'comment', at: at(30), author: 'agent', public: false, commentId: '3' },
      // The update follows its note, a millisecond later on a clock that did not move.
      { type: 'priority', at: at(30, 1), from: 'normal', to: 'high' },
      { type: 'escalated', at: at(30, 1), level: 1 },
      { type: 'status', at: at(60), from: 'open', to: 'solved' },
      { type: 'rated', at: at(61), score: 'bad' },
    ]);
    // The comments themselves carry the role too.
    expect((await client.comments(t.id)).map((c) => c.role)).toEqual([undefined, 'requester', undefined]);
  });

  it('keeps events in order with a clock that stands still (each write a millisecond after the last)', async () => {
    const client = createTicketClient({ backend: memoryBackend({ now: () => new Date(T0) }) });
    const t = await client.create({ subject: 'Frozen clock', description: 'x' });
    await client.transition(t.id, 'open');
    await client.comment(t.id, { body: 'reply' });
    await client.transition(t.id, 'pending');
    const events = await client.timeline(t.id);
    expect(events.map((e) => [e.type, e.at.getTime() - T0])).toEqual([
      ['created', 0],
      ['status', 1],
      ['comment', 2],
      ['status', 3],
    ]);
  });

  it('saves timelines in exportState and loads them back from JSON (dates as strings)', async () => {
    const time = clock();
    const first = memoryBackend({ now: time.now });
    const client = createTicketClient({ backend: first });
    const t = await client.create({ subject: 'Saved', description: 'x' });
    time.advance(minute);
    await client.comment(t.id, { body: 'from the user', role: 'requester' });
    await client.logContact(t.id, { channel: 'alipay:hotline', at: at(0, 500), outcome: 'no_answer', note: 'line busy\ntried twice' });
    const state = first.exportState();
    // A store file holds the timelines as JSON: every `at` an ISO string.
    const timelines = JSON.parse(JSON.stringify(state.timelines));
    expect(typeof timelines[t.id][0].at).toBe('string');
    const reloaded = createTicketClient({ backend: memoryBackend({ initial: { ...state, timelines } }) });
    expect(await reloaded.timeline(t.id)).toEqual(await client.timeline(t.id));
  });

  it('rebuilds a timeline for a store saved before timelines existed, from what the ticket proves', async () => {
    const time = clock();
    const old = memoryBackend({ now: time.now });
    const client = createTicketClient({ backend: old });
    const t = await client.create({ subject: 'Old store', description: 'x', priority: 'high' });
    time.advance(minute);
    await client.comment(t.id, { body: 'done' });
    time.advance(minute);
    await client.resolve(t.id);
    const { timelines: _dropped, ...withoutTimelines } = old.exportState();
    const reloaded = createTicketClient({ backend: memoryBackend({ initial: withoutTimelines }) });
    expect(await reloaded.timeline(t.id)).toEqual<TimelineEvent[]>([
      { type: 'created', at: at(0), status: 'new', priority: 'high' },
      { type: 'comment', at: at(1), author: 'agent', public: true, commentId: '1' },
      { type: 'status', at: at(2), from: 'new', to: 'solved' },
    ]);
  });

  it('names the bad event of a stored timeline: out of order, or an unknown priority', () => {
    const ticket = { ...baseTicket, id: '1' };
    const outOfOrder = thrown<ValidationError>(() =>
      memoryBackend({
        initial: {
          tickets: [ticket],
          comments: [],
          idempotency: [],
          timelines: {
            '1': [
              { type: 'created', at: '2026-12-01T01:00:00Z', status: 'new', priority: 'normal' },
              { type: 'status', at: '2026-12-01T00:59:00Z', from: 'new', to: 'open' },
            ] as unknown as TimelineEvent[],
          },
        },
      }),
    );
    expect(outOfOrder.field).toBe('options.initial.timelines.1[1].at');
    const unknownPriority = thrown<ValidationError>(() =>
      memoryBackend({
        initial: { tickets: [ticket], comments: [], idempotency: [], timelines: { '1': [{ type: 'created', at: new Date(T0), status: 'new', priority: 'p1' }] as unknown as TimelineEvent[] } },
      }),
    );
    expect(unknownPriority.field).toBe('options.initial.timelines.1[0].priority');
  });
});

const baseTicket = {
  subject: 's',
  description: 'd',
  status: 'new' as const,
  priority: 'normal' as const,
  category: 'other' as const,
  channel: 'web' as const,
  requester: {},
  tags: [],
  escalationLevel: 0,
  createdAt: new Date(T0),
  updatedAt: new Date(T0),
  customFields: {},
};

describe('client.timeline and client.logContact', () => {
  /** A memory backend that counts every call, with some capabilities turned off. */
  function counted(capabilities: Partial<BackendCapabilities>) {
    const inner = memoryBackend({ capabilities });
    const calls: string[] = [];
    const backend = new Proxy(inner, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(key));
          return value.apply(target, args);
        };
      },
    }) as TicketBackend;
    return { backend, calls };
  }

  it('refuse without the capability, before any call to the backend', async () => {
    const { backend, calls } = counted({ timeline: false, contactLog: false });
    const client = createTicketClient({ backend });
    const t = await client.create({ subject: 'No history', description: 'x' });
    calls.length = 0;
    const timelineError = await rejection(client.timeline(t.id));
    expect(isUnsupportedCapabilityError(timelineError)).toBe(true);
    expect((timelineError as { capability: string }).capability).toBe('timeline');
    const contactError = await rejection(client.logContact(t.id, { channel: 'phone', at: new Date(), outcome: 'resolved' }));
    expect((contactError as { capability: string }).capability).toBe('contactLog');
    expect(calls).toEqual([]);
  });

  it('check what a backend answers: an event out of order is a ValidationError naming it', async () => {
    const inner = memoryBackend();
    const backend: TicketBackend = {
      ...inner,
      async timeline(id) {
        const events = await inner.timeline?.(id);
        return [...(events ?? []), { type: 'status', at: new Date(0), from: 'new', to: 'open' }];
      },
    };
    const client = createTicketClient({ backend });
    const t = await client.create({ subject: 'Drifting backend', description: 'x' });
    expect((await rejection<ValidationError>(client.timeline(t.id))).field).toBe('response.timeline[1].at');
  });

  it('refuse a contact dated before the ticket was created, naming attempt.at, and store nothing', async () => {
    const client = createTicketClient({ backend: memoryBackend({ now: () => new Date(T0) }) });
    const t = await client.create({ subject: 'Called first', description: 'x' });
    const error = await rejection<ValidationError>(client.logContact(t.id, { channel: 'phone', at: at(-60), outcome: 'unresolved' }));
    expect(error.field).toBe('attempt.at');
    expect(error.message).toContain('before ticket');
    expect((await client.timeline(t.id)).map((e) => e.type)).toEqual(['created']);
  });

  it('a bad ticket id or attempt is named before any I/O', async () => {
    const client = createTicketClient({ backend: memoryBackend() });
    expect((await rejection<ValidationError>(client.timeline(''))).field).toBe('id');
    expect((await rejection<ValidationError>(client.logContact('1', { channel: 'phone', at: new Date(), outcome: 'later' as never }))).field).toBe('attempt.outcome');
    expect((await rejection<ValidationError>(client.comment('1', { body: 'x', role: 'customer' as never }))).field).toBe('comment.role');
  });
});

describe('parseTimeline (bad input)', () => {
  it('names an event out of order and an unknown priority', () => {
    const created = { type: 'created', at: new Date(T0), status: 'new', priority: 'normal' };
    expect(thrown<ValidationError>(() => parseTimeline([created, { type: 'status', at: at(5), from: 'new', to: 'open' }, { type: 'rated', at: at(4), score: 'good' }])).field).toBe(
      'timeline[2].at',
    );
    expect(thrown<ValidationError>(() => parseTimeline([{ ...created, priority: 'p0' }])).field).toBe('timeline[0].priority');
    expect(thrown<ValidationError>(() => parseTimeline([{ type: 'comment', at: new Date(T0), author: 'agent', public: true }])).field).toBe('timeline[0].type');
  });
});

describe('the conformance suite catches a wrong timeline', () => {
  it('fails a backend that records every comment as an agent reply (SLA would count the user as answering)', async () => {
    const broken = () => {
      const inner = memoryBackend();
      return {
        ...inner,
        name: 'role-blind',
        async timeline(id: string) {
          return ((await inner.timeline?.(id)) ?? []).map((e) => (e.type === 'comment' ? { ...e, author: 'agent' as const } : e));
        },
      };
    };
    const comments = ticketBackendCases(broken).find((c) => c.name === 'records each comment with who wrote it and whether it was public, oldest first');
    const error = await rejection<Error>(comments?.run() ?? Promise.resolve());
    expect(error.name).toBe('ConformanceFailure');
    expect(error.message).toContain('comment events');
  });

  it('fails a backend that declares a timeline but does not implement it', async () => {
    const liar = () => ({ ...memoryBackend(), timeline: undefined }) as unknown as TicketBackend;
    const declared = ticketBackendCases(liar).find((c) => c.name.startsWith('declares timeline'));
    expect((await rejection<Error>(declared?.run() ?? Promise.resolve())).message).toBe('a backend declaring capabilities.timeline implements timeline()');
  });
});
