/**
 * What one conformance case is. Each case gets a fresh backend and a client over it, so cases are
 * independent and can be registered with any runner or run in a plain loop. To add a group of
 * cases (e.g. for timelines), write a file beside `ticket-cases.ts` exporting a
 * `BackendCase[]` and list it in `all-cases.ts`.
 */
import type { TicketBackend } from '../../backend.js';
import type { TicketClient } from '../../client.js';

/** Options that change what the cases do (not which runner runs them). */
export interface TicketBackendCaseOptions {
  /** How many tickets the pagination case makes (default 7; it lists them 3 per page). */
  paginationTickets?: number;
}

/** What a case receives: a fresh, empty backend, a client over it, and the resolved options. */
export interface CaseContext {
  backend: TicketBackend;
  client: TicketClient;
  options: Required<TicketBackendCaseOptions>;
}

/** One case before it is bound to a factory. */
export interface BackendCase {
  name: string;
  run(context: CaseContext): Promise<void>;
}
