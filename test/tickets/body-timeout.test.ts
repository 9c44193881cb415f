// ky's timeout ends when the headers arrive. A server that then drips its body, or never ends
// it, must still give a TimeoutError within the backend's timeout, not hold the call forever.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTimeoutError } from '../../src/errors/index.js';
import { restBackend } from '../../src/tickets/index.js';
import { rejection } from '../helpers/rejection.js';

const open: ServerResponse[] = [];
let origin = '';
const server = createServer((_req, res) => {
  // Headers and the first bytes of a ticket, then nothing more.
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"ticket":{"id":"1","subj');
  open.push(res);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('a response body that never ends', () => {
  it('is a TimeoutError naming the limit, with the token kept out of it', async () => {
    const token = 'rest_live_Z8x7C6v5B4n3M2';
    const backend = restBackend({ baseUrl: `${origin}/api`, token, timeoutMs: 400, retry: false });
    const error = await rejection(backend.get('1'));
    expect(isTimeoutError(error)).toBe(true);
    expect(isTimeoutError(error) && error.timeoutMs).toBe(400);
    expect(String(error)).toContain(`${origin}/api/tickets/1`);
    expect(JSON.stringify(error)).not.toContain(token.slice(0, 6));
    expect(open.length).toBeGreaterThan(0);
  });
});
