/**
 * HTTP Basic credentials (RFC 7617): `Basic base64(user:password)`, UTF-8 safe and without
 * Node's Buffer, so the vendor backends also bundle for edge runtimes.
 */

/** The `Authorization` header value for `user` and `password`. */
export function basicAuth(user: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${user}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
