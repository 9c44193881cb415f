/**
 * Timeline and contact-log cases (issues 15 and 16): what SLA timers and users' own code read.
 * A backend declaring `timeline: 'full'` must record every event as it happens; `'partial'` must
 * still get `created`, the comments with who wrote them, the resolution and logged contacts
 * right; a backend declaring neither must refuse before any I/O.
 */
import { isNotFoundError, isUnsupportedCapabilityError, isValidationError, type ValidationError } from '../../../errors/index.js';
import type { TicketClient } from '../../client.js';
import type { Ticket } from '../../model.js';
import type { TimelineEvent } from '../../timeline.js';
import { check, checkEqual, checkError, checkSame, rejection } from '../assert.js';
import type { BackendCase, CaseContext } from './conformance-case.js';

const newTicket = (client: TicketClient, priority: Ticket['priority'] = 'high'): Promise<Ticket> =>
  client.create({
    subject: 'Withdrawal stuck',
    description: 'My withdrawal of 500 to my bank card has been processing for three days.',
    category: 'withdrawal',
    priority,
    requester: { name: 'Han Meimei', email: 'hanmeimei@example.com' },
  });

/** The events of one type, or the comment events, in order. */
const ofType = <T extends TimelineEvent['type']>(events: TimelineEvent[], type: T): Array<Extract<TimelineEvent, { type: T }>> =>
  events.filter((e): e is Extract<TimelineEvent, { type: T }> => e.type === type);

/** Runs `body` only when the backend declares a timeline; otherwise checks that asking is refused before any I/O. */
function withTimeline(body: (context: CaseContext) => Promise<void>): (context: CaseContext) => Promise<void> {
  return async (context) => {
    if (context.backend.capabilities.timeline) return body(context);
    checkError(await rejection(context.client.timeline('1'), 'timeline() without capabilities.timeline'), isUnsupportedCapabilityError, 'timeline() without capabilities.timeline');
  };
}

function checkOrdered(events: TimelineEvent[], what: string): void {
  checkEqual(events[0]?.type, 'created', `${what}[0].type`);
  for (let i = 1; i < events.length; i++) {
    check((events[i] as TimelineEvent).at.getTime() >= (events[i - 1] as TimelineEvent).at.getTime(), `${what}[${i}] (${events[i]?.type}) is not before the event before it`);
  }
}

