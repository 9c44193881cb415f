/**
 * The Zendesk Support API v2 ticket backend: `zendeskBackend({ subdomain, email, apiToken })`.
 * Field mapping, capabilities and limits: docs/backends/zendesk.md.
 *
 * @module
 */
export { zendeskBackend } from './zendesk-backend.js';
export type { ZendeskBackendOptions } from './options.js';
