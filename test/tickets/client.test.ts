import { describe, expect, it } from 'vitest';
import { isInvalidTransitionError, isUnsupportedCapabilityError, isValidationError, type ValidationError } from '../../src/errors/index.js';
import {
  allowedTransitions,
  assertTransition,
  canTransition,
  createTicketClient,
  defineBackend,
  memoryBackend,
  TICKET_STATUSES,
  type TicketBackend,
  type TicketStatus,
} from '../../src/tickets/index.js';
import { rejection, thrown } from '../helpers/rejection.js';

/** A memory backend that counts every call, to prove checks happen before any I/O. */
function counted(inner: TicketBackend = memoryBackend()): TicketBackend & { calls: string[] } {
  const calls: string[] = [];
  const wrap =
    <K extends 'create' | 'get' | 'update' | 'addComment' | 'listComments' | 'list'>(name: K) =>
    (...args: unknown[]) => {
      calls.push(name);
      return (inner[name] as (...a: unknown[]) => unknown)(...args);
    };
  return {
    name: inner.name,
    capabilities: inner.capabilities,
    calls,
    create: wrap('create'),
    get: wrap('get'),
    update: wrap('update'),
    addComment: wrap('addComment'),
    listComments: wrap('listComments'),
    list: wrap('list'),
    rate: (...args: Parameters<NonNullable<TicketBackend['rate']>>) => {
      calls.push('rate');
      return inner.rate?.(...args);
    },
  } as TicketBackend & { calls: string[] };
}


describe('workflow table', () => {
  it('closed is final, new is never re-entered, solved only reopens or closes', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    for (const from of TICKET_STATUSES) expect(canTransition(from, 'new')).toBe(from === 'new');
    expect(allowedTransitions('solved')).toEqual(['open', 'closed']);
  });
  it('every status reaches closed, and every status except closed reaches solved', () => {
    const reach = (from: TicketStatus, to: TicketStatus, seen = new Set<TicketStatus>()): boolean => {
      if (from === to) return true;
      if (seen.has(from)) return false;
      seen.add(from);
      return allowedTransitions(from).some((next) => reach(next, to, seen));
    };
    for (const from of TICKET_STATUSES) {
      expect(reach(from, 'closed'), from).toBe(true);
      if (from !== 'closed') expect(reach(from, 'solved'), from).toBe(true);
    }
  });
});

describe('bad input to the building blocks (JS callers) is a ValidationError naming the argument', () => {
  it('workflow functions', () => {
    for (const [call, field] of [
      [() => allowedTransitions('archived' as never), 'from'],
      [() => canTransition('open', 'archived' as never), 'to'],
      [() => canTransition(undefined as never, 'open'), 'from'],
      [() => assertTransition('open', 42 as never), 'to'],
    ] as const) {
      const error = thrown<ValidationError>(call);
      expect(isValidationError(error), field).toBe(true);
      expect(error.field, field).toBe(field);
    }
  });

  it('memoryBackend options, including a corrupt initial state', () => {
    const cases: Array<[unknown, string]> = [
      [null, 'options'],
      [{ now: 'yesterday' }, 'options.now'],
      [{ onChange: true }, 'options.onChange'],
      [{ capabilities: { onHold: 'no' } }, 'options.capabilities.onHold'],
      [{ initial: { tickets: [{ id: '1', status: 'archived' }], comments: [] } }, 'options.initial.tickets[0].status'],
    ];
    for (const [options, field] of cases) {
      const error = thrown<ValidationError>(() => memoryBackend(options as never));
      expect(isValidationError(error), field).toBe(true);
      expect(error.message, field).toContain(field);
    }
  });

  it('defineBackend', () => {
    expect(isValidationError(thrown(() => defineBackend('memory' as never)))).toBe(true);
  });
});

