/**
 * Reading a whole ticket store for `walletdesk sla` and `walletdesk report`: every ticket with its
 * timeline, through the same file store `walletdesk ticket` writes (`fileBackend`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTicketClient, fileBackend, type Ticket, type TimelineEvent } from '../../tickets/index.js';
import { flagText } from '../arguments.js';
import { UserError } from '../user-error.js';
import { DEFAULT_STORE } from './ticket-actions.js';

/** A ticket with its timeline, as `walletdesk/sla` and `walletdesk/insights` read them. */
export interface StoredTicket {
  ticket: Ticket;
  timeline: TimelineEvent[];
}

/** Reads every ticket of the store named by `--store` (or WALLETDESK_STORE, or the default file). */
export async function readStore(store: unknown, env: NodeJS.ProcessEnv = process.env): Promise<{ tickets: StoredTicket[]; file: string }> {
  const file = resolve(flagText(store, '--store') ?? env.WALLETDESK_STORE ?? DEFAULT_STORE);
  if (!existsSync(file)) throw new UserError(`--store: no ticket store at ${file} (create tickets with \`walletdesk ticket create\`)`, '--store');
  const backend = fileBackend({ path: file });
  try {
    const client = createTicketClient({ backend });
    const tickets: StoredTicket[] = [];
    for await (const ticket of client.list()) tickets.push({ ticket, timeline: await client.timeline(ticket.id) });
    return { tickets, file };
  } finally {
    await backend.dispose?.();
  }
}

/** `--within 2h` / `90m` / `1d` / `45` (minutes) as minutes. */
export function parseDuration(value: unknown, flag: string, fallbackMinutes: number): number {
  const text = flagText(value, flag);
  if (text === undefined) return fallbackMinutes;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)?\s*$/i.exec(text);
  if (!m) throw new UserError(`${flag}: not a duration: ${JSON.stringify(text)} (e.g. 90m, 2h, 1d)`, flag);
  const unit = (m[2] ?? 'm').toLowerCase();
  return Number(m[1]) * (unit === 'h' ? 60 : unit === 'd' ? 1440 : 1);
}
