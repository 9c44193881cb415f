/**
 * The conformance suite for ticket backends. Import it in a vitest test file and call it with a
 * factory for your backend; it needs `vitest` (an optional peer dependency). vitest 4 is ESM-only,
 * so use this entry from ESM test files (the default for vitest); `require()` of it fails with
 * vitest's own message.
 *
 * @module
 */
export { type TestTicketBackendOptions, testTicketBackend } from './conformance.js';
