// The import rule of docs/architecture.md, read from the source import graph: a module reaches
// another module only through its public index (src/<module>/index.ts), the shared vocabulary
// (src/taxonomy) or src/_internal; the vocabulary and the error tree import nothing outside
// themselves; the CLI and the root entry import only public entries.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every specifier a file imports or re-exports (static, type-only and dynamic), comments excluded. */
function specifiersOf(file: string): string[] {
  // Comments go first: TSDoc examples say `import … from 'walletdesk/errors'` too.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [
    ...text.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
}

/** The relative imports of a file, resolved to src-relative `.ts` paths. */
function importsOf(file: string): string[] {
  return specifiersOf(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(src, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

/** The packages a file imports (bare specifiers, `node:` built-ins included). */
function packagesOf(file: string): string[] {
  return specifiersOf(file).filter((s) => !s.startsWith('.'));
}

/** The top-level module a src-relative path belongs to (`'channels'`, `'_internal'`, `''` for src/index.ts). */
const moduleOf = (path: string): string => (path.includes('/') ? (path.split('/')[0] as string) : '');

/** Public entry files (src-relative), from tsup's entry list. */
const publicEntries = new Set(Object.values(entries).map((p) => relative(src, join(root, p))));
const isPublicIndex = (path: string): boolean => /^[a-z]+\/index\.ts$/.test(path) && publicEntries.has(path);

const graph = sourceFiles(src).map((file) => ({ from: relative(src, file), to: importsOf(file), packages: packagesOf(file) }));

/** Why an import breaks the rule, or undefined when it is allowed. */
function violation(from: string, to: string): string | undefined {
  const a = moduleOf(from);
  const b = moduleOf(to);
  if (a === 'taxonomy') return b === 'taxonomy' ? undefined : 'the shared vocabulary imports nothing';
  if (a === 'errors') return b === 'errors' ? undefined : 'errors/ imports nothing outside itself';
  if (a === 'cli') return b === 'cli' || publicEntries.has(to) ? undefined : 'the CLI imports only public entries';
  if (a === '') return publicEntries.has(to) ? undefined : 'the root entry re-exports public entries only';
  if (a === b) return undefined;
  if (b === 'taxonomy' || b === '_internal') return to === 'taxonomy/index.ts' || b === '_internal' ? undefined : 'use src/taxonomy/index.ts';
  return isPublicIndex(to) ? undefined : `reach ${b}/ through ${b}/index.ts`;
}

describe('import rule (docs/architecture.md)', () => {
  it('reads a real graph', () => {
    expect(graph.length).toBeGreaterThan(50);
    expect(graph.find((f) => f.from === 'triage/triage.ts')?.to).toContain('classifier/index.ts');
  });

  it('flags the edges the rule forbids (so a pass means something)', () => {
    expect(violation('cli/commands/verify.ts', 'channels/verify-contact.ts')).toBeDefined();
    expect(violation('triage/triage.ts', 'classifier/classifier.ts')).toBeDefined();
    expect(violation('errors/http-context.ts', '_internal/validate.ts')).toBeDefined();
    expect(violation('taxonomy/index.ts', 'errors/index.ts')).toBeDefined();
    expect(violation('channels/find-channels.ts', 'taxonomy/categories.ts')).toBeDefined();
    expect(violation('triage/triage.ts', 'classifier/index.ts')).toBeUndefined();
    expect(violation('hours/schedule.ts', '_internal/validate.ts')).toBeUndefined();
  });

  it('every module reaches another only through its public index, the vocabulary or _internal', () => {
    const broken = graph.flatMap(({ from, to }) => to.flatMap((t) => {
      const why = violation(from, t);
      return why ? [`${from} → ${t}: ${why}`] : [];
    }));
    expect(broken).toEqual([]);
  });

  it('the error tree imports no package at all, and the vocabulary none but zod', () => {
    const strays = graph.flatMap(({ from, packages }) => {
      const allowed = moduleOf(from) === 'errors' ? [] : moduleOf(from) === 'taxonomy' ? ['zod'] : undefined;
      return allowed === undefined ? [] : packages.filter((p) => !allowed.includes(p)).map((p) => `${from} → ${p}`);
    });
    expect(strays).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of graph) {
      for (const t of to) {
        const a = moduleOf(from);
        const b = moduleOf(t);
        if (a !== b && a !== '') edges.set(a, (edges.get(a) ?? new Set()).add(b));
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]): void => {
      if (path.includes(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