/** The timeline cases every ticket backend passes. */
export const timelineCases: BackendCase[] = [
  {
    name: 'declares timeline as full, partial or false, and contactLog as a boolean when present',
    async run({ backend }) {
      const { timeline, contactLog } = backend.capabilities;
      check(timeline === undefined || timeline === false || timeline === 'full' || timeline === 'partial', `capabilities.timeline is 'full', 'partial', false or absent, got ${String(timeline)}`);
      check(contactLog === undefined || typeof contactLog === 'boolean', `capabilities.contactLog is a boolean or absent, got ${String(contactLog)}`);
      if (timeline) check(typeof backend.timeline === 'function', 'a backend declaring capabilities.timeline implements timeline()');
      if (contactLog) check(typeof backend.logContact === 'function', 'a backend declaring capabilities.contactLog implements logContact()');
    },
  },
  {
    name: "starts a ticket's timeline with created, its status and priority, and answers NotFoundError for an unknown id",
    run: withTimeline(async ({ client }) => {
      const ticket = await newTicket(client);
      const events = await client.timeline(ticket.id);
      checkSame(
        events.map((e) => e.type),
        ['created'],
        'timeline of a new ticket',
      );
      const created = events[0] as Extract<TimelineEvent, { type: 'created' }>;
      checkEqual(created.status, 'new', 'created.status');
      checkEqual(created.priority, 'high', 'created.priority');
      check(Math.abs(created.at.getTime() - ticket.createdAt.getTime()) <= 1000, `created.at is the ticket's createdAt (${ticket.createdAt.toISOString()}), got ${created.at.toISOString()}`);
      checkError(await rejection(client.timeline('999999999'), "timeline('999999999')"), isNotFoundError, "timeline('999999999')");
    }),
  },
  {
    name: 'records each comment with who wrote it and whether it was public, oldest first',
    run: withTimeline(async ({ client }) => {
      const ticket = await newTicket(client);
      await client.comment(ticket.id, { body: 'Could you send the withdrawal reference?' });
      await client.comment(ticket.id, { body: 'It is WD-20261201-88231.', role: 'requester' });
      await client.comment(ticket.id, { body: 'Asked the bank partner for a trace.', public: false });
      const events = await client.timeline(ticket.id);
      checkOrdered(events, 'timeline');
      checkSame(
        ofType(events, 'comment').map((e) => ({ author: e.author, public: e.public })),
        [
          { author: 'agent', public: true },
          { author: 'requester', public: true },
          { author: 'agent', public: false },
        ],
        'comment events',
      );
    }),
  },
  {
    name: 'records the way to solved: every change when full, the resolution at least when partial',
    run: withTimeline(async ({ backend, client }) => {
      const ticket = await newTicket(client);
      await client.transition(ticket.id, 'open');
      await client.requestInfo(ticket.id, 'Please send a screenshot of the withdrawal record.');
      await client.resolve(ticket.id, { comment: 'The bank returned the funds to your card.' });
      const events = await client.timeline(ticket.id);
      checkOrdered(events, 'timeline');
      const changes = ofType(events, 'status');
      if (backend.capabilities.timeline === 'full') {
        checkSame(
          changes.map((e) => [e.from, e.to]),
          [
            ['new', 'open'],
            ['open', 'pending'],
            ['pending', 'solved'],
          ],
          'status events',
        );
      }
      checkEqual(changes.at(-1)?.to, 'solved', 'the last status event goes to');
      for (const [i, e] of changes.entries()) checkEqual(e.from, i === 0 ? 'new' : changes[i - 1]?.to, `status event ${i}.from (each starts where the one before ended)`);
      checkSame(
        ofType(events, 'comment').map((e) => e.author),
        ['agent', 'agent'],
        'the two public replies',
      );
    }),
  },
  {
    name: 'records priority, assignment, escalation and rating when its timeline is full',
    run: withTimeline(async ({ backend, client }) => {
      if (backend.capabilities.timeline !== 'full') return;
      const ticket = await newTicket(client, 'normal');
      await client.update(ticket.id, { assignee: '7' });
      await client.escalate(ticket.id, { reason: 'Bank partner does not answer' });
      const events = await client.timeline(ticket.id);
      checkOrdered(events, 'timeline');
      checkSame(
        ofType(events, 'assigned').map((e) => e.to),
        ['7'],
        'assigned events (to)',
      );
      checkSame(
        ofType(events, 'escalated').map((e) => e.level),
        [1],
        'escalated events (level)',
      );
      checkSame(
        ofType(events, 'priority').map((e) => [e.from, e.to]),
        [['normal', 'high']],
        'priority events',
      );
      if (backend.capabilities.satisfaction) {
        await client.resolve(ticket.id);
        await client.rate(ticket.id, { score: 'good' });
        checkSame(
          ofType(await client.timeline(ticket.id), 'rated').map((e) => e.score),
          ['good'],
          'rated events',
        );
      }
    }),
  },
  {
    name: 'logs a contact attempt that reads back, every field, as a contact event in the timeline',
    async run({ backend, client }) {
      const ticket = await newTicket(client);
      const at = new Date(ticket.createdAt.getTime() + 60_000);
      const attempt = {
        channel: 'alipay:hotline',
        at,
        agentName: '王女士',
        agentId: '10086',
        reference: 'CS-2291',
        outcome: 'callback_promised' as const,
        note: 'Promised a call back within 24 hours.\nAsked for the bank trace number.',
      };
      if (!backend.capabilities.contactLog) {
        checkError(await rejection(client.logContact(ticket.id, attempt), 'logContact() without capabilities.contactLog'), isUnsupportedCapabilityError, 'logContact() without capabilities.contactLog');
        return;
      }
      const logged = await client.logContact(ticket.id, attempt);
      checkSame({ ...logged, at: logged.at.toISOString() }, { type: 'contact', ...attempt, at: at.toISOString() }, 'logContact() answer');
      await client.logContact(ticket.id, { channel: 'phone', at: ticket.createdAt, outcome: 'no_answer' });
      if (!backend.capabilities.timeline) return;
      const events = await client.timeline(ticket.id);
      checkOrdered(events, 'timeline');
      checkSame(
        ofType(events, 'contact').map((e) => ({ ...e, at: e.at.toISOString() })),
        [
          { type: 'contact', channel: 'phone', at: ticket.createdAt.toISOString(), outcome: 'no_answer' },
          { type: 'contact', ...attempt, at: at.toISOString() },
        ],
        'contact events (oldest first)',
      );
      checkEqual(ofType(events, 'comment').length, 0, 'a logged contact is not also a comment event');
    },
  },
  {
    name: 'refuses a bad contact attempt with a ValidationError naming the field, before any write',
    async run({ backend, client }) {
      const ticket = await newTicket(client);
      const bad = async (attempt: unknown, field: string): Promise<void> => {
        const error = await rejection(client.logContact(ticket.id, attempt as never), `logContact(${JSON.stringify(attempt)})`);
        checkError(error, isValidationError, `logContact with a bad ${field}`);
        checkEqual((error as ValidationError).field, field, 'ValidationError.field');
      };
      await bad({ channel: 'phone', at: new Date(ticket.createdAt.getTime() + 1000), outcome: 'sorted' }, 'attempt.outcome');
      await bad({ channel: '', at: new Date(ticket.createdAt.getTime() + 1000), outcome: 'resolved' }, 'attempt.channel');
      await bad({ channel: 'phone', at: 'yesterday', outcome: 'resolved' }, 'attempt.at');
      if (backend.capabilities.contactLog) {
        await bad({ channel: 'phone', at: new Date(ticket.createdAt.getTime() - 86_400_000), outcome: 'resolved' }, 'attempt.at');
        if (backend.capabilities.timeline) checkEqual(ofType(await client.timeline(ticket.id), 'contact').length, 0, 'contact events after refused attempts');
      }
    },
  },
];
