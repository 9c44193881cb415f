/**
 * The Freshdesk API v2 ticket backend: `freshdeskBackend({ domain, apiKey })`.
 * Field mapping, capabilities and limits: docs/backends/freshdesk.md.
 *
 * @module
 */
export { freshdeskBackend } from './freshdesk-backend.js';
export type { FreshdeskBackendOptions } from './options.js';
