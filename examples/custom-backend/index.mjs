// Files a ticket into a JSON file through the custom backend and walks it to solved.
// Run: node examples/custom-backend/index.mjs [file]   (default: ./tickets.json in a temp dir)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTicketClient } from 'walletdesk/tickets';
import { jsonFileBackend } from './json-file-backend.mjs';

const file = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'walletdesk-')), 'tickets.json');
const client = createTicketClient({ backend: jsonFileBackend({ file }) });

const ticket = await client.create({ subject: 'Withdrawal stuck', description: 'Withdrew 500 to my bank 3 days ago, still processing', category: 'withdrawal' });
await client.transition(ticket.id, 'open');
await client.requestInfo(ticket.id, 'Please send the withdrawal record screenshot.');
await client.resolve(ticket.id, { comment: 'The bank credited it this morning.' });
const rated = await client.rate(ticket.id, { score: 'good' });
console.log(`ticket ${rated.id} ${rated.status}, rated ${rated.satisfaction?.score}, stored in ${file}`);
try {
  await client.transition(ticket.id, 'on_hold');
} catch (error) {
  console.log(`on hold refused: ${error.code}`); // the backend declared onHold: false
}
