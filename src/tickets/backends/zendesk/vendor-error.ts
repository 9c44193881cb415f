/**
 * Reads a Zendesk error body (`{ error, description, details }`) into the details the one
 * `errorFromResponse` factory takes. Body shape: https://developer.zendesk.com/api-reference/introduction/requests/
 * (checked 2026-11-24). `details` is `{ field: [{ description, error }] }`; each entry becomes a field issue, so
 * a 422 `RecordInvalid` turns into a `ValidationError` naming the field.
 */
import type { ResponseDetails } from '../../../errors/index.js';

/**
 * Maps a parsed Zendesk error body to {@link ResponseDetails} (message and field issues). Unknown or empty
 * bodies (a 429 often has none) give `{}`, so the factory falls back to its status-based message.
 *
 * Internal (not exported from an entry), so it carries no runnable `@example`; the vendor tests cover it.
 */
export function zendeskErrorDetails(body: unknown): Pick<ResponseDetails, 'message' | 'issues'> {
  if (body === null || typeof body !== 'object') return {};
  const { error, description, details } = body as { error?: unknown; description?: unknown; details?: unknown };
  const errorName = typeof error === 'string' ? error : typeof error === 'object' && error !== null ? (error as { title?: unknown }).title : undefined;
  const message = typeof description === 'string' ? description : typeof errorName === 'string' ? errorName : undefined;
  const issues: { path: string[]; message: string; code: string }[] = [];
  if (details !== null && typeof details === 'object') {
    for (const [field, entries] of Object.entries(details as Record<string, unknown>)) {
      for (const entry of Array.isArray(entries) ? entries : [entries]) {
        const e = (entry ?? {}) as { description?: unknown; error?: unknown };
        issues.push({
          path: field === 'base' ? [] : [field],
          message: typeof e.description === 'string' ? e.description : `Invalid ${field}`,
          code: typeof e.error === 'string' ? e.error : 'invalid',
        });
      }
    }
  }
  return { ...(message !== undefined ? { message } : {}), ...(issues.length > 0 ? { issues } : {}) };
}
