/**
 * The conformance suite every ticket backend runs, built-in or your own (unstorage's `testDriver`
 * and keyv's test-suite are the models). It drives the backend through the public client, so it
 * checks what users rely on: the model, the workflow, comments, escalation, pagination, idempotent
 * create, satisfaction and errors.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInvalidTransitionError, isNotFoundError, isUnsupportedCapabilityError, isValidationError } from '../../errors/guards.js';
import { ValidationError } from '../../errors/validation-error.js';
import type { TicketBackend } from '../backend.js';
import { createTicketClient, type TicketClient } from '../client.js';
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type Ticket } from '../model.js';

/** Options of {@link testTicketBackend}. */
export interface TestTicketBackendOptions {
  /** How many tickets the pagination test makes (default 7; it lists them 3 per page). */
  paginationTickets?: number;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, it succeeded');
}

/**
 * Registers the conformance tests for a backend with vitest. `factory` is called before each test
 * and must return a backend with no tickets.
 *
 * @example
 * ```ts
 * import { testTicketBackend } from 'walletdesk/tickets/testing';
 * typeof testTicketBackend; // => 'function'
 * // In a vitest test file (my-backend.test.ts), it registers the whole suite:
 * // testTicketBackend('my-backend', () => myBackend({ url: freshTestUrl() }));
 * ```
 */
