// Every function (and class) a public entry exports has TSDoc with an @example; every other
// exported symbol has at least a summary. typedoc's notDocumented check covers summaries too,
// but this names the missing example precisely.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';

const root = resolve(import.meta.dirname, '../..');
const entryFiles = Object.entries(entries).map(([name, file]) => [name, resolve(root, file)] as const);
const program = ts.createProgram(
  entryFiles.map(([, file]) => file),
  { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();

function exportsOf(file: string): ts.Symbol[] {
  const source = program.getSourceFile(file);
  if (!source) return [];
  const moduleSymbol = checker.getSymbolAtLocation(source);
  return moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
}

function resolveAlias(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

const rows: Array<[string, string, boolean, boolean, boolean]> = [];
for (const [entry, file] of entryFiles) {
  for (const exported of exportsOf(file)) {
    const symbol = resolveAlias(exported);
    const isCallable = Boolean(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class));
    const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const declarations = symbol.getDeclarations() ?? [];
    const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
    const hasExample = tags.some((tag) => tag.tagName.text === 'example');
    rows.push([entry, exported.getName(), isCallable, docs.length > 0, hasExample]);
  }
}

describe('TSDoc coverage of the public API', () => {
  it('finds the public symbols', () => {
    expect(rows.length).toBeGreaterThan(20);
  });
  it('every exported symbol has a summary', () => {
    expect(rows.filter(([, , , documented]) => !documented).map(([entry, name]) => `${entry}: ${name}`)).toEqual([]);
  });
  it('every exported function and class has an @example', () => {
    expect(rows.filter(([, , callable, , example]) => callable && !example).map(([entry, name]) => `${entry}: ${name}`)).toEqual([]);
  });
});
