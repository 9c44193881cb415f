/**
 * walletdesk ticket ⇄ Zendesk ticket. Zendesk has columns for subject, status, priority, tags,
 * custom fields, assignee and the requester; walletdesk's `category`, `channel` and
 * `escalationLevel` have none, so they travel as tags (see `../shared/walletdesk-tags.ts`).
 * Source: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (checked 2026-11-24).
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { ValidationError } from '../../../errors/index.js';
import type { Comment, CommentInput, Ticket, TicketInput, TicketPatch } from '../../model.js';
import { numericId, vendorDate } from '../shared/vendor-options.js';
import { assertUserTags, readTags, tagsFor } from '../shared/walletdesk-tags.js';
import { STATUS_FROM_ZENDESK, STATUS_TO_ZENDESK } from './codes.js';

const nullableString = z.string().nullish();

/** The part of a Zendesk ticket walletdesk reads; anything else is ignored. */
export const zendeskTicketSchema = z.object({
  id: z.number().int(),
  subject: nullableString,
  description: nullableString,
  status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).nullish(),
  tags: z.array(z.string()).nullish(),
  custom_fields: z.array(z.object({ id: z.number(), value: z.unknown() })).nullish(),
  requester: z.object({ name: nullableString, email: nullableString }).nullish(),
  assignee_id: z.number().nullish(),
  requester_id: z.number().nullish(),
  satisfaction_rating: z.object({ score: z.string(), comment: nullableString }).nullish(),
  created_at: z.string(),
  updated_at: z.string(),
});
/** A Zendesk ticket as walletdesk reads it. */
export type ZendeskTicketBody = z.infer<typeof zendeskTicketSchema>;

/** A Zendesk ticket comment (ticket_comments API). */
export const zendeskCommentSchema = z.object({
  id: z.number().int(),
  body: z.string().nullish(),
  plain_body: z.string().nullish(),
  public: z.boolean(),
  author_id: z.number().nullish(),
  created_at: z.string(),
});

/** Zendesk ticket → walletdesk ticket. */
export function ticketFromZendesk(body: unknown): Ticket {
  const t = validate(zendeskTicketSchema, body, ['response', 'ticket']);
  const { userTags, fields } = readTags(t.tags ?? []);
  const customFields: Ticket['customFields'] = {};
  for (const field of t.custom_fields ?? []) customFields[String(field.id)] = customValue(field.value);
  const requester: Ticket['requester'] = {};
  if (t.requester?.name) requester.name = t.requester.name;
  if (t.requester?.email) requester.email = t.requester.email;
  const score = t.satisfaction_rating?.score;
  return {
    id: String(t.id),
    subject: t.subject ?? '',
    description: t.description ?? '',
    status: STATUS_FROM_ZENDESK[t.status] ?? 'open',
    priority: t.priority ?? 'normal',
    category: fields.category ?? 'other',
    channel: fields.channel ?? 'web',
    requester,
    tags: userTags,
    ...(t.assignee_id != null ? { assignee: String(t.assignee_id) } : {}),
    escalationLevel: fields.escalationLevel ?? 0,
    ...(score === 'good' || score === 'bad'
      ? { satisfaction: { score, ...(t.satisfaction_rating?.comment ? { comment: t.satisfaction_rating.comment } : {}) } }
      : {}),
    createdAt: vendorDate(t.created_at, ['response', 'ticket', 'created_at']),
    updatedAt: vendorDate(t.updated_at, ['response', 'ticket', 'updated_at']),
    customFields,
  };
}

/** Zendesk comment → walletdesk comment. */
export function commentFromZendesk(body: unknown, ticketId: string): Comment {
  const c = validate(zendeskCommentSchema, body, ['response', 'comment']);
  return {
    id: String(c.id),
    ticketId,
    body: c.plain_body ?? c.body ?? '',
    public: c.public,
    ...(c.author_id != null ? { author: String(c.author_id) } : {}),
    createdAt: vendorDate(c.created_at, ['response', 'comment', 'created_at']),
  };
}

