/**
 * The on-disk shape of a ticket store file and its strict reading: JSON with ISO dates, every
 * ticket and comment checked, and anything ambiguous (two tickets with one id, one idempotency key
 * twice) refused, so a store is loaded whole or not at all.
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { ValidationError } from '../../../errors/index.js';
import { commentSchema, ticketSchema } from '../../model.js';
import type { MemoryState } from '../memory/index.js';

const isoDate = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/** Version 1 of the file. Files written by the CLI before it had a version field read as version 1. */
const storeSchema = z.strictObject({
  version: z.literal(1).optional(),
  tickets: z.array(ticketSchema.extend({ createdAt: isoDate, updatedAt: isoDate })),
  comments: z.array(commentSchema.extend({ createdAt: isoDate })),
  idempotency: z.array(z.strictObject({ key: z.string(), ticketId: z.string(), fingerprint: z.string() })).default([]),
  // Each event is checked by the memory backend that loads the state (one owner for the event shape).
  timelines: z.record(z.string(), z.array(z.unknown())).optional(),
});

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

/** Parses the text of a store file; a ValidationError names the file and the problem. */
export function parseStore(text: string, path: string): MemoryState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ path: ['options', 'path'], message: `${path} is not a walletdesk ticket store: not JSON (${(error as Error).message.slice(0, 120)})`, code: 'invalid_store' }]);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const what = json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json;
    throw new ValidationError([{ path: ['options', 'path'], message: `${path} is not a walletdesk ticket store: it holds ${what}, not { tickets, comments }`, code: 'invalid_store' }]);
  }
  let state: MemoryState;
  try {
    state = validate(storeSchema, json, ['store']) as MemoryState;
  } catch (error) {
    const first = (error as ValidationError).issues[0];
    const where = first?.path.join('.') ?? 'store';
    throw new ValidationError([{ path: ['options', 'path'], message: `${path} is not a walletdesk ticket store: ${where}: ${first?.message ?? 'invalid'}`, code: 'invalid_store' }]);
  }
  const ambiguous = (what: string, values: string[]): void => {
    const twice = duplicates(values);
    if (twice.length > 0) {
      throw new ValidationError([
        { path: ['options', 'path'], message: `${path} is ambiguous: ${what} ${twice.slice(0, 5).map((v) => JSON.stringify(v)).join(', ')} appears more than once; fix the file by hand`, code: 'ambiguous_store' },
      ]);
    }
  };
  ambiguous('ticket id', state.tickets.map((t) => t.id));
  ambiguous('comment id', state.comments.map((c) => c.id));
  ambiguous('idempotency key', state.idempotency.map((e) => e.key));
  const ids = new Set(state.tickets.map((t) => t.id));
  const orphan = [...state.comments.map((c) => c.ticketId), ...state.idempotency.map((e) => e.ticketId), ...Object.keys(state.timelines ?? {})].find((id) => !ids.has(id));
  if (orphan !== undefined) {
    throw new ValidationError([{ path: ['options', 'path'], message: `${path} is not consistent: a comment, idempotency key or timeline points to ticket ${JSON.stringify(orphan)}, which is not in the file`, code: 'invalid_store' }]);
  }
  return state;
}

/** The text written for a state (version 1, dates as ISO strings, one trailing newline). */
export function formatStore(state: MemoryState): string {
  return `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`;
}
