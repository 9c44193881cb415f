/**
 * The ticket model: one shape for every help-desk behind walletdesk. Zod schemas parse user input
 * at the edge (so a bad field is a `ValidationError` naming it) and backend output on the way in.
 */
import { z } from 'zod';
import { CATEGORY_IDS, TICKET_PRIORITIES } from '../taxonomy/index.js';

/** Where a ticket is in its life: `new` → `open` → `pending`/`on_hold` → `solved` → `closed`. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
/** A ticket status. `pending` waits on the user, `on_hold` waits on a third party. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export { TICKET_PRIORITIES, type TicketPriority } from '../taxonomy/index.js';

/** The channels a request can come in on. */
export const TICKET_CHANNELS = ['phone', 'chat', 'email', 'web', 'in_app', 'social'] as const;
/** The channel a request came in on. */
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

const statusSchema = z.enum(TICKET_STATUSES);
const prioritySchema = z.enum(TICKET_PRIORITIES);
const channelSchema = z.enum(TICKET_CHANNELS);
const categorySchema = z.enum(CATEGORY_IDS);
const customFieldsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** Who asked. At least one way to reach them is expected by most help-desks. */
export const requesterSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  externalId: z.string().trim().min(1).max(200).optional(),
});
/** Who asked. */
export type Requester = z.infer<typeof requesterSchema>;

/** A satisfaction rating, as the user gave it after the ticket was solved. */
export const satisfactionSchema = z.strictObject({
  score: z.enum(['good', 'bad']),
  comment: z.string().max(5000).optional(),
});
/** A satisfaction rating. */
export type Satisfaction = z.infer<typeof satisfactionSchema>;

/** A ticket as a backend returns it. */
export const ticketSchema = z.object({
  id: z.string().min(1),
  subject: z.string(),
  description: z.string(),
  status: statusSchema,
  priority: prioritySchema,
  category: categorySchema,
  channel: channelSchema,
  requester: requesterSchema,
  tags: z.array(z.string()),
  assignee: z.string().optional(),
  escalationLevel: z.number().int().min(0),
  satisfaction: satisfactionSchema.optional(),
  createdAt: z.date(),
  updatedAt: z.date(),
  customFields: customFieldsSchema,
});
/** A ticket. */
export type Ticket = z.infer<typeof ticketSchema>;

const tagSchema = z.string().trim().min(1).max(80).regex(/^[^\s,]+$/, 'tags have no spaces or commas');

/**
 * What `create` takes. A triage `ticketDraft` fits as is; `category` and `priority` default to
 * `'other'` and `'normal'`, `channel` to `'web'`.
 */
export const ticketInputSchema = z.strictObject({
  subject: z.string().trim().min(1, 'subject is empty').max(250),
  description: z.string().min(1, 'description is empty').max(65_000),
  category: categorySchema.default('other'),
  priority: prioritySchema.default('normal'),
  channel: channelSchema.default('web'),
  requester: requesterSchema.default({}),
  tags: z.array(tagSchema).max(50).default([]),
  assignee: z.string().min(1).optional(),
  customFields: customFieldsSchema.default({}),
});
/** What `create` takes (defaults applied). */
export type TicketInput = z.output<typeof ticketInputSchema>;
/** What `create` accepts from a caller (optional fields may be left out). */
export type TicketInputInit = z.input<typeof ticketInputSchema>;

/** A change to a ticket; only the given fields change. */
export const ticketPatchSchema = z.strictObject({
  subject: z.string().trim().min(1).max(250).optional(),
  status: statusSchema.optional(),
  priority: prioritySchema.optional(),
  category: categorySchema.optional(),
  assignee: z.string().min(1).optional(),
  tags: z.array(tagSchema).max(50).optional(),
  escalationLevel: z.number().int().min(0).max(10).optional(),
  customFields: customFieldsSchema.optional(),
});
/** A change to a ticket. */
export type TicketPatch = z.infer<typeof ticketPatchSchema>;

/**
 * Who wrote a comment, as SLA counts it: only a public `agent` comment is a reply. (Re-exported by
 * `timeline.ts`, whose `comment` events carry it.)
 */
export const COMMENT_AUTHOR_ROLES = ['requester', 'agent', 'system'] as const;
/** Who wrote a comment. */
export type CommentAuthorRole = (typeof COMMENT_AUTHOR_ROLES)[number];
const roleSchema = z.enum(COMMENT_AUTHOR_ROLES);

/** A comment on a ticket: public ones reach the requester, internal ones stay with agents. */
export const commentSchema = z.object({
  id: z.string().min(1),
  ticketId: z.string().min(1),
  body: z.string(),
  public: z.boolean(),
  author: z.string().optional(),
  /** Who wrote it, where the backend knows (memory and REST store it; Zendesk and Freshdesk compare the author with the requester). */
  role: roleSchema.optional(),
  createdAt: z.date(),
});
/** A comment on a ticket. */
export type Comment = z.infer<typeof commentSchema>;

/** What `comment` takes. */
export const commentInputSchema = z.strictObject({
  body: z.string().trim().min(1, 'comment is empty').max(65_000),
  public: z.boolean().default(true),
  author: z.string().min(1).max(200).optional(),
  /**
   * Who is writing; absent means `agent`. Record a message from the user (an e-mail, a chat
   * line, what they said on a call) as `requester`, so SLA's next-reply clock starts; `system`
   * for automations.
   */
  role: roleSchema.optional(),
});
/** What `comment` takes (defaults applied). */
export type CommentInput = z.output<typeof commentInputSchema>;

/** Filters for `list`. */
export const listQuerySchema = z.strictObject({
  status: z.union([statusSchema, z.array(statusSchema).min(1)]).optional(),
  updatedSince: z.date().optional(),
  pageSize: z.number().int().min(1).max(100).default(50),
});
/** Filters for `list` (defaults applied). */
export type ListQuery = z.output<typeof listQuerySchema>;
