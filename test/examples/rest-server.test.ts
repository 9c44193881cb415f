import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isHttpError } from '../../src/errors/index.js';
import { createTicketClient, restBackend } from '../../src/tickets/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

describe.skipIf(!existsSync(`${root}dist/tickets.js`))('examples/rest-server (needs the built package)', () => {
  it('runs as a process, requires its token, and serves a ticket round trip', async () => {
    child = spawn(process.execPath, ['examples/rest-server/index.mjs'], { cwd: root, env: { ...process.env, PORT: '0', TICKETS_TOKEN: 'dev-secret' } });
    const banner = await new Promise<string>((resolve, reject) => {
      child?.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString()));
      child?.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const baseUrl = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(banner)?.[1];
    expect(banner).toContain('bearer token required');
    if (!baseUrl) throw new Error(`no URL in ${banner}`);

    const client = createTicketClient({ backend: restBackend({ baseUrl, token: 'dev-secret' }) });
    const ticket = await client.create({ subject: 'Top-up failed', description: 'Card charged, balance unchanged', category: 'top_up' });
    await client.requestInfo(ticket.id, 'Send the card statement line, please.');
    expect((await client.get(ticket.id)).status).toBe('pending');

    const stranger = createTicketClient({ backend: restBackend({ baseUrl, token: 'wrong', retry: false }) });
    const error = await stranger.get(ticket.id).catch((e: unknown) => e);
    expect(isHttpError(error) && error.status).toBe(401);
  });
});
