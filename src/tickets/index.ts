/**
 * One typed ticket client over pluggable backends: the model, the status workflow, the client,
 * and the memory, file and generic REST backends. Zendesk and Freshdesk live in
 * `walletdesk/tickets/zendesk` and `walletdesk/tickets/freshdesk`; the conformance suite every
 * backend passes is `walletdesk/tickets/testing`.
 *
 * @module
 */

export type { RetryOptions } from '../_internal/http.js';
export type {
  BackendCallOptions,
  BackendCapabilities,
  BackendCreateOptions,
  BackendFactory,
  BackendListQuery,
  TicketBackend,
  TicketPage,
  TimelineSupport,
} from './backend.js';
export { defineBackend } from './backend.js';
export { type FileBackend, type FileBackendOptions, fileBackend } from './backends/file/index.js';
export { type MemoryBackend, type MemoryBackendOptions, type MemoryState, memoryBackend } from './backends/memory/index.js';
export { type RestBackendOptions, restBackend } from './backends/rest/index.js';
export {
  type ClassificationHint,
  type ContactEvent,
  type CreateOptions,
  createTicketClient,
  type ListOptions,
  type TicketChange,
  type TicketClient,
  type TicketClientOptions,
  type WatchOptions,
} from './client.js';
export { type ContactAttempt, type ContactAttemptInit, contactAttemptSchema, parseContactAttempt } from './contact-attempt.js';
export {
  type Comment,
  type CommentInput,
  commentInputSchema,
  commentSchema,
  type ListQuery,
  listQuerySchema,
  type Requester,
  requesterSchema,
  type Satisfaction,
  satisfactionSchema,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type Ticket,
  type TicketChannel,
  type TicketInput,
  type TicketInputInit,
  type TicketPatch,
  type TicketPriority,
  type TicketStatus,
  ticketInputSchema,
  ticketPatchSchema,
  ticketSchema,
} from './model.js';
export {
  COMMENT_AUTHOR_ROLES,
  CONTACT_OUTCOMES,
  type CommentAuthorRole,
  type ContactOutcome,
  parseTimeline,
  type TimelineEvent,
  type TimelineEventType,
  timelineEventSchema,
} from './timeline.js';
export { allowedTransitions, assertTransition, canTransition, TRANSITIONS, type TransitionRules } from './workflow.js';
