// Enforces the import rules of ARCHITECTURE.md over the TypeScript sources of src/ and rules/.
// Every import (static, re-export, dynamic `import('…')` with a literal) is resolved to a
// repository path; each rule below forbids a family of edges. A violation prints as
// `file → imported file  (rule)`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fg from 'fast-glob';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

interface Rule {
  name: string;
  from: RegExp;
  forbidden: RegExp;
}

const RULES: Rule[] = [
  { name: 'rules/ import only the kit', from: /^rules\//, forbidden: /^src\/(?!kit\/)/ },
  {
    name: 'engine does not import score, format, commands, cli',
    from: /^src\/engine\//,
    forbidden: /^src\/(score|format|commands)\/|^src\/cli\.ts$/,
  },
  {
    name: 'load, model, parse do not import engine, score, format, commands',
    from: /^src\/(load|model|parse)\//,
    forbidden: /^src\/(engine|score|format|commands)\/|^src\/cli\.ts$/,
  },
  {
    name: "format does not import the engine's registry",
    from: /^src\/format\//,
    forbidden: /^src\/engine\/registry\.ts$/,
  },
  { name: 'config does not import commands', from: /^src\/config\//, forbidden: /^src\/commands\/|^src\/cli\.ts$/ },
  { name: 'only the CLI imports commands', from: /^src\/(?!cli\.ts$|commands\/)/, forbidden: /^src\/commands\// },
  { name: 'nothing imports the CLI entry', from: /^(src|rules)\//, forbidden: /^src\/cli\.ts$/ },
];

// Edges that still break a rule; empty now. A fixed edge must leave the list (the second test fails).
const KNOWN: string[] = [];

/** Module specifiers imported by one source file (static, type-only, re-exports, literal dynamic imports). */
function specifiers(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The repository path a relative specifier points at (`.js` written for `.ts`), or null for packages. */
function resolveImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(ROOT, join(ROOT, dirname(file), spec))
    .split('\\')
    .join('/');
  return target.replace(/\.js$/, '.ts');
}

function violations(): string[] {
  const files = fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT });
  const out: string[] = [];
  for (const file of files.sort()) {
    for (const spec of specifiers(file)) {
      const target = resolveImport(file, spec);
      if (target === null) continue;
      for (const rule of RULES) {
        if (rule.from.test(file) && rule.forbidden.test(target)) out.push(`${file} → ${target}  (${rule.name})`);
      }
    }
  }
  return [...new Set(out)];
}

describe('import direction (ARCHITECTURE.md)', () => {
  const found = violations();

  it('has no violation beyond the known list', () => {
    const fresh = found.filter((v) => !KNOWN.includes(v));
    if (fresh.length) console.log(`New import-direction violations:\n${fresh.join('\n')}`);
    expect(fresh).toEqual([]);
  });

  it('the known list holds only edges that still exist', () => {
    const fixed = KNOWN.filter((v) => !found.includes(v));
    if (fixed.length) console.log(`Fixed — remove from KNOWN:\n${fixed.join('\n')}`);
    expect(fixed).toEqual([]);
  });

  it('resolves imports: the rules and the CLI are seen importing something', () => {
    expect(specifiers('src/cli.ts').some((s) => s.includes('commands/'))).toBe(true);
    expect(resolveImport('rules/x.ts', '../src/kit/index.js')).toBe('src/kit/index.ts');
  });
});
