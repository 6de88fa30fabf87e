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
  { name: 'engine does not import score, format, commands, cli', from: /^src\/engine\//, forbidden: /^src\/(score|format|commands)\/|^src\/cli\.ts$/ },
  {
    name: 'load, model, parse do not import engine, score, format, commands',
    from: /^src\/(load|model|parse)\//,
    forbidden: /^src\/(engine|score|format|commands)\/|^src\/cli\.ts$/,
  },
  { name: "format does not import the engine's registry", from: /^src\/format\//, forbidden: /^src\/engine\/registry\.ts$/ },
  { name: 'config does not import commands', from: /^src\/config\//, forbidden: /^src\/commands\/|^src\/cli\.ts$/ },
  { name: 'only the CLI imports commands', from: /^src\/(?!cli\.ts$|commands\/)/, forbidden: /^src\/commands\// },
  { name: 'nothing imports the CLI entry', from: /^(src|rules)\//, forbidden: /^src\/cli\.ts$/ },
];

// Edges main still had when this test was written. The code is being moved to satisfy the rules;
// the lead empties this list after merging, so whatever remains here is exactly what is left to do.
const KNOWN: string[] = [
  'rules/blank-form.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/blank-form.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/blank-form.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/blank-form.ts → src/model/file-ref.ts  (rules/ import only the kit)',
  'rules/blank-form.ts → src/model/forms.ts  (rules/ import only the kit)',
  'rules/consultation-phone.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/consultation-phone.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/consultation-phone.ts → src/parse/phone.ts  (rules/ import only the kit)',
  'rules/depth-visits.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/depth-visits.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/depth-visits.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/depth-visits.ts → src/model/channels.ts  (rules/ import only the kit)',
  'rules/enum-values.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/enum-values.ts → src/model/walk.ts  (rules/ import only the kit)',
  'rules/enum-values.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/enum-values.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/enum-values.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/fee-consistency.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/fee-consistency.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/fee-consistency.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/fee-consistency.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/fee-consistency.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/engine/validate.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/model/elements.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/guide-schema.ts → src/model/types.ts  (rules/ import only the kit)',
  'rules/implementing-body.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/implementing-body.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/implementing-body.ts → src/model/organ.ts  (rules/ import only the kit)',
  'rules/implementing-body.ts → src/model/codes.ts  (rules/ import only the kit)',
  'rules/index.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/intermediary-material.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/intermediary-material.ts → src/model/forms.ts  (rules/ import only the kit)',
  'rules/intermediary-material.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/intermediary-material.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/intermediary-services.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/intermediary-services.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/item-code-length.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/item-code-length.ts → src/model/codes.ts  (rules/ import only the kit)',
  'rules/item-code.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/item-code.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/item-code.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/item-code.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/item-code.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/item-code.ts → src/model/codes.ts  (rules/ import only the kit)',
  'rules/legal-basis.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/legal-basis.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/legal-basis.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/legal-basis.ts → src/parse/numbers.ts  (rules/ import only the kit)',
  'rules/legal-basis.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/legal-basis.ts → src/model/types.ts  (rules/ import only the kit)',
  'rules/license-faq.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/license-faq.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/license-faq.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/license-faq.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/license-stages.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/license-stages.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/license-stages.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/license-stages.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/license-time-limit.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/license-time-limit.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/license-time-limit.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/license-time-limit.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/license-time-limit.ts → src/model/time.ts  (rules/ import only the kit)',
  'rules/license-time-limit.ts → src/parse/time-limit.ts  (rules/ import only the kit)',
  'rules/material-copies.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/material-copies.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/material-copies.ts → src/parse/numbers.ts  (rules/ import only the kit)',
  'rules/material-copies.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/material-copies.ts → src/model/channels.ts  (rules/ import only the kit)',
  'rules/material-copies.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/material-source.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/material-source.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/material-source.ts → src/model/forms.ts  (rules/ import only the kit)',
  'rules/material-source.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/material-source.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/material-type-counts.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/material-type-counts.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/material-type-counts.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/office-hours-holidays.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/office-hours-holidays.ts → src/parse/office-hours.ts  (rules/ import only the kit)',
  'rules/office-hours.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/office-hours.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/office-hours.ts → src/parse/office-hours.ts  (rules/ import only the kit)',
  'rules/onsite-reason.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/onsite-reason.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/onsite-reason.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/onsite-reason.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/onsite-reason.ts → src/model/channels.ts  (rules/ import only the kit)',
  'rules/onsite-visits.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/onsite-visits.ts → src/model/channels.ts  (rules/ import only the kit)',
  'rules/onsite-visits.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/phone-distinct.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/phone-distinct.ts → src/parse/phone.ts  (rules/ import only the kit)',
  'rules/place-address.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/place-address.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/place-address.ts → src/parse/address.ts  (rules/ import only the kit)',
  'rules/place-address.ts → src/model/types.ts  (rules/ import only the kit)',
  'rules/process-steps.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/process-steps.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/process-steps.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/process-steps.ts → src/model/time.ts  (rules/ import only the kit)',
  'rules/process-steps.ts → src/model/types.ts  (rules/ import only the kit)',
  'rules/promised-time-limit.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/promised-time-limit.ts → src/model/time.ts  (rules/ import only the kit)',
  'rules/result-sample.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/result-sample.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/result-sample.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/result-sample.ts → src/model/placeholder.ts  (rules/ import only the kit)',
  'rules/result-sample.ts → src/model/file-ref.ts  (rules/ import only the kit)',
  'rules/result-type.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/result-type.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/result-type.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/result-type.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/sample-form.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/sample-form.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/sample-form.ts → src/model/file-ref.ts  (rules/ import only the kit)',
  'rules/sample-form.ts → src/model/forms.ts  (rules/ import only the kit)',
  'rules/service-object.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/service-object.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/service-object.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/service-object.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/situation-materials.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/situation-materials.ts → src/parse/text.ts  (rules/ import only the kit)',
  'rules/situation-materials.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/situation-materials.ts → src/model/similar.ts  (rules/ import only the kit)',
  'rules/situation-materials.ts → src/model/types.ts  (rules/ import only the kit)',
  'rules/special-procedures.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/special-procedures.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/special-procedures.ts → src/model/normalize.ts  (rules/ import only the kit)',
  'rules/special-procedures.ts → src/parse/time-limit.ts  (rules/ import only the kit)',
  'rules/statutory-time-limit.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/statutory-time-limit.ts → src/model/time.ts  (rules/ import only the kit)',
  'rules/step-time-total.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/step-time-total.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/step-time-total.ts → src/model/time.ts  (rules/ import only the kit)',
  'rules/step-time-total.ts → src/parse/time-limit.ts  (rules/ import only the kit)',
  'rules/text-normalization.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/text-normalization.ts → src/model/walk.ts  (rules/ import only the kit)',
  'rules/text-normalization.ts → src/model/elements.ts  (rules/ import only the kit)',
  'rules/time-limit-consistency.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/time-limit-consistency.ts → src/model/guide.ts  (rules/ import only the kit)',
  'rules/time-limit-consistency.ts → src/model/values.ts  (rules/ import only the kit)',
  'rules/time-limit-consistency.ts → src/model/time.ts  (rules/ import only the kit)',
  'rules/time-limit-consistency.ts → src/parse/time-limit.ts  (rules/ import only the kit)',
  'rules/unknown-element.ts → src/engine/rule.ts  (rules/ import only the kit)',
  'rules/unknown-element.ts → src/model/elements.ts  (rules/ import only the kit)',
  'rules/unknown-element.ts → src/model/similar.ts  (rules/ import only the kit)',
  'src/engine/lint-file.ts → src/score/summary.ts  (engine does not import score, format, commands, cli)',
  'src/engine/lint.ts → src/score/summary.ts  (engine does not import score, format, commands, cli)',
  'src/engine/shard-result.ts → src/score/summary.ts  (engine does not import score, format, commands, cli)',
  'src/format/sarif.ts → src/engine/registry.ts  (format does not import the engine\'s registry)',
  'src/model/file-ref.ts → src/engine/rule.ts  (load, model, parse do not import engine, score, format, commands)',
  'src/serve/api.ts → src/commands/explain.ts  (only the CLI imports commands)',
  'src/serve/downloads.ts → src/commands/annotate.ts  (only the CLI imports commands)',
  'src/serve/job-worker.ts → src/commands/score.ts  (only the CLI imports commands)',
];

/** Module specifiers imported by one source file (static, type-only, re-exports, literal dynamic imports). */
function specifiers(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
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
  const target = relative(ROOT, join(ROOT, dirname(file), spec)).split('\\').join('/');
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
