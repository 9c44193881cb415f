/**
 * Registers the conformance cases with the caller's test runner, in the style of
 * `@keyv/test-suite` (which takes the runner's `test` instead of importing one): nothing here
 * imports vitest, so the same call works under vitest, jest and `node:test`, from ESM and CJS.
 */
import { z } from 'zod';
import { ValidationError } from '../../errors/index.js';
import { validate } from '../../_internal/validate.js';
import type { TicketBackendCaseOptions } from './cases/conformance-case.js';
import { type BackendFactoryForTests, bindCases, parseCaseArguments } from './ticket-backend-cases.js';

/** How a runner registers one test or group: `it(title, body)`, `describe(title, body)`. */
export type Register = (title: string, body: () => Promise<void>) => unknown;

/**
 * The parts of a test runner the suite uses: `describe` and `it` (or `test`). vitest, jest,
 * mocha and `node:test` all have them, so `import * as vitest from 'vitest'` or
 * `require('node:test')` can be passed whole. `expect` is accepted but not needed: each case
 * carries its own checks.
 */
export interface TestRunner {
  /** Groups the cases: `describe(title, () => { … })`. */
  describe: (title: string, body: () => void) => unknown;
  /** Registers one async case (`test` is used when `it` is absent). */
  it?: Register;
  /** Same as `it`, for runners that call it `test`. */
  test?: Register;
  /** Not used (the cases check their own results); accepted so `{ describe, it, expect }` is fine. */
  expect?: unknown;
}

/** Third argument of {@link testTicketBackend}: the runner's functions plus the case options. */
export interface TestTicketBackendOptions extends TestRunner, TicketBackendCaseOptions {}

const isFunction = (value: unknown): boolean => typeof value === 'function';
const runnerSchema = z.looseObject({
  describe: z.custom<TestRunner['describe']>(isFunction, 'pass the runner\'s describe function'),
  it: z.custom<Register>(isFunction, 'pass the runner\'s it function').optional(),
  test: z.custom<Register>(isFunction, 'pass the runner\'s test function').optional(),
});

const missingRunner = (): ValidationError =>
  new ValidationError([
    {
      path: ['runner'],
      message:
        "pass your test runner's describe and it: testTicketBackend(name, factory, { describe, it }) with them imported from 'vitest', '@jest/globals' or 'node:test' (walletdesk no longer imports vitest)",
      code: 'invalid_type',
    },
  ]);

/**
 * Registers the conformance suite for a backend with your test runner: one `describe` named after
 * the backend, one async `it` per case. `factory` is called before each case and must return a
 * backend with no tickets. For a runner without `describe`/`it`, use `ticketBackendCases`.
 *
 * @example
 * ```ts
 * import { memoryBackend } from 'walletdesk/tickets';
 * import { testTicketBackend } from 'walletdesk/tickets/testing';
 * // In a test file: import { describe, it } from 'vitest' (or '@jest/globals', or 'node:test'), then
 * // testTicketBackend('memory', () => memoryBackend(), { describe, it });
 * const registered: string[] = [];
 * const runner = { describe: (_title: string, body: () => void) => body(), it: (title: string) => registered.push(title) };
 * testTicketBackend('memory', () => memoryBackend(), runner);
 * registered.length >= 13; // => true
 * ```
 */
export function testTicketBackend(name: string, factory: BackendFactoryForTests, runner: TestTicketBackendOptions): void {
  validate(z.string().min(1, 'name the backend, e.g. "my-db"'), name, ['name']);
  const options = parseCaseArguments(factory, runner === undefined ? {} : { paginationTickets: runner?.paginationTickets });
  if (runner === undefined || runner === null) throw missingRunner();
  const { describe, it, test } = validate(runnerSchema, runner, ['runner']);
  const register = it ?? test;
  if (!register) throw missingRunner();
  const cases = bindCases(factory, options);
  describe(`ticket backend conformance: ${name}`, () => {
    for (const conformanceCase of cases) register(conformanceCase.name, () => conformanceCase.run());
  });
}
