/**
 * Removes the credentials a client knows it holds (its token, password, API key, the user name
 * beside a password) from any text, in every form they take on the wire and in logs, and builds
 * the plain, scrubbed stand-ins for low-level errors kept as `cause`. Pattern-based redaction of
 * credentials nobody declared is `redact-secrets.ts`; this file is for the ones the caller names.
 */
import { list, record, text as asText } from './coerce.js';
import { REDACTED, SECRET_HEADER, SECRET_QUERY_KEYS } from './redact-secrets.js';

/**
 * The shortest echoed piece of a secret that is still removed, and the shortest secret whose
 * pieces are looked for. A server that echoes "tok_live_9f8e…" gives away the first characters of
 * the token; six characters of a random token (36 bits in base62) are too many to show, and
 * secrets shorter than twelve characters are matched whole only, so that a short password does
 * not blank ordinary words. Secrets shorter than four characters (Freshdesk's `X` password) are
 * placeholders and are not matched as text at all.
 */
export const MIN_ECHOED_FRAGMENT = 6;
/** See {@link MIN_ECHOED_FRAGMENT}. */
export const MIN_FRAGMENTED_SECRET = 12;
const MIN_SECRET = 4;
/** Secrets longer than this (no real credential is) are removed whole only: indexing their pieces would cost more than it saves. */
const MAX_FRAGMENTED_SECRET = 8192;

/** What a client knows it must never show. */
export interface KnownCredentials {
  /** Tokens, passwords, API keys: removed whole, in every encoding, and as echoed fragments. */
  secrets?: ReadonlyArray<string | undefined>;
  /** User names next to a password: removed whole (as a word) and in every encoding, never in part. */
  identifiers?: ReadonlyArray<string | undefined>;
}

/** A compiled remover of known credentials; build once per client, call per string. */
export type SecretScrubber = (text: string) => string;

const scrubberCache = new WeakMap<ReadonlyArray<string | undefined>, SecretScrubber>();

/**
 * Removes every occurrence of the given known secrets (an API key, a token) from `text`: raw,
 * URL-encoded, form-encoded, JSON-escaped and base64, and any echoed run of at least
 * 6 characters of a secret of 12 or more.
 * Used where the caller holds the credential itself and can say exactly what must not leak, e.g.
 * before logging a request in a custom backend. Secrets shorter than 4 characters, and entries
 * that are not strings, are ignored.
 *
 * @example
 * ```ts
 * import { removeKnownSecrets } from 'walletdesk/errors';
 * removeKnownSecrets('echo: key-1234', ['key-1234']); // => 'echo: [REDACTED]'
 * removeKnownSecrets('your token tok_live_9f… is wrong', ['tok_live_9f8e7d6c5b4a']); // => 'your token [REDACTED]… is wrong'
 * ```
 */
export function removeKnownSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  if (!Array.isArray(secrets)) return asText(text);
  let scrub = scrubberCache.get(secrets);
  if (scrub === undefined) {
    scrub = secretScrubber({ secrets });
    scrubberCache.set(secrets, scrub);
  }
  return scrub(text);
}

/**
 * Compiles the credentials a client holds into one function that removes them from any text
 * (see {@link removeKnownSecrets} for the forms). Build it once per client, call it per string.
 * `identifiers` (a user name beside a password) are removed whole, as a word, never in part.
 *
 * @example
 * ```ts
 * import { secretScrubber } from 'walletdesk/errors';
 * const scrub = secretScrubber({ secrets: ['zd_Ap1T0ken9Sl4sh'], identifiers: ['svc-agent'] });
 * scrub('svc-agent sent zd_Ap1T0ken9…'); // => '[REDACTED] sent [REDACTED]…'
 * scrub('svc-agents stay'); // => 'svc-agents stay'
 * ```
 */
