// Shared by the case-file tests: one shape for a labelled verifyContact case, one loader, one runner.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ContactKind, verifyContact } from '../../src/channels/index.js';

/** One labelled case from a `fixtures/*.jsonl` file. */
export interface VerifyCase {
  input: string;
  expected: 'official' | 'suspicious' | 'unknown';
  why: string;
  group?: string;
  wallet?: string;
  kind?: ContactKind;
  region?: string;
  /** For phone numbers: `inbound` for a call the user received, `outbound` for a number to dial. */
  direction?: 'inbound' | 'outbound';
  /** Reason codes that must be among the evidence. */
  codes?: string[];
}

/** Reads `test/channels/fixtures/<name>` (one JSON case per line). */
export function loadCases(name: string): VerifyCase[] {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as VerifyCase);
}

/** Runs verifyContact with the case's options. */
export function runCase(c: VerifyCase) {
  return verifyContact(c.input, {
    ...(c.wallet ? { wallet: c.wallet } : {}),
    ...(c.kind ? { kind: c.kind } : {}),
    ...(c.region ? { region: c.region } : {}),
    ...(c.direction ? { direction: c.direction } : {}),
  });
}

/** Pass counts per `group`, printed as a table (the figures the case-file headers record). */
export function passByGroup(cases: readonly VerifyCase[], title: string): Map<string, { pass: number; total: number }> {
  const groups = new Map<string, { pass: number; total: number }>();
  for (const c of cases) {
    const g = groups.get(c.group ?? '') ?? { pass: 0, total: 0 };
    g.total++;
    if (runCase(c).verdict === c.expected) g.pass++;
    groups.set(c.group ?? '', g);
  }
  const pass = [...groups.values()].reduce((n, g) => n + g.pass, 0);
  console.log(`${title}: ${pass}/${cases.length}\n${[...groups].map(([name, g]) => `${name.padEnd(15)} ${g.pass}/${g.total}`).join('\n')}`);
  return groups;
}
