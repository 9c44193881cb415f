// Issue 13, "CLI": each mistake gets one clear message and the documented exit code (1), as one
// JSON object on stderr under --json, and nothing on stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'walletdesk-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command in text and in JSON mode; both must fail with exit 1 and exactly one message. */
function userError(args: string[]): { text: string; json: { code: string; message: string; field?: string; exitCode: number } } {
  const text = run(...args);
  expect(text.code, text.stderr).toBe(1);
  expect(text.stdout).toBe('');
  const lines = text.stderr.trim().split('\n');
  expect(lines, text.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  const json = run(...args, '--json');
  expect(json.code).toBe(1);
  expect(json.stdout).toBe('');
  const parsed = JSON.parse(json.stderr) as { error: { code: string; message: string; field?: string; exitCode: number } };
  expect(parsed.error.exitCode).toBe(1);
  return { text: lines[0] ?? '', json: parsed.error };
}

describe.skipIf(!existsSync(bin))('walletdesk user errors (built dist/cli.js)', () => {
  it('triage "" is a missing message, not an "other" answer', () => {
    const { json } = userError(['triage', '']);
    expect(json).toMatchObject({ code: 'USAGE', field: '<message>' });
    expect(userError(['triage', '   ']).json.field).toBe('<message>');
  });

  it.each([[''], ['0'], ['yesterday'], ['1700000000']])('--at %j is refused, not read as now or 1970', (value) => {
    const { text, json } = userError(['hours', 'alipay', '--at', value]);
    expect(json.field).toBe('--at');
    expect(text).toContain(`"${value}"`);
    expect(userError(['hours', 'alipay', `--at=${value}`]).json.field).toBe('--at');
  });

  it('--region 123 is refused as a region code, not as "a number"', () => {
    const { json } = userError(['triage', 'my top-up failed', '--region', '123']);
    expect(json.field).toBe('options.region');
    expect(json.message).not.toMatch(/number/);
    expect(json.message).toContain('ISO 3166');
  });

  it('--json with no command is a JSON error; without --json it prints the help', () => {
    const bare = run('--json');
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    const { error } = JSON.parse(bare.stderr) as { error: { field: string; message: string } };
    expect(error.field).toBe('<command>');
    expect(error.message).toContain('triage');
    const help = run();
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
  });

  it('ticket create --subject x is one error about the unknown option', () => {
    const { text } = userError(['ticket', 'create', '--subject', 'x', '--store', join(dir, 't.json')]);
    expect(text).toContain('--subject');
    expect(text).not.toContain('unknown command');
  });

  it('an unknown command lists the commands', () => {
    expect(userError(['frobnicate']).text).toContain('one of triage, contacts');
  });
});
