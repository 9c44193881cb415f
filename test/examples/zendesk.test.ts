// examples/zendesk against the msw model of the Zendesk Support API v2 (test/mocks/zendesk-model.ts,
// built from https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/). No network:
// unhandled requests fail the test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZendeskModel } from '../mocks/zendesk-model.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/tickets/zendesk.js`);
const env = { ZENDESK_SUBDOMAIN: 'walletdesk-example', ZENDESK_EMAIL: 'agent@example.com', ZENDESK_API_TOKEN: 'example-SECRET-token' };

describe.skipIf(!built)('examples/zendesk (needs the built package: npx tsup)', () => {
  const model = createZendeskModel({ subdomain: env.ZENDESK_SUBDOMAIN, email: env.ZENDESK_EMAIL, apiToken: env.ZENDESK_API_TOKEN });
  const server = setupServer(...model.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('files the scam report as a ticket with walletdesk tags and an internal scam note', async () => {
    // @ts-expect-error: the example is plain JavaScript
    const { main } = await import('../../examples/zendesk/index.mjs');
    const lines: string[] = [];
    const code = await main({ env, log: (line: string) => lines.push(line) });
    expect(code).toBe(0);
    expect(model.tickets.size).toBe(1);
    const [stored] = [...model.tickets.values()];
    expect(stored?.tags).toEqual(expect.arrayContaining(['alipay', 'walletdesk_channel_in_app']));
    expect(stored?.tags.some((t) => t.startsWith('walletdesk_category_'))).toBe(true);
    const notes = (model.comments.get(stored?.id ?? 0) ?? []).filter((c) => !c.public);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toContain('walletdesk scam check');
    expect(lines.join('\n')).toContain(`zendesk ticket #${stored?.id}`);
    expect(lines.join('\n')).toContain('safety suspicious');
    expect(lines.join('\n')).not.toContain(env.ZENDESK_API_TOKEN);
  });

  it('prints a safe error (no token) when Zendesk refuses the credentials', async () => {
    // @ts-expect-error: the example is plain JavaScript
    const { main } = await import('../../examples/zendesk/index.mjs');
    const lines: string[] = [];
    const code = await main({ env: { ...env, ZENDESK_API_TOKEN: 'wrong-SECRET-token' }, log: (line: string) => lines.push(line), message: 'My top-up failed', wallet: 'paypal' });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/Zendesk said no: .*authenticate/);
    expect(lines.join('\n')).not.toContain('wrong-SECRET-token');
  });

  it('runs against the msw model when no credentials are set (with a TypeScript loader)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/zendesk/index.mjs', 'My top-up failed but the card was charged', 'paypal'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('filing against the msw model');
    expect(r.stdout).toMatch(/zendesk ticket #1: .*\[(normal|high), new\]/);
    expect(r.stdout).toContain('category top_up');
  });

  it('sends nothing and explains itself when no credentials are set and it cannot load the model', () => {
    const r = spawnSync(process.execPath, ['examples/zendesk/index.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN');
    expect(r.stdout).toContain('Nothing was sent');
    expect(r.stdout).toContain('npx tsx examples/zendesk/index.mjs');
  });
});
