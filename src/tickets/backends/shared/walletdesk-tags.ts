/**
 * How walletdesk keeps the fields a help-desk has no column for (`category`, `channel`,
 * `escalationLevel`, Freshdesk's missing `new` status) as tags on the vendor's ticket, and reads
 * them back. Tags are used rather than custom fields because every Zendesk and Freshdesk account
 * has them without any admin setup, and agents can see and filter on them in the help-desk UI.
 *
 * The tags are `walletdesk_category_<id>`, `walletdesk_channel_<channel>`, `walletdesk_level_<n>`
 * (only for n > 0) and `walletdesk_new`. They are removed from `Ticket.tags` when read, so a
 * ticket round-trips: what you wrote is what you read.
 */
import { CATEGORY_IDS, type CategoryId } from '../../../taxonomy/index.js';
import { ValidationError } from '../../../errors/index.js';
import { TICKET_CHANNELS, type TicketChannel } from '../../model.js';

/** Every tag walletdesk writes starts with this; user tags may not. */
export const WALLETDESK_TAG_PREFIX = 'walletdesk_';

/** The walletdesk fields kept in tags. */
export interface TagFields {
  category?: CategoryId | undefined;
  channel?: TicketChannel | undefined;
  escalationLevel?: number | undefined;
  /** Freshdesk only: the ticket is `new` (no status code for it). */
  isNew?: boolean | undefined;
}

/** The tags that store `fields`. */
export function tagsFor(fields: TagFields): string[] {
  const tags: string[] = [];
  if (fields.category !== undefined) tags.push(`${WALLETDESK_TAG_PREFIX}category_${fields.category}`);
  if (fields.channel !== undefined) tags.push(`${WALLETDESK_TAG_PREFIX}channel_${fields.channel}`);
  if (fields.escalationLevel !== undefined && fields.escalationLevel > 0) tags.push(`${WALLETDESK_TAG_PREFIX}level_${fields.escalationLevel}`);
  if (fields.isNew === true) tags.push(`${WALLETDESK_TAG_PREFIX}new`);
  return tags;
}

/** Splits a vendor's tags into the user's tags and the walletdesk fields they carry. */
export function readTags(tags: ReadonlyArray<string>): { userTags: string[]; fields: TagFields } {
  const userTags: string[] = [];
  const fields: TagFields = {};
  for (const tag of tags) {
    const rest = tag.startsWith(WALLETDESK_TAG_PREFIX) ? tag.slice(WALLETDESK_TAG_PREFIX.length) : undefined;
    if (rest === undefined) {
      userTags.push(tag);
    } else if (rest === 'new') {
      fields.isNew = true;
    } else if (rest.startsWith('category_') && (CATEGORY_IDS as ReadonlyArray<string>).includes(rest.slice(9))) {
      fields.category = rest.slice(9) as CategoryId;
    } else if (rest.startsWith('channel_') && (TICKET_CHANNELS as ReadonlyArray<string>).includes(rest.slice(8))) {
      fields.channel = rest.slice(8) as TicketChannel;
    } else if (/^level_\d{1,2}$/.test(rest)) {
      fields.escalationLevel = Number(rest.slice(6));
    } else {
      userTags.push(tag);
    }
  }
  return { userTags, fields };
}

/** Refuses user tags that would be read back as walletdesk fields (before any I/O). */
export function assertUserTags(tags: ReadonlyArray<string> | undefined, path: ReadonlyArray<string>): void {
  const issues = (tags ?? []).flatMap((tag, index) =>
    tag.toLowerCase().startsWith(WALLETDESK_TAG_PREFIX)
      ? [{ path: [...path, index], message: `tags starting with "${WALLETDESK_TAG_PREFIX}" are reserved for walletdesk's own fields`, code: 'reserved_tag' }]
      : [],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}
