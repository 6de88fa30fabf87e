// A rule's code (rules/<id>.ts) and its prose and English wording (docs/rules-src/<id>.md) stay
// together: a rule without a docs source, a source without a rule, prose left in a rule file, a message
// without English or with other placeholders, a stale English entry, or text that differs from what
// explain shows fail here (test/generated.test.ts fails when docs/rules/<id>.md or rules/generated/ is stale).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { RULE_ENGLISH } from '../rules/generated/en.js';
import { englishProblems, optionsSection, ruleFileIds } from '../scripts/generated.js';
import {
  docsSourceIds,
  parseDocsSource,
  readDocsSource,
  renderDocsSource,
  type DocsSource,
} from '../scripts/rule-docs-source.js';
import { chineseOnlyWording, defineRule, type Text } from '../src/engine/rule.js';

const ROOT = `${join(import.meta.dirname, '..')}/`;

/** A message's {placeholders}; an English `{xEn}` stands for `{x}` (the data gives both wordings). */
const placeholders = (t: string, lang: keyof Text): string[] =>
  [
    ...new Set(
      [...t.matchAll(/\{(\w+|[\u4e00-\u9fff]+)\}/g)].map((m) => (lang === 'en' ? m[1]!.replace(/En$/, '') : m[1]!)),
    ),
  ].sort();

/** Messages whose two wordings quote different data, and why. */
const OTHER_PLACEHOLDERS: Record<string, string> = {
  'license-faq/blank': '{what} is Chinese wording of what to write; the English names the field ({fieldEn}) instead',
};

