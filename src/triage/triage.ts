/**
 * `triage()`: one call that answers a help request end to end — what is wrong, what to try, what to
 * prepare, who to contact and when, how to stay safe, and a ticket draft ready for `client.create()`.
 * It composes the pure modules; it is the one place allowed to default `now` to the current time.
 */
import { z } from 'zod';
import { validate } from '../_internal/validate.js';
import { probe } from '../_internal/probe.js';
import { headOf, prepareText } from '../_internal/text/index.js';
import {
  type ContactAttempt,
  type ContactFinding,
  channelSchedule,
  contactAttemptSchema,
  type Directory,
  type EscalationStep,
  escalationPath,
  findChannels,
  type RankedChannel,
  verifyContact,
} from '../channels/index.js';
import { type Classification, classify, helpFor, type Locale } from '../classifier/index.js';
import { bestTimeToContact, type ContactWindow, defaultPeakProfile } from '../hours/index.js';
import { redact } from '../privacy/index.js';
import { type CategoryId, priorityForUrgency, type TicketPriority, type Urgency } from '../taxonomy/index.js';

/** Options for {@link triage}. */
export interface TriageOptions {
  /** Wallet id from the directory (`'alipay'`, `'paypal'`, …). Without it no channels are ranked. */
  wallet?: string;
  /** ISO 3166 region of the user (`'CN'`, `'US'`). */
  region?: string;
  /** Answer language; default: `zh` when the first 2,000 characters of the message contain a Chinese character, else `en`. */
  locale?: Locale;
  /**
   * The moment to rank channels and quiet windows for. Triage is an app-level entry, so it
   * defaults to `new Date()` here (and only here); pass it for reproducible results.
   */
  now?: Date;
  /** Remove PII from the text used in the ticket draft (default `true`). */
  redact?: boolean;
  /** The contact directory to rank channels from and check contacts against; the built-in one unless given. */
  directory?: Directory;
  /**
   * Contacts with support already made (the contact log). When one was not resolved and a
   * `wallet` is given, the result carries `escalation`: the next steps up to the regulator.
   */
  tried?: ContactAttempt[];
}

/** The ticket priority a triage suggests (the `walletdesk/tickets` scale). */
export type TriagePriority = TicketPriority;

/** A ticket draft: pass it to `client.create()` of `walletdesk/tickets`. */
export interface TicketDraft {
  /** `[category] ` and the first 60 characters of the (redacted) message. */
  subject: string;
  /** The message, PII masked unless `redact: false`, cut at 20,000 characters (marked `…`) to keep drafts fileable. */
  description: string;
  /** The classified category. */
  category: CategoryId;
  /** From the urgency (critical → urgent); at least `high` when the message is a scam attempt. */
  priority: TriagePriority;
  /** Where the request came in; triage is called from an app or web form. */
  channel: 'web';
}

/** Everything triage found out about one message. */
export interface Triage {
  /** What the classifier said: category, confidence, urgency, detected locale. */
  classification: Classification;
  /** Self-help for the category in the answer language, and whether to escalate (`escalateTo`). */
  help: { title: string; steps: readonly string[]; prepare: readonly string[]; urgency: Urgency; escalateTo?: string };
  /** Official channels, best first, with open-now and next opening. Empty without `wallet`. */
  channels: RankedChannel[];
  /**
   * When to contact the top human channel that has hours (may be empty): for critical and high
   * urgency "now" on the best channel open now; otherwise the best trade of waiting against
   * queueing within 48 hours. Windows on estimated holiday dates say so.
   */
  bestTime: ContactWindow[];
  safety: {
    /** `'suspicious'` when the message carries a scam sign or a fake contact. */
    verdict: 'official' | 'suspicious' | 'unknown';
    /** Each number, URL or email found in the message with its own verdict. */
    contacts: readonly ContactFinding[];
    /** Human-readable warnings, in the answer language. */
    warnings: string[];
  };
  /** The message (its first 20,000 characters, all that triage reads) with PII masked; as written when `redact: false`. */
  redacted: string;
  /** Ready for `client.create()` of `walletdesk/tickets`. */
  ticketDraft: TicketDraft;
  /**
   * When `tried` holds a contact that did not solve it (and a wallet is given): the escalation
   * ladder from `escalationPath` of `walletdesk/channels`, skipping what was tried.
   */
  escalation?: EscalationStep[];
}

const optionsSchema = z.object({
  wallet: z.string().min(1).optional(),
  region: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166 country code such as CN').optional(),
  locale: z.enum(['zh', 'en']).optional(),
  now: z.date().refine((d) => !Number.isNaN(d.getTime()), 'Invalid date').optional(),
  redact: z.boolean().optional(),
  directory: z.custom<Directory>((d) => typeof d === 'object' && d !== null && typeof (d as Directory).getWallet === 'function', 'expected a Directory').optional(),
  tried: z.array(contactAttemptSchema).max(1000).optional(),
});

