/**
 * walletdesk ticket ⇄ Freshdesk ticket. Status, priority and channel are numeric codes
 * (`./codes.ts`); `category`, `escalationLevel`, the `social` channel (no source code) and the
 * `new` status (Freshdesk starts tickets as open) travel as `walletdesk_*` tags
 * (`../shared/walletdesk-tags.ts`), so every field round-trips.
 * Source: https://developers.freshdesk.com/api/#tickets (checked 2026-11-24).
 */
import { z } from 'zod';
import { validate } from '../../../_internal/validate.js';
import { UnsupportedCapabilityError, ValidationError } from '../../../errors/index.js';
import type { Comment, CommentInput, Ticket, TicketInput, TicketPatch } from '../../model.js';
import { numericId, vendorDate } from '../shared/vendor-options.js';
import { assertUserTags, readTags, tagsFor } from '../shared/walletdesk-tags.js';
import { CHANNEL_FROM_FRESHDESK, CHANNEL_TO_FRESHDESK, PRIORITY_FROM_FRESHDESK, PRIORITY_TO_FRESHDESK, STATUS_FROM_FRESHDESK, STATUS_TO_FRESHDESK } from './codes.js';
import { htmlToText, textToHtml } from './html-text.js';

const nullableString = z.string().nullish();

/** The part of a Freshdesk ticket walletdesk reads; anything else is ignored. */
export const freshdeskTicketSchema = z.object({
  id: z.number().int(),
  subject: nullableString,
  description: nullableString,
  description_text: nullableString,
  status: z.number().int(),
  priority: z.number().int(),
  source: z.number().int().nullish(),
  tags: z.array(z.string()).nullish(),
  custom_fields: z.record(z.string(), z.unknown()).nullish(),
  name: nullableString,
  email: nullableString,
  phone: nullableString,
  unique_external_id: nullableString,
  responder_id: z.number().nullish(),
  requester_id: z.number().nullish(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** A conversation entry: a reply or a note (https://developers.freshdesk.com/api/#conversations). */
export const freshdeskConversationSchema = z.object({
  id: z.number().int(),
  body: nullableString,
  body_text: nullableString,
  private: z.boolean(),
  /** A message from outside: the requester's. */
  incoming: z.boolean().nullish(),
  user_id: z.number().nullish(),
  created_at: z.string(),
});

/** Freshdesk ticket → walletdesk ticket. */
export function ticketFromFreshdesk(body: unknown): Ticket {
  const t = validate(freshdeskTicketSchema, body, ['response', 'ticket']);
  const { userTags, fields } = readTags(t.tags ?? []);
  const status = STATUS_FROM_FRESHDESK[t.status] ?? 'open';
  const requester: Ticket['requester'] = {};
  if (t.name) requester.name = t.name;
  if (t.email) requester.email = t.email;
  if (t.phone) requester.phone = t.phone;
  if (t.unique_external_id) requester.externalId = t.unique_external_id;
  const customFields: Ticket['customFields'] = {};
  for (const [key, value] of Object.entries(t.custom_fields ?? {})) customFields[key] = scalar(value);
  return {
    id: String(t.id),
    subject: t.subject ?? '',
    description: t.description_text ?? htmlToText(t.description ?? ''),
    // Freshdesk has no "new": an open ticket still carrying walletdesk_new was never moved.
    status: status === 'open' && fields.isNew ? 'new' : status,
    priority: PRIORITY_FROM_FRESHDESK[t.priority] ?? 'normal',
    category: fields.category ?? 'other',
    channel: fields.channel ?? (t.source != null ? CHANNEL_FROM_FRESHDESK[t.source] : undefined) ?? 'web',
    requester,
    tags: userTags,
    ...(t.responder_id != null ? { assignee: String(t.responder_id) } : {}),
    escalationLevel: fields.escalationLevel ?? 0,
    createdAt: vendorDate(t.created_at, ['response', 'ticket', 'created_at']),
    updatedAt: vendorDate(t.updated_at, ['response', 'ticket', 'updated_at']),
    customFields,
  };
}

/** The requester's contact id of a raw Freshdesk ticket (how conversations tell the requester's messages from agents'). */
export function freshdeskRequesterId(rawTicket: unknown): number | undefined {
  return validate(freshdeskTicketSchema, rawTicket, ['response', 'ticket']).requester_id ?? undefined;
}

/** Freshdesk conversation → walletdesk comment. */
export function commentFromFreshdesk(body: unknown, ticketId: string): Comment {
  const c = validate(freshdeskConversationSchema, body, ['response', 'conversation']);
  return {
    id: String(c.id),
    ticketId,
    body: c.body_text ?? htmlToText(c.body ?? ''),
    public: !c.private,
    ...(c.user_id != null ? { author: String(c.user_id) } : {}),
    createdAt: vendorDate(c.created_at, ['response', 'conversation', 'created_at']),
  };
}

/** The body of `POST /tickets`. Throws a ValidationError (before any I/O) for what Freshdesk would refuse. */
export function freshdeskCreateBody(input: TicketInput, fallbackRequesterEmail?: string): Record<string, unknown> {
  assertUserTags(input.tags, ['input', 'tags']);
  const given = input.requester;
  const reachable = given.email !== undefined || given.phone !== undefined || given.externalId !== undefined;
  if (!reachable && fallbackRequesterEmail === undefined) {
    throw new ValidationError([
      { path: ['input', 'requester'], message: "Freshdesk needs the requester's email, phone or externalId (or set the backend's fallbackRequesterEmail)", code: 'missing_requester' },
    ]);
  }
  const { name, email, phone, externalId } = reachable ? given : { ...given, email: fallbackRequesterEmail };
  if (email === undefined && phone !== undefined && name === undefined) {
    throw new ValidationError([{ path: ['input', 'requester', 'name'], message: 'Freshdesk needs a name when the requester is known only by phone', code: 'missing_name' }]);
  }
  return {
    subject: input.subject,
    description: textToHtml(input.description),
    status: STATUS_TO_FRESHDESK.open,
    priority: PRIORITY_TO_FRESHDESK[input.priority],
    source: CHANNEL_TO_FRESHDESK[input.channel],
    tags: [...input.tags, ...fieldTags(input.category, input.channel, 0, true)],
    ...(Object.keys(input.customFields).length > 0 ? { custom_fields: input.customFields } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(phone !== undefined ? { phone } : {}),
    ...(externalId !== undefined ? { unique_external_id: externalId } : {}),
    ...(input.assignee !== undefined ? { responder_id: numericId(input.assignee, ['input', 'assignee'], 'Freshdesk agent') } : {}),
  };
}

/** True when the update must read the current tags first (a PUT replaces them all). */
export function patchNeedsCurrent(patch: TicketPatch): boolean {
  return patch.tags !== undefined || patch.category !== undefined || patch.escalationLevel !== undefined || patch.status !== undefined;
}

/** The body of `PUT /tickets/{id}`, tags aside; validates the patch (before any I/O). */
export function freshdeskUpdateBody(patch: TicketPatch): Record<string, unknown> {
  assertUserTags(patch.tags, ['patch', 'tags']);
  const body: Record<string, unknown> = {};
  if (patch.subject !== undefined) body.subject = patch.subject;
  if (patch.status !== undefined) {
    if (patch.status === 'on_hold') throw new UnsupportedCapabilityError('onHold', 'freshdesk');
    body.status = STATUS_TO_FRESHDESK[patch.status];
  }
  if (patch.priority !== undefined) body.priority = PRIORITY_TO_FRESHDESK[patch.priority];
  if (patch.assignee !== undefined) body.responder_id = numericId(patch.assignee, ['patch', 'assignee'], 'Freshdesk agent');
  if (patch.customFields !== undefined) body.custom_fields = patch.customFields;
  return body;
}

/** The full tag list after `patch` (a PUT replaces all tags), when {@link patchNeedsCurrent}. */
export function freshdeskTagsAfter(patch: TicketPatch, current: Ticket): string[] {
  const stillNew = (patch.status ?? current.status) === 'new';
  return [...(patch.tags ?? current.tags), ...fieldTags(patch.category ?? current.category, current.channel, patch.escalationLevel ?? current.escalationLevel, stillNew)];
}

/**
 * `/reply` for public comments, `/notes` (private) for internal ones, and the body to send. With
 * `requesterId` it is the requester's message: a public, incoming note written as them (a reply
 * is always an agent's).
 */
export function freshdeskCommentRequest(input: CommentInput, requesterId?: number): { endpoint: 'reply' | 'notes'; body: Record<string, unknown> } {
  const author = input.author !== undefined ? { user_id: numericId(input.author, ['comment', 'author'], 'Freshdesk user') } : {};
  if (requesterId !== undefined) {
    return { endpoint: 'notes', body: { body: textToHtml(input.body), private: !input.public, incoming: true, user_id: requesterId, ...author } };
  }
  return input.public
    ? { endpoint: 'reply', body: { body: textToHtml(input.body), ...author } }
    : { endpoint: 'notes', body: { body: textToHtml(input.body), private: true, ...author } };
}

/** Tags for the fields Freshdesk has no column for; the channel only when its source code would lose it. */
function fieldTags(category: Ticket['category'], channel: Ticket['channel'], escalationLevel: number, isNew: boolean): string[] {
  const lossy = CHANNEL_FROM_FRESHDESK[CHANNEL_TO_FRESHDESK[channel]] !== channel;
  return tagsFor({ category, ...(lossy ? { channel } : {}), escalationLevel, isNew });
}

function scalar(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
