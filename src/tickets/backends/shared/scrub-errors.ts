/**
 * A backend's answers are parsed after the HTTP client has returned them, so a `ValidationError`
 * about a malformed 200 response is made outside the client's error scrubbing. Its paths name
 * the response's keys and its messages may quote them, and a server can echo a credential in
 * either. This wraps a backend so every such error leaves it with the client's known credentials
 * removed (issue 13: no token in any rendering of any error).
 */
import { isValidationError, type SecretScrubber, ValidationError } from '../../../errors/index.js';
import type { TicketBackend } from '../../backend.js';

const METHODS = ['create', 'get', 'update', 'addComment', 'listComments', 'list', 'rate', 'timeline', 'logContact'] as const;

/** `backend` with every rejected `ValidationError` scrubbed of what `scrub` removes. */
export function scrubbingErrors(backend: TicketBackend, scrub: SecretScrubber): TicketBackend {
  const wrapped: TicketBackend = { ...backend };
  for (const name of METHODS) {
    const method = backend[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof method !== 'function') continue;
    (wrapped as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await method.apply(backend, args);
      } catch (error) {
        throw scrubbed(error, scrub);
      }
    };
  }
  return wrapped;
}

function scrubbed(error: unknown, scrub: SecretScrubber): unknown {
  if (!isValidationError(error)) return error;
  let changed = false;
  const issues = error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'string' ? scrub(part) : part));
    const message = scrub(issue.message);
    if (message !== issue.message || path.some((part, i) => part !== issue.path[i])) changed = true;
    return { ...issue, path, message };
  });
  if (!changed) return error;
  return new ValidationError(issues, error.http ? { http: error.http } : {});
}
