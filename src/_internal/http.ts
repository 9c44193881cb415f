/**
 * The one HTTP path of the ticket backends: ky for the transport, then a retry loop we own so the
 * rules are explicit (stripe-node's RequestSender works the same way):
 *
 * - retried: network failures, timeouts, 408, 409, 425, 429, 500, 502, 503, 504;
 * - a POST/PATCH is retried only when the caller marks it safe (an `Idempotency-Key` the server
 *   honours), so a retry can never make a second ticket;
 * - `Retry-After` (seconds or HTTP date) wins over the backoff; a wait longer than
 *   `maxRetryAfterMs` is not slept through: the `RateLimitError` goes to the caller;
 * - backoff is exponential with full jitter, capped;
 * - error responses go through the one `errorFromResponse` factory with the backend's secrets.
 */
import ky from 'ky';
import { errorFromResponse, HttpError, isHttpError, isTimeoutError, parseRetryAfter, redactUrl, removeKnownSecrets, type ResponseDetails, TimeoutError } from '../errors/index.js';
import { sleep } from './sleep.js';

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
  /** Base URL every relative path is resolved against. */
  baseUrl: string;
  /** Headers sent on every request (auth goes here). */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms (default 10,000). */
  timeoutMs?: number;
  /** Retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /** Credentials to scrub from every error. */
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
}

// 409: a request with the same idempotency key is still in flight (Stripe, Zendesk); 425: too early.
const RETRY_STATUS = new Set([408, 409, 425, 429, 500, 502, 503, 504]);
const retryAfterHints = new WeakMap<object, number>();

/** Builds the client a backend keeps for its lifetime. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const retry = options.retry === false ? { limit: 0 } : (options.retry ?? {});
  const limit = retry.limit ?? 3;
  const baseDelayMs = retry.baseDelayMs ?? 250;
  const maxDelayMs = retry.maxDelayMs ?? 8_000;
  const maxRetryAfterMs = retry.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const secrets = options.secrets ?? [];
  const random = options.random ?? Math.random;
  const client = ky.create({ retry: 0, throwHttpErrors: false, timeout: timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) });

  async function attempt(request: HttpRequest, url: string): Promise<HttpResponse> {
    let response: Response;
    try {
      response = await client(url, {
        method: request.method,
        headers: { accept: 'application/json', ...options.headers, ...request.headers },
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      throw transportError(error, request.method, url, timeoutMs, secrets);
    }
    const text = await response.text().catch(() => '');
    const body = parseBody(text);
    if (response.ok) return { status: response.status, headers: response.headers, body };
    const retryAfter = response.headers.get('retry-after');
    const error = errorFromResponse(response.status, body, { method: request.method, url }, { ...(options.errorDetails?.(body) ?? {}), retryAfter, secrets });
    // 503 may carry Retry-After too (RFC 9110 §10.2.3); remember it for the retry loop.
    const hinted = parseRetryAfter(retryAfter);
    if (hinted !== undefined) retryAfterHints.set(error, hinted);
    throw error;
  }

  return {
    async request(request) {
      const url = buildUrl(base, request.path, request.searchParams);
      const idempotent = request.idempotent ?? (request.method === 'GET' || request.method === 'PUT' || request.method === 'DELETE');
      for (let retries = 0; ; retries++) {
        try {
          return await attempt(request, url);
        } catch (error) {
          if (request.signal?.aborted) throw error;
          if (!idempotent || retries >= limit || !isRetryable(error)) throw error;
          const hinted = retryAfterHints.get(error as object);
          if (hinted !== undefined && hinted > maxRetryAfterMs) throw error;
          const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** retries) * random();
          await sleep(hinted ?? backoff, request.signal);
        }
      }
    },
  };
}

function buildUrl(base: string, path: string, searchParams: HttpRequest['searchParams']): string {
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A network failure or ky timeout, as a walletdesk error with the URL cleaned. */
function transportError(error: unknown, method: string, url: string, timeoutMs: number, secrets: ReadonlyArray<string | undefined>): unknown {
  if (error instanceof Error && error.name === 'AbortError') return error;
  const clean = removeKnownSecrets(redactUrl(url), secrets);
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new TimeoutError(`${method} ${clean} timed out after ${timeoutMs} ms`, { timeoutMs, method, url: clean, cause: error });
  }
  const reason = error instanceof Error ? removeKnownSecrets(error.message, secrets) : 'network error';
  return new HttpError(`${method} ${clean} failed before a response: ${reason}`, { status: 0, method, url: clean }, { cause: error });
}

/** Network failures (status 0), timeouts and the transient statuses. */
function isRetryable(error: unknown): boolean {
  if (isTimeoutError(error)) return true;
  return isHttpError(error) && (error.status === 0 || RETRY_STATUS.has(error.status));
}
