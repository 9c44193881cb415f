/**
 * The one HTTP path of the ticket backends. ky does the transport, the per-attempt `timeout` and
 * the retry loop (its `retry` option: limit, methods, status codes, `Retry-After`, backoff with
 * jitter); this file only states the rules, which are stricter than ky's defaults (stripe-node's
 * RequestSender keeps the same ones):
 *
 * - retried: network failures, timeouts, 408, 409, 425, 429, 500, 502, 503, 504;
 * - a POST/PATCH is retried only when the caller marks it safe (an `Idempotency-Key` the server
 *   honours), so a retry can never make a second ticket;
 * - `Retry-After` (seconds or HTTP date) wins over the backoff, on every retried status; a wait
 *   longer than `maxRetryAfterMs` is not slept through: the `RateLimitError` goes to the caller
 *   (ky's own `maxRetryAfter` would wait the maximum instead, so `shouldRetry` stops it);
 * - backoff is exponential with full jitter, capped: `random() × min(maxDelayMs, base × 2ⁿ)`;
 * - error responses go through the one `errorFromResponse` factory, and every error is scrubbed
 *   of every credential the client knows (see {@link knownCredentials}); raw ky, undici, Request
 *   and Response objects never reach the caller, not even as `cause`.
 *
 * ky retry options: https://github.com/sindresorhus/ky#retry (ky 1.14, checked 2026-12-02).
 */
import ky, { isHTTPError, isTimeoutError as isKyTimeout } from 'ky';
import { errorFromResponse, errorFromTransport, knownCredentials, parseRetryAfter, type ResponseDetails, type SecretScrubber, secretScrubber } from '../errors/index.js';
import { basicAuth } from './basic-auth.js';

/** How a backend retries. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 turns retries off). */
  limit?: number | undefined;
  /** First backoff in ms (default 250); doubles each retry. */
  baseDelayMs?: number | undefined;
  /** Largest backoff in ms (default 8,000). */
  maxDelayMs?: number | undefined;
  /** Longest `Retry-After` to wait for in ms (default 60,000); longer ones are thrown to the caller. */
  maxRetryAfterMs?: number | undefined;
}

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /**
   * Base URL every relative path is resolved against. User-info in it (`https://user:token@host/`)
   * is sent as HTTP Basic auth (unless `headers` set `authorization`) and never in the URL.
   */
  baseUrl: string;
  /** Headers sent on every request (auth goes here). */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms, for the headers and again for the body (default 10,000). */
  timeoutMs?: number;
  /** Retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /** Credentials to scrub from every error, beside those read from `baseUrl` and `headers`. */
  secrets?: ReadonlyArray<string | undefined>;
  /** Reads a vendor's error body into a message and field issues. */
  errorDetails?: (body: unknown) => Pick<ResponseDetails, 'message' | 'issues'>;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /** Source of randomness for jitter (tests pass a fixed one). */
  random?: () => number;
}

/** One request. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to `baseUrl` (no leading slash needed), or absolute (pagination links). */
  path: string;
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Safe to send twice (default: GET/PUT/DELETE yes, POST/PATCH no). */
  idempotent?: boolean;
}

/** A successful response, body parsed (JSON when it parses, else text; `undefined` when empty). */
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** What the backends call. */
export interface HttpClient {
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Removes every credential this client knows from a text (for errors made after a response). */
  readonly scrub: SecretScrubber;
}

// 409: a request with the same idempotency key is still in flight (Stripe, Zendesk); 425: too early.
const RETRY_STATUS = [408, 409, 425, 429, 500, 502, 503, 504];

/** Builds the client a backend keeps for its lifetime. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { baseUrl, headers } = credentialsOutOfUrl(options.baseUrl, options.headers ?? {});
  const base = withTrailingSlash(baseUrl);
  // Read from what the user gave (user-info included), so every form of every credential is known.
  const known = knownCredentials({ url: options.baseUrl, headers }, { secrets: options.secrets ?? [] });
  const policy = options.retry === false ? { limit: 0 } : (options.retry ?? {});
  const limit = policy.limit ?? 3;
  const baseDelayMs = policy.baseDelayMs ?? 250;
  const maxDelayMs = policy.maxDelayMs ?? 8_000;
  const maxRetryAfterMs = policy.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const random = options.random ?? Math.random;

  return {
    scrub: secretScrubber(known),
    async request(request) {
      const url = buildUrl(base, request.path, request.searchParams);
      const idempotent = request.idempotent ?? (request.method === 'GET' || request.method === 'PUT' || request.method === 'DELETE');
      let response: Response;
      try {
        response = await ky(url, {
          method: request.method,
          headers: { accept: 'application/json', ...headers, ...request.headers },
          ...(request.json !== undefined ? { json: request.json } : {}),
          ...(request.signal ? { signal: request.signal } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
          timeout: timeoutMs,
          throwHttpErrors: true,
          retry: {
            limit,
            // A POST/PATCH joins the retriable methods only when the caller vouched for it.
            methods: idempotent ? [request.method.toLowerCase() as Lowercase<HttpRequest['method']>] : [],
            statusCodes: RETRY_STATUS,
            afterStatusCodes: RETRY_STATUS,
            maxRetryAfter: maxRetryAfterMs,
            delay: (attempt) => Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)),
            backoffLimit: maxDelayMs,
            jitter: (delay) => delay * random(),
            retryOnTimeout: true,
            shouldRetry: ({ error }) => shouldRetry(error, request.signal, maxRetryAfterMs),
          },
          hooks: { beforeRetry: [({ error }) => discardBody(error)] },
        });
      } catch (error) {
        throw await toWalletdeskError(error, request, url, { timeoutMs, known, errorDetails: options.errorDetails });
      }
      let text: string;
      try {
        text = await readBody(response, timeoutMs);
      } catch (error) {
        throw errorFromTransport(error, { method: request.method, url }, { timeoutMs, ...known });
      }
      return { status: response.status, headers: response.headers, body: parseBody(text) };
    },
  };
}

/**
 * User-info leaves the URL (fetch refuses it, and its refusal message printed the token) and
 * becomes a `Basic` header, unless the caller set `authorization` themselves.
 */
