// A complete ticket service speaking walletdesk's REST protocol, on node:http and the memory
// backend. Starter code for your own service: swap memoryBackend() for your database.
import { createServer } from 'node:http';
import { isConflictError, isInvalidTransitionError, isNotFoundError, isValidationError } from 'walletdesk/errors';
import {
  assertTransition,
  commentInputSchema,
  contactAttemptSchema,
  memoryBackend,
  satisfactionSchema,
  ticketInputSchema,
  ticketPatchSchema,
} from 'walletdesk/tickets';

const MAX_BODY = 1_000_000;

/**
 * Returns a request handler. `token` (optional) is the Bearer token clients must send.
 * @param {{ backend?: import('walletdesk/tickets').TicketBackend, token?: string }} [options]
 */
export function createTicketHandler({ backend = memoryBackend(), token } = {}) {
  const ticketKeys = new Set(); // Idempotency-Keys already used for a create: a replay answers 200, not 201
  const commentKeys = new Map(); // Idempotency-Key → comment, so a retried comment is not posted twice
  const contactKeys = new Map(); // Idempotency-Key → contact event, so a retried log is not stored twice

  async function route(req, url) {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'tickets') return [404, { error: { code: 'NOT_FOUND', message: `No route ${req.method} ${url.pathname}` } }];
    const [, id, sub] = parts;
    const key = req.headers['idempotency-key'];

    if (id === undefined && req.method === 'POST') {
      const input = parse(ticketInputSchema, await readJson(req));
      if (!key) return [201, { ticket: await backend.create(input) }];
      const replay = ticketKeys.has(key);
      const ticket = await backend.create(input, { idempotencyKey: String(key) });
      ticketKeys.add(key);
      return [replay ? 200 : 201, { ticket }];
    }
    if (id === undefined && req.method === 'GET') {
      const q = url.searchParams;
      const page = await backend.list({
        ...(q.get('status') ? { status: q.get('status').split(',') } : {}),
        ...(q.get('updatedSince') ? { updatedSince: new Date(q.get('updatedSince')) } : {}),
        pageSize: Math.min(100, Math.max(1, Number(q.get('limit') ?? 50) || 50)),
        ...(q.get('cursor') ? { cursor: q.get('cursor') } : {}),
      });
      return [200, page];
    }
    if (id !== undefined && sub === undefined && req.method === 'GET') return [200, { ticket: await backend.get(id) }];
    if (id !== undefined && sub === undefined && req.method === 'PATCH') {
      const patch = parse(ticketPatchSchema, await readJson(req));
      if (patch.status !== undefined) assertTransition((await backend.get(id)).status, patch.status, backend.capabilities);
      return [200, { ticket: await backend.update(id, patch) }];
    }
    if (sub === 'comments' && req.method === 'GET') return [200, { comments: await backend.listComments(id) }];
    if (sub === 'comments' && req.method === 'POST') {
      const input = parse(commentInputSchema, await readJson(req));
      if (key && commentKeys.has(key)) return [201, { comment: commentKeys.get(key) }];
      const comment = await backend.addComment(id, input);
      if (key) commentKeys.set(key, comment);
      return [201, { comment }];
    }
    if (sub === 'timeline' && req.method === 'GET') return [200, { timeline: await backend.timeline(id) }];
    if (sub === 'contacts' && req.method === 'POST') {
      const attempt = parse(contactAttemptSchema, await readJson(req));
      if (key && contactKeys.has(key)) return [201, { event: contactKeys.get(key) }];
      const ticket = await backend.get(id);
      if (attempt.at < ticket.createdAt) {
        throw Object.assign(new Error('contact before the ticket'), { issues: [{ path: ['at'], message: 'the contact is dated before the ticket was created', code: 'too_small' }] });
      }
      const event = await backend.logContact(id, attempt);
      if (key) contactKeys.set(key, event);
      return [201, { event }];
    }
    if (sub === 'satisfaction' && req.method === 'POST') {
      return [200, { ticket: await backend.rate(id, parse(satisfactionSchema, await readJson(req))) }];
    }
    return [405, { error: { code: 'METHOD_NOT_ALLOWED', message: `${req.method} not allowed on ${url.pathname}` } }];
  }

  return async function handle(req, res) {
    let status;
    let body;
    try {
      if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) {
        [status, body] = [401, { error: { code: 'UNAUTHORIZED', message: 'Missing or wrong bearer token' } }];
      } else {
        [status, body] = await route(req, new URL(req.url ?? '/', 'http://localhost'));
      }
    } catch (error) {
      [status, body] = toErrorResponse(error);
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
}

/** Starts the service; resolves with the server once it listens. */
export function startTicketServer({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const server = createServer(createTicketHandler(options));
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

function parse(schema, value) {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = new Error('invalid body');
  error.issues = result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code }));
  throw error;
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('body is not JSON'), { issues: [{ path: [], message: 'body is not JSON', code: 'invalid_json' }] });
  }
}

function toErrorResponse(error) {
  if (error?.issues) return [422, { error: { code: 'VALIDATION_ERROR', message: 'Invalid request body', issues: error.issues } }];
  if (isValidationError(error)) return [422, { error: { code: error.code, message: error.message, issues: error.issues } }];
  if (isNotFoundError(error)) return [404, { error: { code: error.code, message: error.message } }];
  if (isConflictError(error) || isInvalidTransitionError(error)) return [409, { error: { code: error.code, message: error.message } }];
  if (error?.status === 413) return [413, { error: { code: 'TOO_LARGE', message: error.message } }];
  return [500, { error: { code: 'INTERNAL', message: 'Internal error' } }];
}
