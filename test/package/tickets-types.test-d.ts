import { describe, expectTypeOf, it } from 'vitest';
import type { TicketDraft } from '../../src/triage/index.js';
import {
  type BackendCapabilities,
  createTicketClient,
  defineBackend,
  memoryBackend,
  type Ticket,
  type TicketBackend,
  type TicketClient,
  type TicketInputInit,
  type TicketStatus,
} from '../../src/tickets/index.js';
import { type ConformanceCase, testTicketBackend, ticketBackendCases } from '../../src/tickets/testing/index.js';

describe('tickets: public types', () => {
  it('a triage ticket draft is a valid create input as is', () => {
    expectTypeOf<TicketDraft>().toExtend<TicketInputInit>();
  });

  it('the client returns typed tickets and an async iterator from list', () => {
    const client = createTicketClient({ backend: memoryBackend() });
    expectTypeOf(client).toEqualTypeOf<TicketClient>();
    expectTypeOf(client.create).returns.resolves.toEqualTypeOf<Ticket>();
    expectTypeOf(client.list()).toExtend<AsyncIterable<Ticket>>();
    expectTypeOf<Ticket['status']>().toEqualTypeOf<TicketStatus>();
    expectTypeOf<Ticket['createdAt']>().toEqualTypeOf<Date>();
  });

  it('rejects an unknown status and a missing subject at compile time', () => {
    const client = createTicketClient({ backend: memoryBackend() });
    // @ts-expect-error: not a status
    void client.transition('1', 'archived');
    // @ts-expect-error: subject is required
    void client.create({ description: 'x' });
  });

  it('defineBackend keeps the factory signature; capabilities are booleans, timeline says how complete', () => {
    const factory = defineBackend((o: { url: string }) => ({ ...memoryBackend(), name: o.url }));
    expectTypeOf(factory).parameter(0).toEqualTypeOf<{ url: string }>();
    expectTypeOf(factory).returns.toEqualTypeOf<TicketBackend>();
    // timeline and contactLog are optional, so backends written before them still type-check.
    expectTypeOf<BackendCapabilities[Exclude<keyof BackendCapabilities, 'timeline' | 'contactLog'>]>().toEqualTypeOf<boolean>();
    expectTypeOf<BackendCapabilities['timeline']>().toEqualTypeOf<'full' | 'partial' | false | undefined>();
    expectTypeOf<BackendCapabilities['contactLog']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf(testTicketBackend).parameter(1).toEqualTypeOf<() => TicketBackend | Promise<TicketBackend>>();
    // vitest's own describe/it fit the runner parameter, so `{ describe, it }` type-checks as passed.
    expectTypeOf({ describe, it }).toExtend<Parameters<typeof testTicketBackend>[2]>();
    expectTypeOf(ticketBackendCases).returns.toEqualTypeOf<ConformanceCase[]>();
  });
});
