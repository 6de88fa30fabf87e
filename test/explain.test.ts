import { describe, expect, it } from 'vitest';
import { explain, explainIds } from '../src/format/explain.js';

describe('explain', () => {
  const ids = explainIds();
  it("knows every rule and the loaders' finding ids", () => {
    expect(ids).toContain('place-address');
    expect(ids).toContain('parse-error');
    expect(ids).toContain('spreadsheet');
  });
  for (const lang of ['zh', 'en'] as const) {
    it(`renders every id for the terminal (${lang}): no Markdown markup, no generator note`, () => {
      for (const id of ids) {
        const text = explain(id, lang, false);
        expect(text.startsWith(`${id}  `), id).toBe(true);
        expect(text, id).not.toMatch(/<!--|```|^#|^\|/m);
        expect(text, id).not.toMatch(/edit the metadata|npm run gen/);
        expect(text, id).toContain(`docs/rules/${id}.md`);
      }
    });
  }
  it('one language at a time', () => {
    const zh = explain('place-address', 'zh', false);
    const en = explain('place-address', 'en', false);
    expect(zh).toContain('清单第 14 项要求');
    expect(zh).not.toContain('Checklist item 14 requires');
    expect(en).toContain('Checklist item 14 requires');
    expect(en).not.toContain('清单第 14 项要求');
  });
  it('an unknown id: did you mean', () => {
    expect(() => explain('office-hour', 'zh', false)).toThrow(
      'unknown rule "office-hour" (did you mean "office-hours"?)',
    );
    expect(() => explain('zzzzzzzz', 'zh', false)).toThrow(/^unknown rule "zzzzzzzz" \(guide-lint rules lists them\)$/);
  });
});
