// The custom backend passes the same conformance suite as the built-in ones, imported from the
// built package exactly as a user would. The suite imports no runner: it takes vitest's describe
// and it here; under jest or node:test, pass theirs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { testTicketBackend } from 'walletdesk/tickets/testing';
// @ts-expect-error: the example is plain JavaScript
import { jsonFileBackend } from './json-file-backend.mjs';

const dir = mkdtempSync(join(tmpdir(), 'walletdesk-custom-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

testTicketBackend('json-file (examples/custom-backend)', () => jsonFileBackend({ file: join(dir, `tickets-${++n}.json`) }), {
  describe,
  it,
});
