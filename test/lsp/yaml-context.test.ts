// The cursor context the hovers and completion use, from indentation only (half-typed YAML).

import { describe, expect, it } from 'vitest';
import { cursorContext, keyAt } from '../../src/lsp/yaml-context.js';

/** The context at the "|" of a text. */
function at(marked: string) {
  const i = marked.indexOf('|');
  const text = marked.slice(0, i) + marked.slice(i + 1);
  const before = text.slice(0, i).split('\n');
  return cursorContext(text, before.length - 1, before.at(-1)!.length);
}

describe('cursorContext', () => {
  it('a top-level key being typed: the guide scope and the keys already written', () => {
    const c = at('事项名称: x\n办理|\n基本编码: "1"\n');
    expect(c).toMatchObject({ kind: 'key', scope: 'guide', prefix: '办理', start: 0 });
    expect(c?.kind === 'key' && [...c.siblings]).toEqual(['事项名称', '基本编码']);
  });

  it("a key in a record of a block sequence, indented or compact (dash at the parent key's column)", () => {
    const indented = at('申请材料:\n  - 材料名称: a\n    来源渠道: 申请人自备\n    |\n办理流程: []\n');
    expect(indented).toMatchObject({ kind: 'key', scope: 'material', start: 4 });
    expect(indented?.kind === 'key' && [...indented.siblings].sort()).toEqual(['来源渠道', '材料名称'].sort());
    const compact = at('申请材料:\n- 材料名称: a\n  |');
    expect(compact).toMatchObject({ kind: 'key', scope: 'material', start: 2 });
    // A new item: only its own keys count.
    const next = at('申请材料:\n  - 材料名称: a\n    来源渠道: 其他\n  - |');
    expect(next?.kind === 'key' && next.siblings.size).toBe(0);
  });

  it('the keys of a time limit mapping, and of a step under 办理流程 (synonyms followed)', () => {
    expect(at('法定办结时限:\n  数值: 20\n  |')).toMatchObject({ kind: 'key', scope: 'timeLimit' });
    expect(at('办理环节:\n  - 环节名称: 受理\n    |')).toMatchObject({ kind: 'key', scope: 'step' });
    expect(at('特殊环节:\n  - 名称: 现场核查\n    时限:\n      |')).toMatchObject({ kind: 'key', scope: 'timeLimit' });
  });

  it('values: after a key, inside a record, in a flow list, in a block list of an enumList', () => {
    expect(at('办件类型: 即|')).toMatchObject({
      kind: 'value',
      def: { key: '办件类型' },
      prefix: '即',
      start: 6,
      inList: false,
    });
    expect(at('申请材料:\n  - 材料名称: a\n    来源渠道: |')).toMatchObject({
      kind: 'value',
      def: { key: '来源渠道' },
    });
    expect(at('服务对象: [自然人, 企|')).toMatchObject({
      kind: 'value',
      def: { key: '服务对象' },
      prefix: '企',
      inList: true,
    });
    expect(at('办理形式:\n  - 窗口办理\n  - 快|')).toMatchObject({
      kind: 'value',
      def: { key: '办理形式' },
      prefix: '快',
      start: 4,
      inList: true,
    });
    expect(at('办件类型: "承|')).toMatchObject({ kind: 'value', prefix: '承', start: 7 });
  });

  it('nothing for unknown parents, free-text values or comments', () => {
    expect(at('自定义:\n  |')).toBeUndefined();
    expect(at('办理时间: 周|')).toBeUndefined();
    expect(at('# 注释 |')).toBeUndefined();
  });
});

describe('keyAt', () => {
  it('the element of the key under the cursor, in its scope', () => {
    const text = '申请材料:\n  - 材料名称: 申请书\n    材料类型: 原件\n';
    expect(keyAt(text, 1, 5)).toMatchObject({ def: { key: '材料名称' }, start: 4, end: 8 });
    expect(keyAt(text, 2, 6)?.def.values?.id).toBe('材料类型');
    expect(keyAt(text, 2, 12)).toBeUndefined(); // on the value
    expect(keyAt(text, 0, 1)?.def.key).toBe('申请材料');
  });
});
