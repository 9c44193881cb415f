// The conformance suite as a backend author outside vitest gets it: a CommonJS file that
// require()s the BUILT walletdesk/tickets/testing and runs it under `node --test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/tickets/index.js';
import { ticketBackendCases } from '../../src/tickets/testing/index.js';

// How many cases the suite has (it grows as groups are added, e.g. timelines).
const caseCount = ticketBackendCases(() => memoryBackend()).length;
const root = resolve(import.meta.dirname, '../..');
// Inside the package root, so `require('walletdesk/…')` resolves through package.json#exports.
const workDir = join(root, '.cache', 'conformance-runners');
mkdirSync(workDir, { recursive: true });
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function nodeTest(name: string, source: string): { status: number | null; output: string } {
  const file = join(workDir, name);
  writeFileSync(file, source);
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('walletdesk/tickets/testing under node:test', () => {
  it('a CommonJS test file runs testTicketBackend on memoryBackend with node:test: every case passes', () => {
    const { status, output } = nodeTest(
      'memory.test.cjs',
      `const { describe, it } = require('node:test');
const { memoryBackend } = require('walletdesk/tickets');
const { testTicketBackend, ticketBackendCases } = require('walletdesk/tickets/testing');
testTicketBackend('memory', () => memoryBackend(), { describe, it });
it('the cases also run in a plain loop', async () => { for (const c of ticketBackendCases(() => memoryBackend())) await c.run(); });
`,
    );
    expect(output).toMatch(/# fail 0/);
    expect(status).toBe(0);
    // Every case inside the describe, plus the loop test.
    expect(output).toMatch(new RegExp(`# pass ${caseCount + 1}\\b`));
    expect(output).toContain('ok 1 - declares a name and every capability as a boolean');
  });

  it('a backend that ignores updates fails under node:test, with the message saying what was wrong', () => {
    const { status, output } = nodeTest(
      'forgetful.test.cjs',
      `const { describe, it } = require('node:test');
const { memoryBackend } = require('walletdesk/tickets');
const { testTicketBackend } = require('walletdesk/tickets/testing');
testTicketBackend('forgetful', () => { const inner = memoryBackend(); return { ...inner, update: (id) => inner.get(id) }; }, { describe, it });
`,
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/# fail [1-9]/);
    expect(output).toContain(`error: 'update().priority: expected "urgent", got "high"'`);
  });

  it('an ES module test file imports it the same way', () => {
    const { status, output } = nodeTest(
      'memory.test.mjs',
      `import { describe, it } from 'node:test';
import { memoryBackend } from 'walletdesk/tickets';
import { testTicketBackend } from 'walletdesk/tickets/testing';
testTicketBackend('memory', () => memoryBackend({ capabilities: { onHold: false } }), { describe, it });
`,
    );
    expect(output).toMatch(new RegExp(`# pass ${caseCount}\\b`));
    expect(status).toBe(0);
  });
});
