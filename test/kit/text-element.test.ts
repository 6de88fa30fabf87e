// The "text element → parser → problems" factory: which values reach the parser, where problems
// land, what a blank text does, and the checklist item per element.

import { describe, expect, it } from 'vitest';
import { elementTexts, textElementRule, type Guide } from '../../src/kit/index.js';
import { runRule } from '../support/rule-tester.js';

const meta = {
  id: 'kit-text-element',
  item: 15,
  severity: 'error' as const,
  source: 'practice' as const,
  description: { zh: '测试', en: 'test' },
  messages: {
    hasX: { zh: '{element}“{value}”含有 x', en: '{element} "{value}" contains x' },
    blank: { zh: '{element}为空', en: '{element} is blank' },
  },
  docs: { details: { zh: '', en: '' }, bad: '', good: '' },
};

/** A toy parser: every "x" in the text is a problem. */
const xs = (text: string) => [...text.matchAll(/x/g)].map((m) => ({ index: m.index }));

const rule = (spec: { blank?: 'blank' | null; lists?: boolean; numbers?: boolean }, elements = ['办理时间']) =>
  textElementRule({
    meta,
    elements,
    ...spec,
    problems: (text, { element }) => xs(text).map(() => ({ messageId: 'hasX', data: { element, value: text.trim() } })),
  });

const guide = (data: Record<string, unknown>) => ({ data }) as unknown as Guide;

describe('elementTexts', () => {
  it('reads a text as written, at the element path', () => {
    expect(elementTexts(guide({ 办理时间: ' 9x ' }), '办理时间')).toEqual([
      { text: ' 9x ', path: ['办理时间'], element: '办理时间' },
    ]);
  });

  it('skips placeholders and other types, keeps blank texts', () => {
    expect(elementTexts(guide({ a: '无' }), 'a')).toEqual([]);
    expect(elementTexts(guide({ a: { b: 1 } }), 'a')).toEqual([]);
    expect(elementTexts(guide({}), 'a')).toEqual([]);
    expect(elementTexts(guide({ a: 12345 }), 'a')).toEqual([]);
    expect(elementTexts(guide({ a: '  ' }), 'a')).toEqual([{ text: '  ', path: ['a'], element: 'a' }]);
  });

  it('reads numbers as their digits only when asked', () => {
    expect(elementTexts(guide({ a: 12345 }), 'a', { numbers: true })).toEqual([
      { text: '12345', path: ['a'], element: 'a' },
    ]);
  });

  it('reads each text entry of a list at its index when asked; a list is no text otherwise', () => {
    const g = guide({ a: ['p', 7, '/', 'q'] });
    expect(elementTexts(g, 'a', { lists: true }).map((t) => [t.text, t.path])).toEqual([
      ['p', ['a', 0]],
      ['q', ['a', 3]],
    ]);
    expect(elementTexts(g, 'a')).toEqual([]);
  });
});

describe('textElementRule', () => {
  it('reports each problem at the text it was found in, with the rule item', () => {
    const found = runRule(rule({}), { yaml: '办理时间: 9x-1x\n' });
    expect(found.map((f) => [f.messageId, f.line, f.column, f.item, f.message])).toEqual([
      ['hasX', 1, 7, 15, '办理时间“9x-1x”含有 x'],
      ['hasX', 1, 7, 15, '办理时间“9x-1x”含有 x'],
    ]);
  });

  it('reports nothing for a text without problems, a placeholder or another type', () => {
    expect(runRule(rule({}), { yaml: '办理时间: 9-12\n' })).toEqual([]);
    expect(runRule(rule({}), { yaml: '办理时间: 无x\n' }).map((f) => f.messageId)).toEqual(['hasX']); // not a placeholder
    expect(runRule(rule({}), { yaml: '办理时间: 无\n' })).toEqual([]);
    expect(runRule(rule({}), { yaml: '办理时间: [x]\n' })).toEqual([]);
  });

  it('a blank text: its own message, skipped, or parsed', () => {
    const blank = { yaml: '办理时间: ""\n' };
    expect(runRule(rule({ blank: 'blank' }), blank).map((f) => [f.messageId, f.message])).toEqual([
      ['blank', '办理时间为空'],
    ]);
    expect(runRule(rule({ blank: null }), blank)).toEqual([]);
    let seen: string | undefined;
    const parsed = textElementRule({
      meta,
      elements: ['办理时间'],
      problems: (text) => {
        seen = text;
        return [];
      },
    });
    expect(runRule(parsed, blank)).toEqual([]);
    expect(seen).toBe('');
  });

  it('checks list entries one by one, at their own lines', () => {
    const found = runRule(rule({ lists: true }, ['办理地点']), { yaml: '办理地点:\n  - 甲路1号\n  - 乙路x号\n' });
    expect(found.map((f) => [f.line, f.path])).toEqual([[3, ['办理地点', 1]]]);
  });

  it('gives each element its own checklist item', () => {
    const r = textElementRule({
      meta,
      elements: [['咨询电话', 16], ['监督电话', null], '办理时间'],
      problems: (text, { element }) => xs(text).map(() => ({ messageId: 'hasX', data: { element, value: text } })),
    });
    const found = runRule(r, { yaml: '咨询电话: x\n监督电话: x\n办理时间: x\n' });
    expect(found.map((f) => [f.line, f.item])).toEqual([
      [1, 16],
      [2, null],
      [3, 15],
    ]);
  });

  it('hands the parser the guide and the context (options, language)', () => {
    const r = textElementRule({
      meta: { ...meta, defaultOptions: { mark: 'x' } },
      elements: ['办理时间'],
      problems: (text, { element }, g, ctx) =>
        text.includes(ctx.options.mark) && g.data['事项类型'] === '行政许可'
          ? [{ messageId: 'hasX', data: { element, value: ctx.lang } }]
          : [],
    });
    expect(runRule(r, { yaml: '办理时间: x\n' }, 'en').map((f) => f.message)).toEqual(['办理时间 "en" contains x']);
    expect(runRule(r, { yaml: '办理时间: x\n', options: { mark: 'y' } })).toEqual([]);
  });
});
