/**
 * Reads a Freshdesk error body into the details the one `errorFromResponse` factory takes. Shapes
 * (https://developers.freshdesk.com/api/#error, checked 2026-11-24): validation failures are
 * `{ description, errors: [{ field, message, code }] }`; other errors are `{ code, message }`; a 404 or 429 may
 * have an empty body.
 */
import type { ResponseDetails } from '../../../errors/index.js';

/**
 * Maps a parsed Freshdesk error body to {@link ResponseDetails}; `errors[]` become field issues, so a 400
 * "Validation failed" turns into a `ValidationError` naming the fields.
 *
 * Internal (not exported from an entry), so it carries no runnable `@example`; the vendor tests cover it.
 */
export function freshdeskErrorDetails(body: unknown): Pick<ResponseDetails, 'message' | 'issues'> {
  if (body === null || typeof body !== 'object') return {};
  const { description, message, errors } = body as { description?: unknown; message?: unknown; errors?: unknown };
  const text = typeof description === 'string' ? description : typeof message === 'string' ? message : undefined;
  const issues = Array.isArray(errors)
    ? errors.map((entry) => {
        const e = (entry ?? {}) as { field?: unknown; message?: unknown; code?: unknown };
        return {
          path: typeof e.field === 'string' && e.field !== '' ? [e.field] : [],
          message: typeof e.message === 'string' ? e.message : 'Invalid value',
          code: typeof e.code === 'string' ? e.code : 'invalid',
        };
      })
    : [];
  return { ...(text !== undefined ? { message: text } : {}), ...(issues.length > 0 ? { issues } : {}) };
}
