/**
 * Removes credentials from strings and URLs before they can reach an error message, `toJSON()`
 * or a log line. Errors are the place secrets leak from most often (octokit's RequestError redacts
 * the authorization header for the same reason).
 */
import { text as asText } from './coerce.js';

/** Query parameters that carry a credential (`?access_token=`, `?api_key=`, …). */
export const SECRET_QUERY_KEYS = /^(?:access_?token|api_?key|apikey|key|token|auth|authorization|password|passwd|secret|client_secret|signature|sig)$/i;

/** Header names whose values are never shown. */
export const SECRET_HEADER = /^(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)$/i;

/** What a removed credential is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * Strips user-info and secret query parameters from a URL. Returns the input unchanged when it is
 * not an absolute URL, and `''` when it is not a string.
 *
 * @example
 * ```ts
 * import { redactUrl } from 'walletdesk/errors';
 * redactUrl('https://me:pw@desk.example/api?token=abc'); // => 'https://desk.example/api?token=%5BREDACTED%5D'
 * ```
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return typeof url === 'string' ? url : '';
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = '';
    parsed.password = '';
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY_KEYS.test(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/** Returns a copy of `headers` with credential-bearing values replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = SECRET_HEADER.test(name) ? REDACTED : value;
  return out;
}

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // Authorization header values written into text.
  [/\b(Basic|Bearer|Token)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // user:password@ in URLs.
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi, '$1'],
  // key=value pairs with a secret-looking key.
  [/\b(access_?token|api_?key|apikey|token|password|passwd|secret|client_secret)=([^\s&"']+)/gi, `$1=${REDACTED}`],
];

/**
 * Replaces credential-looking fragments inside free text: `Bearer`/`Basic`/`Token` header values,
 * user-info in URLs and `token=…`-style pairs. Every walletdesk error message goes through it.
 *
 * @example
 * ```ts
 * import { redactSecrets } from 'walletdesk/errors';
 * redactSecrets('sent Bearer abcdefgh12345678'); // => 'sent Bearer [REDACTED]'
 * ```
 */
export function redactSecrets(text: string): string {
  let out = asText(text);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
