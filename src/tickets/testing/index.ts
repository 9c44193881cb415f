/**
 * The conformance suite every ticket backend passes, built-in or your own. It imports no test
 * runner: pass yours to `testTicketBackend(name, factory, { describe, it })`, or take the plain
 * async cases from `ticketBackendCases(factory)`. It loads from ESM and CommonJS and runs under
 * vitest, jest and `node:test`.
 *
 * @module
 */
export { type BackendFactoryForTests, type ConformanceCase, type TicketBackendCaseOptions, ticketBackendCases } from './ticket-backend-cases.js';
export { type Register, type TestRunner, type TestTicketBackendOptions, testTicketBackend } from './test-ticket-backend.js';
