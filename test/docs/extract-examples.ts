// Pulls every ```ts block out of the @example tags in src/, so the doc-test can run them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One code block from an @example tag. */
export interface DocExample {
  /** `src/hours/is-open.ts:12`: where the block starts. */
  id: string;
  file: string;
  line: number;
  code: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Every @example code block under `srcDir`, in file order. */
export function extractExamples(root: string, srcDir = join(root, 'src')): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of walk(srcDir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let inExample = false;
    let block: string[] | undefined;
    let start = 0;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] ?? '';
      const text = raw.replace(/^\s*\*\s?/, '');
      if (/^\s*\*\s*@example\b/.test(raw)) {
        inExample = true;
        continue;
      }
      if (inExample && block === undefined && /^\s*\*\s*@\w+/.test(raw)) inExample = false;
      if (/\*\/\s*$/.test(raw) && block === undefined) inExample = false;
      if (!inExample) continue;
      if (block === undefined && /^```(ts|typescript|js)?\s*$/.test(text.trim())) {
        block = [];
        start = i + 2;
      } else if (block !== undefined && text.trim() === '```') {
        const rel = relative(root, file);
        examples.push({ id: `${rel}:${start}`, file: rel, line: start, code: block.join('\n') });
        block = undefined;
      } else if (block !== undefined) {
        block.push(text);
      }
    }
  }
  return examples;
}

/**
 * Turns `expression; // => value` lines into assertions. `const x = expression; // => value`
 * asserts on `x`. Everything else is left as written.
 */
export function toAssertions(code: string, id: string): string {
  return code
    .split('\n')
    .map((line, index) => {
      const match = /^(\s*)(.*?);?\s*\/\/\s*=>\s*(.+?)\s*$/.exec(line);
      if (!match) return line;
      const [, indent = '', statement = '', expected = ''] = match;
      const where = JSON.stringify(`${id}+${index}`);
      const declaration = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(.+)$/.exec(statement);
      if (declaration) {
        return `${indent}${statement}; await __check(${declaration[1]}, (${expected}), ${where});`;
      }
      return `${indent}await __check((${statement}), (${expected}), ${where});`;
    })
    .join('\n');
}
