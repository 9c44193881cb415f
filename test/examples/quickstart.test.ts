import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/index.js`);

describe.skipIf(!built)('examples/quickstart (needs the built package: npx tsup)', () => {
  it('triages zh and en requests and warns about the fake support call only', () => {
    const r = spawnSync(process.execPath, ['examples/quickstart/index.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WALLETDESK_NOW: '2026-11-24T02:00:00Z' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const blocks = r.stdout.split(/^─+$/m).filter((b) => b.includes('»'));
    expect(blocks).toHaveLength(5);
    const scam = blocks.find((b) => b.includes('400-123-4567'));
    expect(scam).toMatch(/WARNING.*安全账户/);
    expect(scam).toContain('contact    phone 95188');
    expect(blocks.filter((b) => b.includes('WARNING'))).toHaveLength(1);
    expect(r.stdout).toContain('locale zh');
    expect(r.stdout).toContain('locale en');
  });

  it('files every request as a ticket and walks the refund one through open → pending → solved → rated', () => {
    const r = spawnSync(process.execPath, ['examples/quickstart/index.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WALLETDESK_NOW: '2026-11-24T02:00:00Z' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout.match(/ticket {5}#\d+ /g)).toHaveLength(5);
    expect(r.stdout).toMatch(/#2 \[account_compromise\].*\[urgent, new\]/);
    const walk = r.stdout.slice(r.stdout.indexOf('(refund_dispute)'));
    expect(walk.match(/→ \w+ +status \w+/g)).toEqual(['→ open     status open', '→ pending  status pending', '→ open     status open', '→ solved   status solved', '→ rated    status solved']);
    expect(walk).toContain('satisfaction good');
    expect(walk).toContain('2 public replies');
    expect(r.stdout).toContain('5 tickets filed: 4 new, 1 solved');
    // The card number appears once, in the echo of the user's message, never in a ticket line.
    expect(r.stdout.split('4111 1111 1111 1111')).toHaveLength(2);
  });
});
