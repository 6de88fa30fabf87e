// A rule's code (rules/<id>.ts) and its prose (docs/rules-src/<id>.md) stay together: a rule without a
// docs source, a source without a rule, prose left in a rule file or text that differs from what explain
// shows fail here (test/generated.test.ts fails when docs/rules/<id>.md or rules/generated/docs.ts is stale).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { optionsSection, ruleFileIds } from '../scripts/generated.js';
import {
  DOCS_SOURCE_DIR,
  docsSourceIds,
  parseDocsSource,
  readDocsSource,
  renderDocsSource,
} from '../scripts/rule-docs-source.js';

const ROOT = `${join(import.meta.dirname, '..')}/`;

describe('rule docs sources', () => {
  it('every rule file has a docs source and every docs source a rule file', () => {
    const rules = ruleFileIds(ROOT);
    expect(rules.length).toBeGreaterThan(30);
    expect(docsSourceIds(ROOT)).toEqual(rules);
  });

  for (const rule of builtinRules) {
    const id = rule.meta.id;
    it(`${id}: the docs at run time are the docs source's text`, () => {
      expect(rule.meta.docs).toEqual(readDocsSource(ROOT, id));
    });
    it(`${id}: the rule file holds no prose (the docs source does)`, () => {
      const code = readFileSync(`${ROOT}rules/${id}.ts`, 'utf8');
      expect(code).not.toMatch(/^\s*docs:\s*\{/m);
    });
  }

  it('a page lists every option with its type and default, from the option schema', () => {
    const rule = builtinRules.find((r) => r.meta.id === 'guide-schema');
    expect(rule).toBeDefined();
    if (!rule) return;
    const page = readFileSync(`${ROOT}docs/rules/guide-schema.md`, 'utf8');
    expect(page).toContain('| `strict` | boolean | `false` |');
    expect(page).toContain(optionsSection(rule.meta).join('\n'));
    expect(optionsSection({ ...rule.meta, options: undefined })).toEqual([]);
  });

  it('a source parses back to the docs it was rendered from', () => {
    const line = fc.string({ minLength: 1 }).filter((s) => !/[\n\r]/.test(s) && s.trim() === s && !s.startsWith('#'));
    const fragment = fc
      .array(fc.stringMatching(/^[^\n`]*$/), { minLength: 1, maxLength: 4 })
      .map((ls) => `${ls.join('\n').trimEnd()}\n`)
      .filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(line, line, fragment, fragment, (en, zh, bad, good) => {
        const docs = { details: { en, zh }, bad, good };
        expect(parseDocsSource(renderDocsSource('x', docs), 'x.md')).toEqual(docs);
      }),
    );
  });

  it('a source with a missing section, a non-YAML example or an unknown section is an error naming the file', () => {
    const ok = renderDocsSource('x', { details: { en: 'e', zh: 'z' }, bad: 'a: 1\n', good: 'a: 2\n' });
    expect(() => parseDocsSource(ok.replace('## Details (zh)\n\nz\n', ''), 'docs/rules-src/x.md')).toThrow(
      'docs/rules-src/x.md: section "## Details (zh)" is missing',
    );
    expect(() => parseDocsSource(ok.replace('```yaml\na: 1', 'a: 1'), 'x.md')).toThrow(
      '"## Bad" must be one ```yaml block',
    );
    expect(() => parseDocsSource(`${ok}\n## Notes\n\nmore\n`, 'x.md')).toThrow('unknown section(s) "## Notes"');
  });
});
