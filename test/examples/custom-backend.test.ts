import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe.skipIf(!existsSync(`${root}dist/tickets.js`))('examples/custom-backend (needs the built package)', () => {
  it('files a ticket into the JSON file, walks it to solved and rated, and refuses on-hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'walletdesk-example-'));
    try {
      const file = join(dir, 'tickets.json');
      const r = spawnSync(process.execPath, ['examples/custom-backend/index.mjs', file], { cwd: root, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('ticket 1 solved, rated good');
      expect(r.stdout).toContain('on hold refused: UNSUPPORTED_CAPABILITY');
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      expect(stored.tickets).toHaveLength(1);
      expect(stored.tickets[0]).toMatchObject({ status: 'solved', category: 'withdrawal', satisfaction: { score: 'good' } });
      expect(stored.comments.map((c: { public: boolean }) => c.public)).toEqual([true, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
