/**
 * The contact log's field rules (issue 15): one contact with support, as users are told to log it
 * — when, on which channel, the agent's name and staff number (工号), the reference they gave, how
 * it ended. `walletdesk/tickets` stores it as a timeline `contact` event (`logContact`) and
 * `walletdesk/channels` reads it to skip rungs already tried (`escalationPath({ tried })`); both
 * build their schema from these fields, so a limit or a date rule changes in one place.
 */
import { z } from 'zod';
import { CONTACT_OUTCOMES } from './contact-outcomes.js';

const text = z.string().trim().min(1).max(500);

/**
 * When the contact happened: a `Date`, or an ISO 8601 string that carries its offset (`Z` or
 * `+08:00`). A bare local time would be read in the host's zone, and a contact log is compared
 * with regulator deadlines counted in days.
 */
export const contactAtSchema = z
  .union([z.date(), z.iso.datetime({ offset: true, error: 'an ISO 8601 date-time with an offset (…Z or …+08:00)' }).transform((s) => new Date(s))])
  .refine((d) => !Number.isNaN(d.getTime()), 'invalid date');

/** The fields of a contact attempt besides `at`: the timeline's `contact` event has the same. */
export const contactAttemptFields = {
  /** A directory channel id (`alipay:hotline`) or free text (`phone`, `95188`). */
  channel: text,
  outcome: z.enum(CONTACT_OUTCOMES),
  agentName: text.optional(),
  /** The agent's staff number (工号). */
  agentId: text.optional(),
  reference: text.optional(),
  note: z.string().max(5000).optional(),
};