function credentialsOutOfUrl(baseUrl: string, headers: Record<string, string>): { baseUrl: string; headers: Record<string, string> } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { baseUrl, headers };
  }
  if (url.username === '' && url.password === '') return { baseUrl, headers };
  const out = { ...headers };
  if (!Object.keys(out).some((name) => name.toLowerCase() === 'authorization')) out.authorization = basicAuth(safeDecode(url.username), safeDecode(url.password));
  url.username = '';
  url.password = '';
  return { baseUrl: url.toString(), headers: out };
}

/** ky's retry decision, narrowed to the rules in the file header. */
function shouldRetry(error: Error, signal: AbortSignal | undefined, maxRetryAfterMs: number): boolean | undefined {
  if (signal?.aborted || error.name === 'AbortError') return false;
  if (isKyTimeout(error)) return true;
  if (!isHTTPError(error)) return true; // a network failure: nothing was answered
  if (!RETRY_STATUS.includes(error.response.status)) return false;
  const retryAfterMs = parseRetryAfter(error.response.headers.get('retry-after'));
  // No readable Retry-After: our backoff (ky would otherwise read RateLimit-Reset and kin).
  if (retryAfterMs === undefined) return true;
  if (retryAfterMs > maxRetryAfterMs) return false;
  return undefined; // ky waits the Retry-After it reads from the same header
}

/** A response that will be retried is never read; release its connection now. */
function discardBody(error: Error): void {
  if (isHTTPError(error)) void error.response.body?.cancel().catch(() => undefined);
}

interface ErrorContext {
  timeoutMs: number;
  known: { secrets: string[]; identifiers: string[] };
  errorDetails: HttpClientOptions['errorDetails'];
}

/**
 * ky's timeout ends when the headers arrive; the body gets the same limit, so a server that sends
 * headers and then drips (or never ends) its body cannot hold a call forever.
 */
async function readBody(response: Response, timeoutMs: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void response.body?.cancel().catch(() => undefined);
      const error = new Error(`the response body did not arrive within ${timeoutMs} ms`);
      error.name = 'TimeoutError';
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([response.text(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** What ky gave up with, as a walletdesk error holding nothing the client must not show. */
async function toWalletdeskError(error: unknown, request: HttpRequest, url: string, context: ErrorContext): Promise<unknown> {
  // The caller's own abort: theirs to recognise, unchanged.
  if (request.signal?.aborted && error === request.signal.reason) return error;
  if (!isHTTPError(error)) return errorFromTransport(error, { method: request.method, url }, { timeoutMs: context.timeoutMs, ...context.known });
  const { response } = error;
  const body = parseBody(await readBody(response, context.timeoutMs).catch(() => ''));
  return errorFromResponse(
    response.status,
    body,
    { method: request.method, url },
    { ...(context.errorDetails?.(body) ?? {}), retryAfter: response.headers.get('retry-after'), ...context.known },
  );
}

/**
 * `path` against the base, keeping the base's own query (`?access_token=` in `baseUrl` would
 * otherwise be dropped by URL resolution) on requests to the same origin only, so a credential
 * never follows a pagination link elsewhere.
 */
function buildUrl(base: string, path: string, searchParams: HttpRequest['searchParams']): string {
  const baseUrl = new URL(base);
  const url = new URL(path.replace(/^\//, ''), baseUrl);
  if (url.origin === baseUrl.origin) {
    for (const [key, value] of baseUrl.searchParams) if (!url.searchParams.has(key)) url.searchParams.append(key, value);
  }
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** `https://host/api?x` → `https://host/api/?x`: paths resolve under the base path, not beside it. */
function withTrailingSlash(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
    return url.toString();
  } catch {
    return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