describe('createTicketClient', () => {
  it('rejects bad input with a ValidationError naming the field, before any backend call', async () => {
    const backend = counted();
    const client = createTicketClient({ backend });
    const cases: Array<[Promise<unknown>, string]> = [
      [client.create({ subject: '', description: 'x' }), 'input.subject'],
      [client.create({ subject: 'a', description: 'x'.repeat(1_000_000) }), 'input.description'],
      [client.create({ subject: 'a', description: 'x', requester: { email: 'not-an-email' } }), 'input.requester.email'],
      [client.create({ subject: 'a', description: 'x', category: 'lottery' as never }), 'input.category'],
      [client.create({ subject: 'a', description: 'x', extra: 1 } as never), 'input'],
      [client.transition('1', 'archived' as never), 'status'],
      [client.update('1', { status: 'done' as never }), 'patch.status'],
      [client.get(''), 'id'],
      [client.comment('1', { body: '  ' }), 'comment.body'],
      [client.escalate('1', { reason: '' }), 'escalation.reason'],
      [client.listPage({ pageSize: 500 }), 'query.pageSize'],
      [client.rate('1', { score: 'ok' as never }), 'rating.score'],
    ];
    for (const [promise, field] of cases) {
      const error = await rejection<ValidationError>(promise);
      expect(isValidationError(error), field).toBe(true);
      expect(error.message, field).toContain(field);
    }
    expect(backend.calls).toEqual([]);
  });

  it('refuses an invalid transition before writing, and names the allowed ones', async () => {
    const backend = counted();
    const client = createTicketClient({ backend });
    const t = await client.create({ subject: 'a', description: 'b' });
    await client.resolve(t.id);
    await client.transition(t.id, 'closed');
    backend.calls.length = 0;
    const error = await rejection<ValidationError>(client.transition(t.id, 'pending'));
    expect(isInvalidTransitionError(error)).toBe(true);
    expect(error.message).toContain('"closed" to "pending"');
    expect(backend.calls).toEqual(['get']);
  });

  it('checks capabilities before any I/O', async () => {
    const inner = memoryBackend({ capabilities: { satisfaction: false, onHold: false } });
    const backend = counted(inner);
    const client = createTicketClient({ backend });
    expect(isUnsupportedCapabilityError(await rejection(client.rate('1', { score: 'good' })))).toBe(true);
    expect(backend.calls).toEqual([]);
  });

  it('sets category and priority from a classification unless the input gives them', async () => {
    const client = createTicketClient({ backend: memoryBackend() });
    const a = await client.create({ subject: 'stolen', description: 'someone took my account' }, { classification: { category: 'account_compromise', urgency: 'critical' } });
    expect([a.category, a.priority]).toEqual(['account_compromise', 'urgent']);
    const b = await client.create({ subject: 'x', description: 'y', priority: 'low' }, { classification: { category: 'fees_limits', urgency: 'high' } });
    expect([b.category, b.priority]).toEqual(['fees_limits', 'low']);
  });

  it('uses one idempotency key per logical create, and the caller’s key when given', async () => {
    const keys: Array<string | undefined> = [];
    const inner = memoryBackend();
    const backend: TicketBackend = {
      ...inner,
      create: (input, o) => {
        keys.push(o?.idempotencyKey);
        return inner.create(input, o);
      },
    };
    let n = 0;
    const client = createTicketClient({ backend, idempotencyKey: () => `generated-${++n}` });
    await client.create({ subject: 'a', description: 'b' });
    await client.create({ subject: 'a', description: 'b' });
    const first = await client.create({ subject: 'c', description: 'd' }, { idempotencyKey: 'stored-key' });
    const again = await client.create({ subject: 'c', description: 'd' }, { idempotencyKey: 'stored-key' });
    expect(keys).toEqual(['generated-1', 'generated-2', 'stored-key', 'stored-key']);
    expect(again.id).toBe(first.id);
  });

  it('lists every ticket once across pages even when tickets change while it pages', async () => {
    const client = createTicketClient({ backend: memoryBackend() });
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) ids.push((await client.create({ subject: `t${i}`, description: 'x' })).id);
    const seen: string[] = [];
    for await (const ticket of client.list({ pageSize: 4 })) {
      seen.push(ticket.id);
      // Touching a ticket moves it to the end of the update order; it must not come back.
      if (seen.length === 3) await client.update(ids[0] ?? '', { priority: 'high' });
    }
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('watch yields changes and new comments, and ends when the ticket closes', async () => {
    const client = createTicketClient({ backend: memoryBackend() });
    const t = await client.create({ subject: 'a', description: 'b' });
    const changes: string[] = [];
    const watching = (async () => {
      for await (const change of client.watch(t.id, { intervalMs: 10 })) {
        changes.push(`${change.ticket.status}:${change.changed.join(',')}:${change.comments.map((c) => c.body).join('|')}`);
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    await client.requestInfo(t.id, 'Which card?');
    await new Promise((r) => setTimeout(r, 30));
    await client.resolve(t.id);
    await client.transition(t.id, 'closed');
    await watching;
    expect(changes[0]).toBe('new::');
    expect(changes).toContain('pending:status:Which card?');
    expect(changes.at(-1)).toMatch(/^closed:status/);
  });

  it('watch stops quietly when its signal aborts', async () => {
    const client = createTicketClient({ backend: memoryBackend() });
    const t = await client.create({ subject: 'a', description: 'b' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    let yields = 0;
    for await (const _ of client.watch(t.id, { intervalMs: 10, signal: controller.signal })) yields++;
    expect(yields).toBe(1);
  });

  it('treats null options like absent ones and a null input as a ValidationError (JS callers)', async () => {
    const client = createTicketClient({ backend: memoryBackend() });
    const t = await client.create({ subject: 'a', description: 'b' }, null as never);
    expect(t.status).toBe('new');
    expect((await client.listPage(null as never)).tickets).toHaveLength(1);
    const all = [];
    for await (const x of client.list(null as never)) all.push(x);
    expect(all).toHaveLength(1);
    expect(isValidationError(await rejection(client.create(null as never)))).toBe(true);
    expect(isValidationError(await rejection(client.comment(t.id, null as never)))).toBe(true);
    expect(isValidationError(await rejection(client.escalate(t.id, null as never)))).toBe(true);
    expect(isValidationError(await rejection(client.get(42 as never)))).toBe(true);
  });

  it('refuses a non-object list query before spreading it (a 1 MB string, an array, a number), without calling the backend', async () => {
    const backend = counted();
    const client = createTicketClient({ backend });
    const huge = ' '.repeat(1e6);
    for (const bad of [huge, ['open'], 7, 'open']) {
      const fromPage = await rejection<ValidationError>(client.listPage(bad as never));
      expect(isValidationError(fromPage)).toBe(true);
      expect(fromPage.field).toBe('query');
      // The message says what to pass and never echoes the input.
      expect(fromPage.message).toContain('pass an object of filters');
      expect(fromPage.message.length).toBeLessThan(200);
      const fromList = await rejection<ValidationError>(client.list(bad as never).next());
      expect(fromList.field).toBe('query');
    }
    expect(backend.calls).toEqual([]);
  });

  it('rejects a missing backend with a clear message', () => {
    expect(() => createTicketClient({} as never)).toThrowError(/memoryBackend\(\)/);
  });
});