describe('rule docs sources', () => {
  it('every rule file has a docs source and every docs source a rule file', () => {
    const rules = ruleFileIds(ROOT);
    expect(rules.length).toBeGreaterThan(30);
    expect(docsSourceIds(ROOT)).toEqual(rules);
  });

  for (const rule of builtinRules) {
    const id = rule.meta.id;
    it(`${id}: the docs at run time are the docs source's text`, () => {
      expect(rule.meta.docs).toEqual(readDocsSource(ROOT, id).docs);
    });
    it(`${id}: the rule file writes its wording in Chinese; every message has English with the same placeholders`, () => {
      const need = chineseOnlyWording(rule.meta);
      expect(need.description, 'description is a plain Chinese string').toBe(true);
      const english = RULE_ENGLISH[id];
      expect(english?.description).toBe(rule.meta.description.en);
      for (const [mid, t] of Object.entries(rule.meta.messages)) {
        if (need.messages.includes(mid)) expect(english?.messages[mid], `English of ${mid}`).toBe(t.en);
        expect(t.en, `English of ${mid}`).not.toBe('');
        if (!(`${id}/${mid}` in OTHER_PLACEHOLDERS))
          expect(placeholders(t.en, 'en'), `placeholders of ${mid}`).toEqual(placeholders(t.zh, 'zh'));
      }
      expect(englishProblems(rule, readDocsSource(ROOT, id).english)).toEqual([]);
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

  it('no English entry is stale: every catalog entry is Chinese-only wording of a rule', () => {
    for (const [id, english] of Object.entries(RULE_ENGLISH)) {
      const rule = builtinRules.find((r) => r.meta.id === id);
      expect(rule, `${id} is a built-in rule`).toBeDefined();
      if (rule) expect(englishProblems(rule, english)).toEqual([]);
    }
  });

  it('a source parses back to the docs and English it was rendered from', () => {
    const line = fc.string({ minLength: 1 }).filter((s) => !/[\n\r]/.test(s) && s.trim() === s && !s.startsWith('#'));
    const fragment = fc
      .array(fc.stringMatching(/^[^\n`]*$/), { minLength: 1, maxLength: 4 })
      .map((ls) => `${ls.join('\n').trimEnd()}\n`)
      .filter((s) => s.trim() !== '');
    const messages = fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/), line, { maxKeys: 4 });
    fc.assert(
      fc.property(
        fc.option(line, { nil: undefined }),
        messages,
        line,
        line,
        fragment,
        fragment,
        (description, msgs, en, zh, bad, good) => {
          const source: DocsSource = {
            english: description === undefined ? { messages: msgs } : { description, messages: msgs },
            docs: { details: { en, zh }, bad, good },
          };
          expect(parseDocsSource(renderDocsSource('x', source), 'x.md')).toEqual(source);
        },
      ),
    );
  });

  it('a malformed English section is an error naming the file, the section and the line', () => {
    const ok = renderDocsSource('x', {
      english: { description: 'd', messages: { one: 'first {n}', two: 'second' } },
      docs: { details: { en: 'e', zh: 'z' }, bad: 'a: 1\n', good: 'a: 2\n' },
    });
    expect(parseDocsSource(ok, 'x.md').english).toEqual({
      description: 'd',
      messages: { one: 'first {n}', two: 'second' },
    });
    const bad = (from: string, to: string) => () => parseDocsSource(ok.replace(from, to), 'docs/rules-src/x.md');
    expect(bad('- `two`: second', '- two: second')).toThrow(
      'docs/rules-src/x.md: section "## Messages (en)", line 2: expected "- `messageId`: English text", found "- two: second"',
    );
    expect(bad('- `two`: second', '- `two`:')).toThrow('line 2: expected');
    expect(bad('- `two`: second', '\n- `two`: second')).toThrow('line 2: expected');
    expect(bad('- `two`: second', '- `one`: again')).toThrow('docs/rules-src/x.md: message "one" is given twice');
    expect(bad('\nd\n', '\nd\nmore\n')).toThrow('section "## Description (en)" must be one line');
    expect(bad('\nd\n', '\n')).toThrow('section "## Description (en)" is empty');
    expect(bad('## Details (zh)', '## Messages (en)\n\n- `x`: y\n\n## Details (zh)')).toThrow(
      'section "## Messages (en)" is given twice',
    );
  });

  it('English that does not match the rule is a gen error: missing, stale, or given for `{ zh, en }` wording', () => {
    const rule = defineRule({
      meta: {
        id: 'x',
        item: null,
        severity: 'info',
        source: 'practice',
        description: '说明',
        messages: { a: '甲', b: { zh: '乙', en: 'b' } },
      },
      check: () => undefined,
    });
    expect(englishProblems(rule, { description: 'd', messages: { a: 'a' } })).toEqual([]);
    expect(englishProblems(rule, { messages: {} })).toEqual([
      '"## Description (en)" is missing: rules/x.ts writes the description in Chinese only',
      '"## Messages (en)" lacks `a` (Chinese only in rules/x.ts)',
    ]);
    expect(englishProblems(rule, { description: 'd', messages: { a: 'a', b: 'b', gone: 'c' } })).toEqual([
      '"## Messages (en)" has stale `b`, `gone` (not a Chinese-only message of rules/x.ts)',
    ]);
  });

  it('a source with a missing section, a non-YAML example or an unknown section is an error naming the file', () => {
    const ok = renderDocsSource('x', {
      english: { messages: {} },
      docs: { details: { en: 'e', zh: 'z' }, bad: 'a: 1\n', good: 'a: 2\n' },
    });
    expect(() => parseDocsSource(ok.replace('## Details (zh)\n\nz\n', ''), 'docs/rules-src/x.md')).toThrow(
      'docs/rules-src/x.md: section "## Details (zh)" is missing',
    );
    expect(() => parseDocsSource(ok.replace('```yaml\na: 1', 'a: 1'), 'x.md')).toThrow(
      '"## Bad" must be one ```yaml block',
    );
    expect(() => parseDocsSource(`${ok}\n## Notes\n\nmore\n`, 'x.md')).toThrow('unknown section(s) "## Notes"');
  });
});
