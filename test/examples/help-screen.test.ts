import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe.skipIf(!existsSync(`${root}dist/index.js`))('examples/help-screen (needs the built package: npx tsup)', () => {
  it('prints a screen per request: urgent contact for a stolen account, self-help for an email change, danger for a scam', () => {
    const r = spawnSync(process.execPath, ['examples/help-screen/index.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, WALLETDESK_NOW: '2026-11-24T02:00:00Z' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const screens = r.stdout
      .split(/\n(?=\{)/)
      .map((s) => JSON.parse(s) as { message: string; screen: { banner: { tone: string } | null; primaryAction: { kind: string; channel: string | null } } });
    expect(screens).toHaveLength(3);
    const [stolen, email, scam] = screens.map((s) => s.screen);
    expect(stolen?.banner?.tone).toBe('urgent');
    expect(stolen?.primaryAction).toEqual({ kind: 'contact', channel: '95188' });
    expect(email?.banner).toBeNull();
    expect(email?.primaryAction.kind).toBe('self-help');
    expect(scam?.banner?.tone).toBe('danger');
    expect(scam?.primaryAction.kind).toBe('contact');
  });
});
