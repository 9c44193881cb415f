// Ticket client input checks on hostile input (issue 13): a 1 MB string as the list query used to
// be spread into a million keys before zod refused it (3.7 s). Goal: as fast as zod refusing the
// same string on its own (the peer row), i.e. O(1) in the input length. Run:
//   npx vitest bench --run bench/tickets.bench.ts
import { bench, describe } from 'vitest';
import { z } from 'zod';
import { createTicketClient, listQuerySchema, memoryBackend } from '../src/tickets/index.js';

const client = createTicketClient({ backend: memoryBackend() });
const oneMb = ' '.repeat(1e6);
const plainZod = z.strictObject(listQuerySchema.shape);

describe('list query of 1 MB (a string, not an object) → ValidationError', () => {
  bench('walletdesk client.listPage(1 MB string)', async () => {
    await client.listPage(oneMb as never).catch(() => undefined);
  });
  bench('peer: zod strictObject.safeParse(1 MB string)', () => {
    plainZod.safeParse(oneMb);
  });
});
