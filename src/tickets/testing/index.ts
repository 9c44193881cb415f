/**
 * The conformance suite for ticket backends. Import it in a vitest test file and call it with a
 * factory for your backend; it needs `vitest` (an optional peer dependency).
 *
 * @module
 */
export { type TestTicketBackendOptions, testTicketBackend } from './conformance.js';
