/**
 * The actions of `walletdesk ticket create|list|show`: the ticket client from the command line, on a
 * store file shared safely between runs (`fileBackend`, the default) or on a REST service (`--backend rest --base-url …`,
 * token from `WALLETDESK_TOKEN`, never a flag, so it stays out of shell history and `ps`).
 */
import { resolve } from 'node:path';
import { classify } from '../../classifier/index.js';
import { isValidationError } from '../../errors/index.js';
import {
  type Comment,
  createTicketClient,
  fileBackend,
  restBackend,
  type Ticket,
  type TicketBackend,
  type TicketClient,
  type TicketInputInit,
  type TicketStatus,
} from '../../tickets/index.js';
import { UserError } from '../user-error.js';

/** Options the ticket command reads. */
export interface TicketCommandOptions {
  backend?: string;
  baseUrl?: string;
  store?: string;
  description?: string;
  category?: string;
  priority?: string;
  channel?: string;
  email?: string;
  status?: string;
  limit?: string | number;
}

/** What the command prints: text for people, a value for `--json`. */
export interface TicketCommandResult {
  text: string;
  json: unknown;
}

/** The default file the memory backend is saved to. */
export const DEFAULT_STORE = 'walletdesk-tickets.json';

function openBackend(o: TicketCommandOptions, env: NodeJS.ProcessEnv): { backend: TicketBackend; where: string } {
  const kind = o.backend === undefined ? 'file' : String(o.backend);
  if (kind === 'rest') {
    if (!o.baseUrl) throw new UserError('--base-url is required with --backend rest');
    const token = env.WALLETDESK_TOKEN || undefined;
    return { backend: restBackend({ baseUrl: o.baseUrl, ...(token ? { token } : {}) }), where: o.baseUrl };
  }
  // 'memory' is the old name of the file store, kept so existing scripts work.
  if (kind !== 'file' && kind !== 'memory') throw new UserError(`--backend: "${kind}" is not one of file, rest`, '--backend');
  const file = resolve(o.store ?? env.WALLETDESK_STORE ?? DEFAULT_STORE);
  // Locked, re-read and atomically replaced on every write, so parallel runs lose no ticket.
  const backend = fileBackend({ path: file });
  return { backend, where: file };
}

function summary(t: Ticket): string {
  return `#${t.id}  ${t.status.padEnd(8)} ${t.priority.padEnd(7)} ${t.category.padEnd(24)} ${t.subject}`;
}

/** Runs one ticket action and returns what to print. */
export async function runTicketCommand(action: string, args: string[], o: TicketCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<TicketCommandResult> {
  const { backend, where } = openBackend(o, env);
  const client = createTicketClient({ backend });
  try {
    return await runAction(action, args, o, client, backend.name, where);
  } catch (error) {
    // The store's problems are the --store flag's, in the user's words.
    if (isValidationError(error) && error.field === 'options.path') throw new UserError(`--store: ${error.issues[0]?.message ?? error.message}`, '--store');
    throw error;
  } finally {
    await client.dispose();
  }
}

async function runAction(action: string, args: string[], o: TicketCommandOptions, client: TicketClient, backendName: string, where: string): Promise<TicketCommandResult> {
  {
    if (action === 'create') {
      const subject = args.join(' ').trim();
      if (subject === '') throw new UserError('missing <subject>: walletdesk ticket create "Top-up failed" --description "…"');
      const input: TicketInputInit = {
        subject,
        description: o.description ?? subject,
        ...(o.category ? { category: o.category as TicketInputInit['category'] } : {}),
        ...(o.priority ? { priority: o.priority as TicketInputInit['priority'] } : {}),
        ...(o.channel ? { channel: o.channel as TicketInputInit['channel'] } : {}),
        ...(o.email ? { requester: { email: o.email } } : {}),
      };
      // No --category: let the classifier pick category and priority from the text.
      const ticket = await client.create(input, o.category ? {} : { classification: classify(`${subject}\n${o.description ?? ''}`) });
      return { text: `Created ticket ${summary(ticket)}\n  (${backendName}: ${where})`, json: ticket };
    }
    if (action === 'list') {
      const limit = o.limit === undefined ? Number.POSITIVE_INFINITY : Number(o.limit);
      if (!Number.isInteger(limit) && limit !== Number.POSITIVE_INFINITY) throw new UserError(`--limit: not a whole number: "${o.limit}"`);
      const status = o.status ? (String(o.status).split(',') as TicketStatus[]) : undefined;
      const tickets: Ticket[] = [];
      for await (const t of client.list(status ? { status } : {})) {
        if (tickets.length >= limit) break;
        tickets.push(t);
      }
      return { text: tickets.length === 0 ? `No tickets (${where})` : tickets.map(summary).join('\n'), json: tickets };
    }
    if (action === 'show') {
      const id = args[0];
      if (!id) throw new UserError('missing <id>: walletdesk ticket show 1');
      const ticket = await client.get(id);
      const comments: Comment[] = await client.comments(id);
      const lines = [
        summary(ticket),
        `  channel ${ticket.channel}, escalation level ${ticket.escalationLevel}, created ${ticket.createdAt.toISOString()}, updated ${ticket.updatedAt.toISOString()}`,
        ...(ticket.requester.email ? [`  requester ${ticket.requester.email}`] : []),
        ...(ticket.satisfaction ? [`  satisfaction ${ticket.satisfaction.score}${ticket.satisfaction.comment ? `: ${ticket.satisfaction.comment}` : ''}`] : []),
        '',
        ticket.description,
        ...comments.map((c) => `\n[${c.public ? 'reply' : 'internal'} ${c.createdAt.toISOString()}] ${c.body}`),
      ];
      return { text: lines.join('\n'), json: { ticket, comments } };
    }
    throw new UserError(`unknown ticket action "${action}": one of create, list, show`, '<action>');
  }
}