const HUMAN_KINDS = new Set(['phone', 'chat', 'in_app', 'web', 'email']);
/**
 * How much of a message triage reads (classification, contact check, redaction) and the longest
 * description a draft carries: one limit. 20,000 characters is more than any real help request and
 * well inside walletdesk/tickets' 65,000-character description.
 */
const MAX_MESSAGE_LENGTH = 20_000;
/** Quiet windows are suggested in waking hours of the line's time zone: a quiet 03:00 is no help to a caller. */
const WAKING_HOURS = { from: '08:00', to: '22:00' };

/** The draft's description: the redacted message, marked `…` where it was cut, never longer than the limit. */
function draftDescription(redacted: string, cut: boolean): string {
  if (redacted.length > MAX_MESSAGE_LENGTH || (cut && redacted.length === MAX_MESSAGE_LENGTH)) return `${redacted.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
  return cut ? `${redacted}…` : redacted;
}

/**
 * Triage one help request: classify it, fetch self-help, rank official channels, find quiet
 * windows, check every contact in it for scams, redact PII, and draft a ticket. Synchronous.
 *
 * @throws {ValidationError} when `message` is not a string or an option is malformed.
 *
 * @example
 * ```ts
 * import { triage } from 'walletdesk/triage';
 * const t = triage('有人冒充支付宝客服打电话让我转账到安全账户', { wallet: 'alipay', now: new Date('2026-11-24T02:00:00Z') });
 * t.classification.locale; // => 'zh'
 * t.safety.verdict; // => 'suspicious'
 * ```
 */
export function triage(message: string, options: TriageOptions = {}): Triage {
  // Validated once, cut once, read once: every reader below gets the prepared text.
  validate(z.string(), message, ['message']);
  probe('validate-text');
  const opts = validate(optionsSchema, options, ['options']);
  const now = opts.now ?? new Date();
  const prepared = prepareText(headOf(message, MAX_MESSAGE_LENGTH));
  const locale: Locale = opts.locale ?? prepared.language;

  const classification = classify(prepared, { locale });
  const h = helpFor(classification.category, { locale, urgency: classification.urgency });

  const channels = opts.wallet
    ? findChannels({
        wallet: opts.wallet,
        category: classification.category,
        at: now,
        locale,
        ...(opts.directory ? { directory: opts.directory } : {}),
        ...(opts.region ? { region: opts.region } : {}),
      })
    : [];

  // Critical and high urgency: the best channel open now, and "now" on it; otherwise the top
  // channel with hours and its best trade of waiting against queueing (walletdesk/hours).
  const urgent = classification.urgency === 'critical' || classification.urgency === 'high';
  const withHours = channels.filter((c) => c.channel.hours && HUMAN_KINDS.has(c.channel.kind));
  const top = (urgent ? withHours.find((c) => c.availability === 'open' || c.availability === 'always') : undefined) ?? withHours[0];
  const schedule = top ? channelSchedule(top.channel) : undefined;
  const bestTime = schedule
    ? bestTimeToContact(defaultPeakProfile, schedule, { now, limit: 3, acceptableHours: WAKING_HOURS, urgency: classification.urgency, locale })
    : [];

  const check = verifyContact(prepared, {
    kind: 'text',
    locale,
    ...(opts.wallet ? { wallet: opts.wallet } : {}),
    ...(opts.region ? { region: opts.region } : {}),
    ...(opts.directory ? { directory: opts.directory } : {}),
  });
  const contacts = check.contacts ?? [];
  const warnings = check.verdict === 'suspicious' ? check.reasons.filter((r) => r.severity !== 'info').map((r) => r.message) : [];

  const redacted = opts.redact === false ? prepared.text : redact(prepared).text;
  const firstLine = redacted.replace(/\s+/g, ' ').trim();
  const subject = `[${classification.category}] ${firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine || h.title}`;
  const fromUrgency = priorityForUrgency(classification.urgency);
  const priority = check.verdict === 'suspicious' && fromUrgency !== 'urgent' ? 'high' : fromUrgency;

  const unresolved = (opts.tried ?? []).some((a) => a.outcome !== 'resolved');
  const escalation =
    opts.wallet && unresolved
      ? escalationPath({
          wallet: opts.wallet,
          category: classification.category,
          tried: opts.tried as ContactAttempt[],
          now,
          locale,
          ...(opts.region ? { region: opts.region } : {}),
          ...(opts.directory ? { directory: opts.directory } : {}),
        })
      : undefined;

  return {
    classification,
    help: { title: h.title, steps: h.steps, prepare: h.prepare, urgency: h.urgency, ...(h.escalateTo ? { escalateTo: h.escalateTo } : {}) },
    channels,
    bestTime,
    safety: { verdict: check.verdict, contacts, warnings },
    redacted,
    ticketDraft: { subject, description: draftDescription(redacted, message.length > MAX_MESSAGE_LENGTH), category: classification.category, priority, channel: 'web' },
    ...(escalation ? { escalation } : {}),
  };
}