export function secretScrubber(known: KnownCredentials): SecretScrubber {
  const given = record<KnownCredentials>(known);
  const secrets = unique(given.secrets);
  const identifiers = unique(given.identifiers);
  const whole = unique([...secrets.flatMap(encodings), ...identifiers.filter((id) => !/^[\w.-]+$/.test(id)).flatMap(encodings)])
    // Longest first, so a Basic blob goes before the token inside it.
    .sort((a, b) => b.length - a.length);
  // A plain user name is removed only as a whole word: "user" must not blank "username".
  const words = identifiers.filter((id) => /^[\w.-]+$/.test(id)).flatMap(encodings);
  const wordPattern = words.length === 0 ? undefined : new RegExp(`(?<![\\w.-])(?:${unique(words).map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
  // Real credentials are short (a JWT is a few KB at most); a longer value is still removed whole.
  const fragmented = secrets.filter((s) => s.length >= MIN_FRAGMENTED_SECRET && s.length <= MAX_FRAGMENTED_SECRET);
  const fragments = fragmentIndex(fragmented.flatMap((s) => [s, ...encodings(s)]));
  return (text) => {
    let out = asText(text);
    for (const form of whole) if (out.includes(form)) out = out.split(form).join(REDACTED);
    if (wordPattern !== undefined) out = out.replace(wordPattern, REDACTED);
    return fragments === undefined ? out : removeFragments(out, fragments);
  };
}

/**
 * Every credential a request carries, read from where it is given: the user and password in the
 * URL (`https://user:token@host/`), its secret query parameters (`access_token`, `api_key`, …),
 * credential headers (`Authorization`, `X-Api-Key`, …) with the token after the scheme, and the
 * user and password inside a `Basic` blob (Zendesk's `email/token:TOKEN`, Freshdesk's `APIKEY:X`),
 * plus `extra`. A user name beside a real password is an identifier; alone, or beside a
 * placeholder password shorter than 4 characters, it is the secret.
 *
 * @example
 * ```ts
 * import { knownCredentials } from 'walletdesk/errors';
 * const known = knownCredentials({ url: 'https://svc-agent:pa55word@desk.example/api?access_token=at-123456', headers: { authorization: 'Bearer tok-abcdef' } });
 * known.secrets; // => ['pa55word', 'at-123456', 'tok-abcdef']
 * known.identifiers; // => ['svc-agent']
 * ```
 */
export function knownCredentials(
  request: { url?: string; headers?: Record<string, string> },
  extra: KnownCredentials = {},
): { secrets: string[]; identifiers: string[] } {
  const given = record<{ url?: string; headers?: Record<string, string> }>(request);
  const more = record<KnownCredentials>(extra);
  const secrets: string[] = [...list<unknown>(more.secrets).filter((s): s is string => typeof s === 'string')];
  const identifiers: string[] = [...list<unknown>(more.identifiers).filter((s): s is string => typeof s === 'string')];
  /** `user` and `password` as given, and in the forms they were written in (`raw`). */
  const person = (user: string, password: string, raw: string[] = []): void => {
    secrets.push(password, ...raw.slice(1));
    (password.length < MIN_SECRET ? secrets : identifiers).push(user, ...raw.slice(0, 1));
  };
  let url: URL | undefined;
  try {
    url = typeof given.url === 'string' ? new URL(given.url) : undefined;
  } catch {
    url = undefined;
  }
  if (url !== undefined) {
    if (url.username !== '' || url.password !== '') {
      person(safeDecode(url.username), safeDecode(url.password), [url.username, url.password]);
    }
    for (const [key, value] of url.searchParams) if (SECRET_QUERY_KEYS.test(key)) secrets.push(value);
  }
  for (const [name, value] of Object.entries(record<Record<string, string>>(given.headers))) {
    if (!SECRET_HEADER.test(name) || typeof value !== 'string') continue;
    const scheme = /^\s*(\S+)\s+(\S+)\s*$/.exec(value);
    // Only the credential after the scheme: the word "Basic " itself is no secret.
    if (scheme === null) {
      secrets.push(value);
      continue;
    }
    const [, kind = '', credential = ''] = scheme;
    secrets.push(credential);
    const decoded = kind.toLowerCase() === 'basic' ? decodeBasic(credential) : undefined;
    if (decoded === undefined) continue;
    const colon = decoded.indexOf(':');
    secrets.push(decoded);
    person(colon < 0 ? decoded : decoded.slice(0, colon), colon < 0 ? '' : decoded.slice(colon + 1));
  }
  const kept = (values: string[]): string[] => [...new Set(values.filter((v) => v.length >= MIN_SECRET))];
  const keptSecrets = kept(secrets);
  return { secrets: keptSecrets, identifiers: kept(identifiers).filter((id) => !keptSecrets.includes(id)) };
}

/** `value` with every string in it (keys too) scrubbed; a parsed JSON body stays the same shape. */
export function scrubDeep(value: unknown, scrub: SecretScrubber, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 32) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[scrub(key)] = scrubDeep(item, scrub, depth + 1);
  return out;
}

/**
 * A plain, scrubbed stand-in for a low-level error kept as `cause`: name, message, stack and the
 * primitive fields Node puts on network errors (`code`, `errno`, `syscall`, `address`, `port`),
 * with its own causes and `errors` summarised the same way. Nothing else is kept: a ky
 * `TimeoutError` or `HTTPError` carries the `Request`, whose headers hold the `Authorization`
 * value, and an undici error can carry the socket, so the raw objects never reach the caller.
 */
export function scrubbedCause(error: unknown, scrub: SecretScrubber, depth = 0): Error {
  if (!(typeof error === 'object' && error !== null)) return new Error(scrub(String(error)));
  const source = error as Record<string, unknown>;
  const name = typeof source.name === 'string' ? scrub(source.name) : 'Error';
  const message = typeof source.message === 'string' ? scrub(source.message) : '';
  const summary = new Error(message);
  Object.defineProperty(summary, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(summary, 'stack', {
    value: typeof source.stack === 'string' ? scrub(source.stack) : `${name}: ${message}`,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  const fields = summary as unknown as Record<string, unknown>;
  for (const key of ['code', 'errno', 'syscall', 'address', 'port', 'status']) {
    const field = source[key];
    if (typeof field === 'string') fields[key] = scrub(field);
    else if (typeof field === 'number' || typeof field === 'boolean') fields[key] = field;
  }
  if (depth < 4 && source.cause !== undefined) fields.cause = scrubbedCause(source.cause, scrub, depth + 1);
  if (depth < 4 && Array.isArray(source.errors)) fields.errors = source.errors.slice(0, 8).map((item) => scrubbedCause(item, scrub, depth + 1));
  return summary;
}

/** The forms a credential takes on the wire and in logs. */
function encodings(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+'), encodeURI(secret), JSON.stringify(secret).slice(1, -1)];
  const b64 = base64(secret);
  if (b64 !== undefined) forms.push(b64, b64.replace(/=+$/, ''), b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  try {
    forms.push(decodeURIComponent(secret));
  } catch {
    // not percent-encoded: nothing to add
  }
  return forms.filter((form) => form.length >= MIN_SECRET);
}

function unique(values: ReadonlyArray<string | undefined> | undefined): string[] {
  return [...new Set(list<unknown>(values).filter((v): v is string => typeof v === 'string' && v.length >= MIN_SECRET))];
}

/** Every {@link MIN_ECHOED_FRAGMENT}-character window of each secret, for a linear scan. */
function fragmentIndex(secrets: string[]): { windows: Set<string>; secrets: string[] } | undefined {
  if (secrets.length === 0) return undefined;
  const windows = new Set<string>();
  for (const secret of secrets) {
    for (let i = 0; i + MIN_ECHOED_FRAGMENT <= secret.length; i++) windows.add(secret.slice(i, i + MIN_ECHOED_FRAGMENT));
  }
  return { windows, secrets };
}

/** Replaces every maximal run of text that is a piece (≥ the window) of a secret. */
function removeFragments(text: string, index: { windows: Set<string>; secrets: string[] }): string {
  if (text.length < MIN_ECHOED_FRAGMENT) return text;
  let out = '';
  let copied = 0;
  for (let i = 0; i + MIN_ECHOED_FRAGMENT <= text.length; ) {
    if (!index.windows.has(text.slice(i, i + MIN_ECHOED_FRAGMENT))) {
      i++;
      continue;
    }
    let end = i + MIN_ECHOED_FRAGMENT;
    while (end < text.length && index.secrets.some((s) => s.includes(text.slice(i, end + 1)))) end++;
    out += `${text.slice(copied, i)}${REDACTED}`;
    copied = end;
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function base64(value: string): string | undefined {
  if (typeof btoa !== 'function') return undefined;
  let binary = '';
  for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function decodeBasic(blob: string): string | undefined {
  try {
    const binary = atob(blob);
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
