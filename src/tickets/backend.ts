/**
 * The backend interface: a factory returns a small object with declared capabilities, in the
 * style of unstorage's `defineDriver` and keyv's optional capabilities. The client checks the
 * capabilities, so a backend never has to fake a feature it lacks.
 */
import { ValidationError } from '../errors/index.js';
import type { ContactAttempt } from './contact-attempt.js';
import type { Comment, CommentInput, ListQuery, Satisfaction, Ticket, TicketInput, TicketPatch } from './model.js';
import type { TimelineEvent } from './timeline.js';

/** Optional features a backend declares; callers check them before asking. */
export interface BackendCapabilities {
  /** `create` honours `idempotencyKey`: a repeated key returns the first ticket, so creates can be retried. */
  readonly idempotentCreate: boolean;
  /** The help-desk has an `on_hold` status. */
  readonly onHold: boolean;
  /** `list` pages with an opaque cursor that stays stable while tickets change (else page numbers). */
  readonly cursorPagination: boolean;
  /** `rate` is implemented. */
  readonly satisfaction: boolean;
  /** A `closed` ticket may be reopened. */
  readonly reopenClosed: boolean;
  /** Its credentials may be used from a browser (e.g. OAuth tokens scoped to one user), not only from a server. */
  readonly browserSafeAuth: boolean;
  /**
   * `timeline` is implemented: `'full'` records every event type as it happens; `'partial'` builds
   * it from what the help-desk keeps (Freshdesk: comments, and the last time each status was
   * reached); absent or `false`: not at all.
   */
  readonly timeline?: TimelineSupport;
  /** `logContact` is implemented (natively, or as an internal note read back into the timeline). */
  readonly contactLog?: boolean;
}

/** How complete a backend's timelines are: see {@link BackendCapabilities.timeline}. */
export type TimelineSupport = 'full' | 'partial' | false;

/** Per-call options a backend receives. */
export interface BackendCallOptions {
  /** Aborts the call. */
  signal?: AbortSignal;
}

/** Options for `create`. */
export interface BackendCreateOptions extends BackendCallOptions {
  /** The same key on a retry returns the first ticket instead of making a second (when `idempotentCreate`). */
  idempotencyKey?: string;
}

/** One page of tickets. */
export interface TicketPage {
  /** The tickets on this page. */
  tickets: Ticket[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** What a backend's `list` receives. */
export interface BackendListQuery extends ListQuery {
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/**
 * What every ticket backend implements. Inputs arrive already validated and normalised by the
 * client; outputs must be {@link Ticket} / {@link Comment} values. Throw walletdesk errors
 * (`NotFoundError`, `HttpError`, …), never vendor shapes.
 */
export interface TicketBackend {
  /** Short name for errors and logs (`'memory'`, `'zendesk'`). */
  readonly name: string;
  /** What this backend can do. */
  readonly capabilities: BackendCapabilities;
  /** Makes a ticket. */
  create(input: TicketInput, options?: BackendCreateOptions): Promise<Ticket>;
  /** Reads a ticket; `NotFoundError` when there is none. */
  get(id: string, options?: BackendCallOptions): Promise<Ticket>;
  /** Changes the given fields; the client has already checked any status change. */
  update(id: string, patch: TicketPatch, options?: BackendCallOptions): Promise<Ticket>;
  /** Adds a public reply or an internal note. */
  addComment(id: string, comment: CommentInput, options?: BackendCallOptions): Promise<Comment>;
  /** The comments on a ticket, oldest first. */
  listComments(id: string, options?: BackendCallOptions): Promise<Comment[]>;
  /** One page of tickets matching the query, oldest update first. */
  list(query: BackendListQuery, options?: BackendCallOptions): Promise<TicketPage>;
  /** Records a satisfaction rating; only when `capabilities.satisfaction`. */
  rate?(id: string, rating: Satisfaction, options?: BackendCallOptions): Promise<Ticket>;
  /** What happened to the ticket, oldest first, `created` first; only when `capabilities.timeline`. */
  timeline?(id: string, options?: BackendCallOptions): Promise<TimelineEvent[]>;
  /** Stores a contact attempt as a `contact` event and returns it; only when `capabilities.contactLog`. */
  logContact?(id: string, attempt: ContactAttempt, options?: BackendCallOptions): Promise<TimelineEvent>;
  /** Releases timers, sockets or files. */
  dispose?(): Promise<void> | void;
}

/** A function that makes a backend from its options. */
export type BackendFactory<Options = void> = (options: Options) => TicketBackend;

/**
 * Declares a backend factory. It only fixes the types (like unstorage's `defineDriver`), so a
 * user-written backend gets the same checking as the built-in ones.
 *
 * @example
 * ```ts
 * import { defineBackend, memoryBackend } from 'walletdesk/tickets';
 * const loggingBackend = defineBackend((inner = memoryBackend()) => ({ ...inner, name: `logged-${inner.name}` }));
 * loggingBackend().name; // => 'logged-memory'
 * ```
 */
export function defineBackend<Options = void>(factory: BackendFactory<Options>): BackendFactory<Options> {
  if (typeof factory !== 'function') {
    throw new ValidationError([{ path: ['factory'], message: 'pass a function that returns a backend', code: 'invalid_type' }]);
  }
  return factory;
}
