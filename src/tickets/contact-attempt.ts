/**
 * A contact attempt: one call, chat or visit to support, as users are told to log it after each
 * contact: when, on which channel, the agent's name and staff number (工号), the reference they
 * gave, and how it ended (issue 15). `client.logContact` stores it in a ticket's timeline as a
 * `contact` event; `escalationPath({ tried })` in `walletdesk/channels` reads it to skip rungs
 * already tried.
 *
 * Its fields are the timeline's `contact` event's fields (one definition, in the shared vocabulary
 * src/taxonomy/contact-attempt.ts, which `escalationPath` reads too), so an attempt logged on a
 * ticket reads back unchanged.
 */
import { z } from 'zod';
import { fieldPathSchema, validate } from '../_internal/validate.js';
import { contactAtSchema, contactAttemptFields } from '../taxonomy/index.js';
import type { TimelineEvent } from './timeline.js';

/**
 * One contact with support: a {@link TimelineEvent} of type `contact` without its `type`.
 * `channel` is a directory channel id (`alipay:hotline`) or free text (`phone`, `95188`).
 */
export type ContactAttempt = Omit<Extract<TimelineEvent, { type: 'contact' }>, 'type'>;

/** What a caller may pass as a {@link ContactAttempt}: `at` may also be an ISO 8601 string with an offset. */
export type ContactAttemptInit = Omit<ContactAttempt, 'at'> & { at: Date | string };

/** The zod schema of a {@link ContactAttempt}; `at` accepts a `Date` or an ISO 8601 string with an offset. */
export const contactAttemptSchema = z.strictObject({ at: contactAtSchema, ...contactAttemptFields }) as unknown as z.ZodType<ContactAttempt, ContactAttemptInit>;

/**
 * Checks a contact attempt from outside (a form, a CLI flag, a file) and returns it typed, with
 * `at` as a `Date` and text fields trimmed. Throws a `ValidationError` naming the field
 * (`attempt.outcome`) otherwise.
 *
 * @example
 * ```ts
 * import { parseContactAttempt } from 'walletdesk/tickets';
 * const attempt = parseContactAttempt({ channel: 'alipay:hotline', at: '2026-12-01T09:30:00+08:00', agentId: ' 10086 ', outcome: 'unresolved' });
 * attempt.at.toISOString(); // => '2026-12-01T01:30:00.000Z'
 * attempt.agentId; // => '10086'
 * ```
 */
export function parseContactAttempt(input: unknown, path: ReadonlyArray<string | number> = ['attempt']): ContactAttempt {
  return validate(contactAttemptSchema, input, validate(fieldPathSchema, path, ['path']));
}