export function testTicketBackend(name: string, factory: () => TicketBackend | Promise<TicketBackend>, options: TestTicketBackendOptions = {}): void {
  if (typeof name !== 'string' || typeof factory !== 'function') {
    throw new ValidationError([{ path: [typeof name !== 'string' ? 'name' : 'factory'], message: 'call testTicketBackend(name, () => backend)', code: 'invalid_type' }]);
  }
  const paginationTickets = options?.paginationTickets ?? 7;
  describe(`ticket backend conformance: ${name}`, () => {
    let backend: TicketBackend;
    let client: TicketClient;
    beforeEach(async () => {
      backend = await factory();
      client = createTicketClient({ backend });
    });
    afterEach(async () => {
      await backend.dispose?.();
    });

    const newTicket = (subject = 'Top-up failed', extra: Record<string, unknown> = {}): Promise<Ticket> =>
      client.create({
        subject,
        description: 'I topped up 200 from my card, the card was charged but the balance did not change.',
        category: 'top_up',
        priority: 'high',
        channel: 'in_app',
        requester: { name: 'Li Lei', email: 'lilei@example.com' },
        tags: ['vip'],
        ...extra,
      });

    it('declares a name and every capability as a boolean', () => {
      expect(typeof backend.name).toBe('string');
      expect(backend.name.length).toBeGreaterThan(0);
      for (const key of ['idempotentCreate', 'onHold', 'cursorPagination', 'satisfaction', 'reopenClosed', 'browserSafeAuth'] as const) {
        expect(typeof backend.capabilities[key], key).toBe('boolean');
      }
    });

    it('creates a ticket that keeps what it was given, as status new at level 0', async () => {
      const ticket = await newTicket();
      expect(ticket.id).toEqual(expect.any(String));
      expect(ticket).toMatchObject({ subject: 'Top-up failed', status: 'new', priority: 'high', category: 'top_up', channel: 'in_app', escalationLevel: 0 });
      expect(ticket.description).toContain('balance did not change');
      expect(ticket.requester.email).toBe('lilei@example.com');
      expect(ticket.tags).toContain('vip');
      expect(ticket.createdAt).toBeInstanceOf(Date);
      expect(ticket.updatedAt.getTime()).toBeGreaterThanOrEqual(ticket.createdAt.getTime());
      expect(TICKET_STATUSES).toContain(ticket.status);
      expect(TICKET_PRIORITIES).toContain(ticket.priority);
      expect(TICKET_CHANNELS).toContain(ticket.channel);
    });

    it('reads back what it stored and answers NotFoundError for an unknown id', async () => {
      const ticket = await newTicket();
      const read = await client.get(ticket.id);
      expect(read).toMatchObject({ id: ticket.id, subject: ticket.subject, status: 'new', category: 'top_up', priority: 'high' });
      expect(isNotFoundError(await rejection(client.get('999999999')))).toBe(true);
    });

    it('updates only the given fields', async () => {
      const ticket = await newTicket();
      const updated = await client.update(ticket.id, { priority: 'urgent', tags: ['vip', 'refund'] });
      expect(updated.priority).toBe('urgent');
      expect(updated.tags).toEqual(expect.arrayContaining(['vip', 'refund']));
      expect(updated.subject).toBe(ticket.subject);
      expect((await client.get(ticket.id)).priority).toBe('urgent');
    });

    it('walks the workflow new → open → pending → solved → closed, and refuses to leave closed', async () => {
      const ticket = await newTicket();
      expect((await client.transition(ticket.id, 'open')).status).toBe('open');
      expect((await client.requestInfo(ticket.id, 'Please send the top-up record.')).status).toBe('pending');
      expect((await client.resolve(ticket.id, { comment: 'Refunded to your card.' })).status).toBe('solved');
      expect((await client.transition(ticket.id, 'closed')).status).toBe('closed');
      if (!backend.capabilities.reopenClosed) {
        const error = await rejection(client.transition(ticket.id, 'open'));
        expect(isInvalidTransitionError(error)).toBe(true);
        expect((await client.get(ticket.id)).status).toBe('closed');
      }
    });

    it('reopens a solved ticket, and never goes back to new', async () => {
      const ticket = await newTicket();
      await client.resolve(ticket.id);
      expect((await client.transition(ticket.id, 'open')).status).toBe('open');
      expect(isInvalidTransitionError(await rejection(client.transition(ticket.id, 'new')))).toBe(true);
    });

    it('puts a ticket on hold when it can, and says so before any write when it cannot', async () => {
      const ticket = await newTicket();
      if (backend.capabilities.onHold) {
        expect((await client.transition(ticket.id, 'on_hold')).status).toBe('on_hold');
        expect((await client.transition(ticket.id, 'open')).status).toBe('open');
      } else {
        expect(isUnsupportedCapabilityError(await rejection(client.transition(ticket.id, 'on_hold')))).toBe(true);
        expect((await client.get(ticket.id)).status).toBe('new');
      }
    });

    it('keeps public replies and internal notes apart, oldest first', async () => {
      const ticket = await newTicket();
      await client.comment(ticket.id, { body: 'We are looking into it.' });
      await client.comment(ticket.id, { body: 'Checked the acquirer log: charge captured.', public: false });
      const comments = await client.comments(ticket.id);
      const ours = comments.filter((c) => c.body.includes('looking into it') || c.body.includes('acquirer log'));
      expect(ours.map((c) => c.public)).toEqual([true, false]);
      expect(ours.every((c) => c.ticketId === ticket.id && c.createdAt instanceof Date)).toBe(true);
    });

    it('escalates: level up, priority up, an internal note with the reason', async () => {
      const ticket = await newTicket('Money taken without my consent', { category: 'unauthorized_transaction', priority: 'normal' });
      const escalated = await client.escalate(ticket.id, { reason: 'Possible account takeover' });
      expect(escalated.escalationLevel).toBe(1);
      expect(escalated.priority).toBe('high');
      expect(escalated.status).toBe('open');
      const again = await client.escalate(ticket.id, { reason: 'No answer from level 1 in 4 h' });
      expect(again.escalationLevel).toBe(2);
      expect(again.priority).toBe('urgent');
      const notes = (await client.comments(ticket.id)).filter((c) => !c.public);
      expect(notes.map((c) => c.body).join('\n')).toContain('Possible account takeover');
    });

    it(`lists ${paginationTickets} tickets three per page, each exactly once, and filters by status`, async () => {
      const made: Ticket[] = [];
      for (let i = 0; i < paginationTickets; i++) made.push(await newTicket(`Ticket ${i}`));
      const first = made[0];
      if (!first) throw new Error('no tickets made');
      await client.transition(first.id, 'open');
      const ids: string[] = [];
      for await (const ticket of client.list({ pageSize: 3 })) ids.push(ticket.id);
      expect([...ids].sort()).toEqual(made.map((t) => t.id).sort());
      const page = await client.listPage({ pageSize: 3 });
      expect(page.tickets.length).toBe(3);
      expect(page.nextCursor).toEqual(expect.any(String));
      const open: string[] = [];
      for await (const ticket of client.list({ status: 'open', pageSize: 3 })) open.push(ticket.id);
      expect(open).toEqual([first.id]);
    });

    it('returns the first ticket when a create is repeated with the same idempotency key (when it declares idempotentCreate)', async () => {
      const input = { subject: 'Transfer to wrong account', description: 'Sent 500 to the wrong phone number', category: 'transfer' as const };
      if (backend.capabilities.idempotentCreate) {
        const a = await client.create(input, { idempotencyKey: 'conformance-key-1' });
        const b = await client.create(input, { idempotencyKey: 'conformance-key-1' });
        const c = await client.create(input, { idempotencyKey: 'conformance-key-2' });
        expect(b.id).toBe(a.id);
        expect(c.id).not.toBe(a.id);
      } else {
        const a = await client.create(input);
        const b = await client.create(input);
        expect(b.id).not.toBe(a.id);
      }
    });

    it('records satisfaction on a solved ticket when it can, and refuses before any write when it cannot', async () => {
      const ticket = await newTicket();
      if (backend.capabilities.satisfaction) {
        expect(isValidationError(await rejection(client.rate(ticket.id, { score: 'good' })))).toBe(true);
        await client.resolve(ticket.id);
        const rated = await client.rate(ticket.id, { score: 'bad', comment: 'Took three days' });
        expect(rated.satisfaction).toEqual({ score: 'bad', comment: 'Took three days' });
      } else {
        await client.resolve(ticket.id);
        expect(isUnsupportedCapabilityError(await rejection(client.rate(ticket.id, { score: 'good' })))).toBe(true);
      }
    });

    it('rejects bad input with a ValidationError naming the field', async () => {
      const error = await rejection(client.create({ subject: '   ', description: 'x' }));
      expect(isValidationError(error)).toBe(true);
      expect(JSON.stringify(error)).toContain('subject');
      const badStatus = await rejection(client.transition('1', 'archived' as never));
      expect(isValidationError(badStatus)).toBe(true);
    });
  });
}
