/**
 * The conformance suite as plain async cases, bound to a backend factory: no test runner needed,
 * so it runs under vitest, jest, `node:test`, mocha or a plain loop, from ESM and CommonJS.
 */
import { z } from 'zod';
import { validate } from '../../_internal/validate.js';
import type { TicketBackend } from '../backend.js';
import { createTicketClient } from '../client.js';
import { allCases } from './cases/all-cases.js';
import type { TicketBackendCaseOptions } from './cases/conformance-case.js';

export type { TicketBackendCaseOptions } from './cases/conformance-case.js';

/** One conformance case: a name for the runner and a `run()` that rejects when the backend fails it. */
export interface ConformanceCase {
  /** What the case checks, e.g. `'updates only the given fields'`. */
  readonly name: string;
  /** Makes a fresh backend with the factory, runs the checks, disposes the backend. */
  run(): Promise<void>;
}

/** A function returning a fresh backend with no tickets, called once per case. */
export type BackendFactoryForTests = () => TicketBackend | Promise<TicketBackend>;

const factorySchema = z.custom<BackendFactoryForTests>((value) => typeof value === 'function', 'pass a function that returns a fresh backend, e.g. () => memoryBackend()');
const caseOptionsSchema = z.object({ paginationTickets: z.number().int().min(4).max(1000).optional() });

/** Checks the arguments shared by {@link ticketBackendCases} and `testTicketBackend`. */
export function parseCaseArguments(factory: unknown, options: unknown): Required<TicketBackendCaseOptions> {
  validate(factorySchema, factory, ['factory']);
  const parsed = validate(caseOptionsSchema, options ?? {}, ['options']);
  return { paginationTickets: parsed.paginationTickets ?? 7 };
}

/** Binds the cases to a factory; arguments must already be checked. */
export function bindCases(factory: BackendFactoryForTests, options: Required<TicketBackendCaseOptions>): ConformanceCase[] {
  return allCases.map((definition) => ({
    name: definition.name,
    async run() {
      const backend = await factory();
      try {
        await definition.run({ backend, client: createTicketClient({ backend }), options });
      } finally {
        await backend.dispose?.();
      }
    },
  }));
}

/**
 * The conformance cases for a backend as plain `{ name, run }` objects. Each `run()` calls
 * `factory` for a fresh backend with no tickets, drives it through the public client, disposes it,
 * and rejects with a message naming what failed. Register them with any runner, or loop over them.
 *
 * @example
 * ```ts
 * import { memoryBackend } from 'walletdesk/tickets';
 * import { ticketBackendCases } from 'walletdesk/tickets/testing';
 * const cases = ticketBackendCases(() => memoryBackend());
 * for (const conformanceCase of cases) await conformanceCase.run(); // rejects if the backend fails one
 * cases.length >= 13; // => true
 * cases[0].name; // => 'declares a name and every capability as a boolean'
 * ```
 */
export function ticketBackendCases(factory: BackendFactoryForTests, options?: TicketBackendCaseOptions): ConformanceCase[] {
  return bindCases(factory, parseCaseArguments(factory, options));
}