/** The `ticket` object of a create request. Throws a ValidationError for fields Zendesk cannot hold. */
export function zendeskCreateBody(input: TicketInput): { ticket: Record<string, unknown> } {
  assertUserTags(input.tags, ['input', 'tags']);
  const requester: Record<string, string> = {};
  if (input.requester.name !== undefined) requester.name = input.requester.name;
  if (input.requester.email !== undefined) requester.email = input.requester.email;
  return {
    ticket: {
      subject: input.subject,
      comment: { body: input.description, public: true },
      priority: input.priority,
      tags: [...input.tags, ...tagsFor({ category: input.category, channel: input.channel, escalationLevel: 0 })],
      ...(Object.keys(input.customFields).length > 0 ? { custom_fields: customFieldsToZendesk(input.customFields, ['input', 'customFields']) } : {}),
      ...(Object.keys(requester).length > 0 ? { requester } : {}),
      ...(input.assignee !== undefined ? { assignee_id: numericId(input.assignee, ['input', 'assignee'], 'Zendesk user') } : {}),
    },
  };
}

/** True when `patch` changes something kept in tags, so the current tags must be read first. */
export function patchTouchesTags(patch: TicketPatch): boolean {
  return patch.tags !== undefined || patch.category !== undefined || patch.escalationLevel !== undefined;
}

/** The `ticket` object of an update request, tags aside; validates the patch (before any I/O). */
export function zendeskUpdateBody(patch: TicketPatch): { ticket: Record<string, unknown> } {
  assertUserTags(patch.tags, ['patch', 'tags']);
  const ticket: Record<string, unknown> = {};
  if (patch.subject !== undefined) ticket.subject = patch.subject;
  if (patch.status !== undefined) ticket.status = STATUS_TO_ZENDESK[patch.status];
  if (patch.priority !== undefined) ticket.priority = patch.priority;
  if (patch.assignee !== undefined) ticket.assignee_id = numericId(patch.assignee, ['patch', 'assignee'], 'Zendesk user');
  if (patch.customFields !== undefined) ticket.custom_fields = customFieldsToZendesk(patch.customFields, ['patch', 'customFields']);
  return { ticket };
}

/** The full tag list after `patch` (a PUT replaces all tags), when {@link patchTouchesTags}. */
export function zendeskTagsAfter(patch: TicketPatch, current: Ticket): string[] {
  return [
    ...(patch.tags ?? current.tags),
    ...tagsFor({ category: patch.category ?? current.category, channel: current.channel, escalationLevel: patch.escalationLevel ?? current.escalationLevel }),
  ];
}

/** The `comment` object of a ticket update that adds a comment; `requesterId` writes it as the requester. */
export function zendeskCommentBody(input: CommentInput, requesterId?: number): Record<string, unknown> {
  const authorId = input.author !== undefined ? numericId(input.author, ['comment', 'author'], 'Zendesk user') : requesterId;
  return { body: input.body, public: input.public, ...(authorId !== undefined ? { author_id: authorId } : {}) };
}

/** The requester's user id of a raw Zendesk ticket (how audits tell the requester's comments from agents'). */
export function zendeskRequesterId(rawTicket: unknown): number | undefined {
  return validate(zendeskTicketSchema, rawTicket, ['response', 'ticket']).requester_id ?? undefined;
}

/** `{ "360001": "x" }` → `[{ id: 360001, value: "x" }]`; keys must be Zendesk field ids. */
function customFieldsToZendesk(fields: Ticket['customFields'], path: ReadonlyArray<string>): Array<{ id: number; value: unknown }> {
  const issues = Object.keys(fields)
    .filter((key) => !/^[1-9]\d{0,15}$/.test(key))
    .map((key) => ({ path: [...path, key], message: 'Zendesk custom fields are keyed by their numeric field id', code: 'invalid_key' }));
  if (issues.length > 0) throw new ValidationError(issues);
  return Object.entries(fields).map(([key, value]) => ({ id: Number(key), value }));
}

/** Zendesk field values may be arrays (multi-select); walletdesk keeps scalars, so those are joined. */
function customValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String).join(',');
  return JSON.stringify(value);
}
