// walletdesk/sla and walletdesk/insights are for dashboards and work queues: loading them must not
// pull in the classifier's weights (hundreds of KB) or the ticket client's HTTP stack (ky). Checked
// on the built chunks each entry imports, transitively, as Node would load them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');

function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

describe.skipIf(!existsSync(join(dist, 'insights.js')))('entry closures', () => {
  it.each(['sla', 'insights'])('walletdesk/%s loads no classifier model, no ticket backend, no ky', (entry) => {
    for (const format of ['js', 'cjs']) {
      const files = [...closure(join(dist, `${entry}.${format}`))];
      const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(text).not.toMatch(/\/\/ src\/classifier\/model\//);
      expect(text).not.toMatch(/\/\/ src\/tickets\/(client|backends)\//);
      expect(text).not.toMatch(/from ['"]ky['"]|require\(['"]ky['"]\)/);
      // Positive control: the entry's own code is in the closure.
      expect(text).toMatch(new RegExp(`// src/${entry}/`));
    }
  });

  it('the check can see them: walletdesk/tickets does load its backends and ky', () => {
    const text = [...closure(join(dist, 'tickets.js'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).toMatch(/\/\/ src\/tickets\/(client|backends)\//);
    expect(text).toMatch(/from ['"]ky['"]/);
  });
});
