/**
 * The generic REST protocol walletdesk speaks to your own ticket service (and that
 * `examples/rest-server` implements). JSON bodies, ISO 8601 dates, camelCase fields:
 *
 * | call | request | answer |
 * |---|---|---|
 * | create | `POST /tickets` (`Idempotency-Key` header) | `201 { ticket }`; a repeated key answers `200` with the first ticket |
 * | get | `GET /tickets/:id` | `{ ticket }` |
 * | update | `PATCH /tickets/:id` | `{ ticket }` |
 * | comment | `POST /tickets/:id/comments` (`Idempotency-Key`) | `201 { comment }` |
 * | comments | `GET /tickets/:id/comments` | `{ comments }` |
 * | list | `GET /tickets?status=a,b&updatedSince=&limit=&cursor=` | `{ tickets, nextCursor? }` |
 * | rate | `POST /tickets/:id/satisfaction` | `{ ticket }` |
 * | timeline | `GET /tickets/:id/timeline` | `{ timeline: [event, …] }`, oldest first, `created` first |
 * | log a contact | `POST /tickets/:id/contacts` (`Idempotency-Key`) | `201 { event }` (the `contact` event) |
 *
 * Errors: any status with `{ error: { code, message, issues?: [{ path, message, code }] } }`.
 * The answers are parsed with these schemas, so a server that drifts gives a clear
 * `ValidationError` naming the field instead of `undefined` somewhere later.
 */
import { z } from 'zod';
import type { ResponseDetails } from '../../../errors/index.js';
import { commentSchema, ticketSchema } from '../../model.js';

const date = z.union([z.string(), z.number()]).pipe(z.coerce.date()).refine((d) => !Number.isNaN(d.getTime()), 'not a date');

/** A ticket on the wire (dates as strings). */
export const wireTicketSchema = ticketSchema.extend({ createdAt: date, updatedAt: date });
/** A comment on the wire. */
export const wireCommentSchema = commentSchema.extend({ createdAt: date });

export const ticketEnvelope = z.object({ ticket: wireTicketSchema });
export const commentEnvelope = z.object({ comment: wireCommentSchema });
export const commentsEnvelope = z.object({ comments: z.array(wireCommentSchema) });
export const timelineEnvelope = z.object({ timeline: z.array(z.unknown()) });
export const eventEnvelope = z.object({ event: z.unknown() });
export const pageEnvelope = z.object({ tickets: z.array(wireTicketSchema), nextCursor: z.string().min(1).nullish() });

const errorBody = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().default('invalid') })).optional(),
  }),
});

/** Reads the protocol's error body into the error factory's details. */
export function restErrorDetails(body: unknown): Pick<ResponseDetails, 'message' | 'issues'> {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return {};
  const { message, issues } = parsed.data.error;
  return { ...(message !== undefined ? { message } : {}), ...(issues && issues.length > 0 ? { issues } : {}) };
}
