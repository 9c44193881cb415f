import { text } from './coerce.js';
import { redactUrl } from './redact-secrets.js';

/** Where an error came from on the wire. The URL never carries credentials. */
export interface HttpContext {
  /** The HTTP status the server answered with. */
  readonly status: number;
  /** The request method, upper case. */
  readonly method: string;
  /** The request URL with user-info and secret query parameters removed. */
  readonly url: string;
  /** The parsed response body (JSON when it parsed, else text), or `undefined`. */
  readonly body?: unknown;
}

/**
 * Builds an {@link HttpContext}, removing credentials from the URL.
 *
 * @example
 * ```ts
 * import { httpContext } from 'walletdesk/errors';
 * httpContext(500, 'get', 'https://desk.example/api?api_key=abc123').url; // => 'https://desk.example/api?api_key=%5BREDACTED%5D'
 * httpContext(500, 'get', 'https://desk.example/api').method; // => 'GET'
 * ```
 */
export function httpContext(status: number, method: string, url: string, body?: unknown): HttpContext {
  const context = { status: typeof status === 'number' ? status : Number.NaN, method: text(method).toUpperCase(), url: redactUrl(text(url)) };
  return body === undefined ? context : { ...context, body };
}
