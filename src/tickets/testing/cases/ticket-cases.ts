/**
 * The core cases: the model, the workflow, comments, escalation, pagination, idempotent create,
 * satisfaction and typed errors, driven through the public client, so they check what users rely on.
 */
import { isInvalidTransitionError, isNotFoundError, isUnsupportedCapabilityError, isValidationError } from '../../../errors/index.js';
import type { TicketClient } from '../../client.js';
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type Ticket } from '../../model.js';
import { check, checkEqual, checkError, checkFields, checkSame, rejection } from '../assert.js';
import type { BackendCase } from './conformance-case.js';

const newTicket = (client: TicketClient, subject = 'Top-up failed', extra: Record<string, unknown> = {}): Promise<Ticket> =>
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

const sorted = (values: string[]): string[] => [...values].sort();

/** The cases every ticket backend passes. */
export const ticketCases: BackendCase[] = [
  {
    name: 'declares a name and every capability as a boolean',
    async run({ backend }) {
      check(typeof backend.name === 'string' && backend.name.length > 0, `backend.name must be a non-empty string, got ${String(backend.name)}`);
      for (const key of ['idempotentCreate', 'onHold', 'cursorPagination', 'satisfaction', 'reopenClosed', 'browserSafeAuth'] as const) {
        checkEqual(typeof backend.capabilities?.[key], 'boolean', `typeof capabilities.${key}`);
      }
    },
  },
  {
    name: 'creates a ticket that keeps what it was given, as status new at level 0',
    async run({ client }) {
      const ticket = await newTicket(client);
      checkEqual(typeof ticket.id, 'string', 'typeof ticket.id');
      checkFields(ticket, { subject: 'Top-up failed', status: 'new', priority: 'high', category: 'top_up', channel: 'in_app', escalationLevel: 0 }, 'ticket');
      check(ticket.description.includes('balance did not change'), 'ticket.description keeps the text it was given');
      checkEqual(ticket.requester.email, 'lilei@example.com', 'ticket.requester.email');
      check(ticket.tags.includes('vip'), `ticket.tags keeps 'vip', got ${JSON.stringify(ticket.tags)}`);
      check(ticket.createdAt instanceof Date, 'ticket.createdAt is a Date');
      check(ticket.updatedAt.getTime() >= ticket.createdAt.getTime(), 'ticket.updatedAt is not before createdAt');
      check(TICKET_STATUSES.includes(ticket.status), `ticket.status is one of TICKET_STATUSES, got ${ticket.status}`);
      check(TICKET_PRIORITIES.includes(ticket.priority), `ticket.priority is one of TICKET_PRIORITIES, got ${ticket.priority}`);
      check(TICKET_CHANNELS.includes(ticket.channel), `ticket.channel is one of TICKET_CHANNELS, got ${ticket.channel}`);
    },
  },
  {
    name: 'reads back what it stored and answers NotFoundError for an unknown id',
    async run({ client }) {
      const ticket = await newTicket(client);
      const read = await client.get(ticket.id);
      checkFields(read, { id: ticket.id, subject: ticket.subject, status: 'new', category: 'top_up', priority: 'high' }, 'get(id)');
      checkError(await rejection(client.get('999999999'), "get('999999999')"), isNotFoundError, "get('999999999')");
    },
  },
  {
    name: 'updates only the given fields',
    async run({ client }) {
      const ticket = await newTicket(client);
      const updated = await client.update(ticket.id, { priority: 'urgent', tags: ['vip', 'refund'] });
      checkEqual(updated.priority, 'urgent', 'update().priority');
      check(updated.tags.includes('vip') && updated.tags.includes('refund'), `update().tags has vip and refund, got ${JSON.stringify(updated.tags)}`);
      checkEqual(updated.subject, ticket.subject, 'update().subject (not in the patch)');
      checkEqual((await client.get(ticket.id)).priority, 'urgent', 'get() after update: priority');
    },
  },
  {
    name: 'walks the workflow new → open → pending → solved → closed, and refuses to leave closed',
    async run({ backend, client }) {
      const ticket = await newTicket(client);
      checkEqual((await client.transition(ticket.id, 'open')).status, 'open', 'transition to open');
      checkEqual((await client.requestInfo(ticket.id, 'Please send the top-up record.')).status, 'pending', 'requestInfo');
      checkEqual((await client.resolve(ticket.id, { comment: 'Refunded to your card.' })).status, 'solved', 'resolve');
      checkEqual((await client.transition(ticket.id, 'closed')).status, 'closed', 'transition to closed');
      if (!backend.capabilities.reopenClosed) {
        checkError(await rejection(client.transition(ticket.id, 'open'), 'closed → open'), isInvalidTransitionError, 'closed → open');
        checkEqual((await client.get(ticket.id)).status, 'closed', 'status after the refused reopen');
      }
    },
  },
  {
    name: 'reopens a solved ticket, and never goes back to new',
    async run({ client }) {
      const ticket = await newTicket(client);
      await client.resolve(ticket.id);
      checkEqual((await client.transition(ticket.id, 'open')).status, 'open', 'solved → open');
      checkError(await rejection(client.transition(ticket.id, 'new'), 'open → new'), isInvalidTransitionError, 'open → new');
    },
  },
  {
    name: 'puts a ticket on hold when it can, and says so before any write when it cannot',
    async run({ backend, client }) {
      const ticket = await newTicket(client);
      if (backend.capabilities.onHold) {
        checkEqual((await client.transition(ticket.id, 'on_hold')).status, 'on_hold', 'new → on_hold');
        checkEqual((await client.transition(ticket.id, 'open')).status, 'open', 'on_hold → open');
      } else {
        checkError(await rejection(client.transition(ticket.id, 'on_hold'), 'on_hold without the capability'), isUnsupportedCapabilityError, 'on_hold without the capability');
        checkEqual((await client.get(ticket.id)).status, 'new', 'status after the refused on_hold');
      }
    },
  },
  {
    name: 'keeps public replies and internal notes apart, oldest first',
    async run({ client }) {
      const ticket = await newTicket(client);
      await client.comment(ticket.id, { body: 'We are looking into it.' });
      await client.comment(ticket.id, { body: 'Checked the acquirer log: charge captured.', public: false });
      const comments = await client.comments(ticket.id);
      const ours = comments.filter((c) => c.body.includes('looking into it') || c.body.includes('acquirer log'));
      checkSame(
        ours.map((c) => c.public),
        [true, false],
        'public flags of the reply and the note, oldest first',
      );
      check(
        ours.every((c) => c.ticketId === ticket.id && c.createdAt instanceof Date),
        'each comment carries its ticketId and a Date createdAt',
      );
    },
  },
  {
    name: 'escalates: level up, priority up, an internal note with the reason',
    async run({ client }) {
      const ticket = await newTicket(client, 'Money taken without my consent', { category: 'unauthorized_transaction', priority: 'normal' });
      const escalated = await client.escalate(ticket.id, { reason: 'Possible account takeover' });
      checkFields(escalated, { escalationLevel: 1, priority: 'high', status: 'open' }, 'first escalation');
      const again = await client.escalate(ticket.id, { reason: 'No answer from level 1 in 4 h' });
      checkFields(again, { escalationLevel: 2, priority: 'urgent' }, 'second escalation');
      const notes = (await client.comments(ticket.id)).filter((c) => !c.public);
      check(
        notes.some((c) => c.body.includes('Possible account takeover')),
        'an internal note carries the escalation reason',
      );
    },
  },
  {
    name: 'lists its tickets three per page, each exactly once, and filters by status',
    async run({ client, options }) {
      const made: Ticket[] = [];
      for (let i = 0; i < options.paginationTickets; i++) made.push(await newTicket(client, `Ticket ${i}`));
      const first = made[0];
      check(first, 'paginationTickets must be at least 4');
      await client.transition(first.id, 'open');
      const ids: string[] = [];
      for await (const ticket of client.list({ pageSize: 3 })) ids.push(ticket.id);
      checkSame(
        sorted(ids),
        sorted(made.map((t) => t.id)),
        'ids listed over every page',
      );
      const page = await client.listPage({ pageSize: 3 });
      checkEqual(page.tickets.length, 3, 'tickets on the first page');
      checkEqual(typeof page.nextCursor, 'string', 'typeof nextCursor of the first page');
      const open: string[] = [];
      for await (const ticket of client.list({ status: 'open', pageSize: 3 })) open.push(ticket.id);
      checkSame(open, [first.id], 'ids listed with status open');
    },
  },
  {
    name: 'returns the first ticket when a create is repeated with the same idempotency key (when it declares idempotentCreate)',
    async run({ backend, client }) {
      const input = { subject: 'Transfer to wrong account', description: 'Sent 500 to the wrong phone number', category: 'transfer' as const };
      if (backend.capabilities.idempotentCreate) {
        const a = await client.create(input, { idempotencyKey: 'conformance-key-1' });
        const b = await client.create(input, { idempotencyKey: 'conformance-key-1' });
        const c = await client.create(input, { idempotencyKey: 'conformance-key-2' });
        checkEqual(b.id, a.id, 'id of the repeated create');
        check(c.id !== a.id, 'a different key makes a different ticket');
      } else {
        const a = await client.create(input);
        const b = await client.create(input);
        check(b.id !== a.id, 'two creates without a key make two tickets');
      }
    },
  },
  {
    name: 'records satisfaction on a solved ticket when it can, and refuses before any write when it cannot',
    async run({ backend, client }) {
      const ticket = await newTicket(client);
      if (backend.capabilities.satisfaction) {
        checkError(await rejection(client.rate(ticket.id, { score: 'good' }), 'rating an unsolved ticket'), isValidationError, 'rating an unsolved ticket');
        await client.resolve(ticket.id);
        const rated = await client.rate(ticket.id, { score: 'bad', comment: 'Took three days' });
        checkSame(rated.satisfaction, { score: 'bad', comment: 'Took three days' }, 'satisfaction after rate()');
      } else {
        await client.resolve(ticket.id);
        checkError(await rejection(client.rate(ticket.id, { score: 'good' }), 'rate without the capability'), isUnsupportedCapabilityError, 'rate without the capability');
      }
    },
  },
  {
    name: 'rejects bad input with a ValidationError naming the field',
    async run({ client }) {
      const error = await rejection(client.create({ subject: '   ', description: 'x' }), 'create with a blank subject');
      checkError(error, isValidationError, 'create with a blank subject');
      check(JSON.stringify(error).includes('subject'), 'the ValidationError names the subject field');
      checkError(await rejection(client.transition('1', 'archived' as never), "transition to 'archived'"), isValidationError, "transition to 'archived'");
    },
  },
];
