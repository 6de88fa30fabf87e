// Hover and completion over the protocol: the element dictionary, the checklist item's task and
// the rule docs' example on hover; element keys of the scope at the cursor and value-set values.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { BASE, LspClient, guideDir, uriOf } from './support.js';

let dir: string;
let client: LspClient;
const uri = () => uriOf(join(dir, 'g.yaml'));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

beforeAll(async () => {
  dir = guideDir();
  client = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 0 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const hover = (line: number, character: number) =>
  client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri() }, position: { line, character } });
const complete = (line: number, character: number) =>
  client.request<CompletionItem[]>('textDocument/completion', {
    textDocument: { uri: uri() },
    position: { line, character },
  });
const valueOf = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

describe('hover', () => {
  it('on an element key: the dictionary entry, the checklist task and an example from the rule docs', async () => {
    const text = BASE.replace(
      '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00（法定节假日除外）',
      '办理时间: 周一至周五 下午13:00-17:00，上午9:00-12:00',
    );
    await client.open(uri(), text);
    const h = valueOf(await hover(lineOf(text, '办理时间:'), 1));
    expect(h).toContain('**办理时间** · office hours（必填）');
    expect(h).toContain('清单第15项「办理时间」');
    expect(h).toContain('明确标注该事项受理的时间周期'); // the checklist's task, verbatim
    expect(h).toContain('办理时间: 周一至周五 上午9:00-12:00，下午13:00-17:00（法定节假日除外）'); // office-hours' good example
    expect(h).toContain('docs/rules/office-hours.md');
  });

  it('on a diagnostic: the rule, its item and its bad and good examples', async () => {
    const text = BASE.replace(
      '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00（法定节假日除外）',
      '办理时间: 周一至周五 下午13:00-17:00，上午9:00-12:00',
    );
    const line = lineOf(text, '办理时间:');
    const h = valueOf(await hover(line, 12));
    expect(h).toContain('**office-hours** — ');
    expect(h).toContain('错误示例');
    expect(h).toContain('正确示例');
    expect(h).not.toContain('**办理时间**'); // the value, not the key
  });

  it('on a key inside a record: that scope (材料类型 of a material, with its value set)', async () => {
    const h = valueOf(await hover(lineOf(BASE, '材料类型: 复印件'), 6));
    expect(h).toContain('**材料类型** · material type');
    expect(h).toContain('值域: 原件、复印件、原件和复印件');
    expect(h).toContain('清单第20项');
  });

  it('nothing on an empty line', async () => {
    const text = `${BASE}\n\n`;
    await client.change(uri(), text);
    expect(await hover(text.split('\n').length - 2, 0)).toBeNull();
  });
});

describe('completion', () => {
  it('top-level keys of a guide, without those already written, required ones first', async () => {
    const text =
      BASE.replace('网办地址: https://zwfw.nmg.gov.cn/item/000117012000\n', '').replace('办件类型: 承诺件\n', '') +
      '\n';
    await client.change(uri(), text);
    const items = await complete(text.split('\n').length - 1, 0);
    const labels = items.map((i) => i.label);
    expect(labels).toContain('网办地址');
    expect(labels).toContain('办件类型');
    expect(labels).not.toContain('事项名称'); // already there
    const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
    expect(first.label).toBe('办件类型'); // the only required one missing
    expect(items.find((i) => i.label === '办件类型')!.textEdit).toMatchObject({ newText: '办件类型: ' });
  });

  it('keys of a material record, inside 申请材料', async () => {
    const text = BASE.replace('    出具单位: 市场监督管理局\n', '    出具单位: 市场监督管理局\n    材\n');
    await client.change(uri(), text);
    const line = text.split('\n').findIndex((l) => l === '    材');
    const items = await complete(line, 5);
    const labels = items.map((i) => i.label);
    expect(labels).toContain('空表');
    expect(labels).toContain('填写表格');
    // Written in this record (the second material) …
    expect(labels).not.toContain('材料名称');
    expect(labels).not.toContain('必要性');
    expect(labels).not.toContain('事项名称'); // another scope
    expect(items[0]!.textEdit).toMatchObject({ range: { start: { character: 4 }, end: { character: 5 } } });
  });

  it('value-set values (值域) after a key and in a flow list', async () => {
    const text = BASE.replace('办理深度: Ⅲ级', '办理深度: ').replace(
      '办理形式: [窗口办理, 电脑端网上办理, 快递申请]',
      '办理形式: [窗口办理, 电脑',
    );
    await client.change(uri(), text);
    const depth = await complete(lineOf(text, '办理深度: '), '办理深度: '.length);
    expect(depth.map((i) => i.label)).toEqual(['Ⅰ级', 'Ⅱ级', 'Ⅲ级', 'Ⅳ级']);
    expect(depth[2]!.detail).toBe('办理深度 · 代码 3');
    const line = lineOf(text, '办理形式: [');
    const ch = text.split('\n')[line]!.length;
    const channels = await complete(line, ch);
    expect(channels.map((i) => i.label)).toContain('电脑端网上办理');
    expect(channels[0]!.textEdit).toMatchObject({
      range: { start: { line, character: ch - 2 }, end: { line, character: ch } },
    });
  });

  it('values of a material record key', async () => {
    const text = BASE.replace('    材料形式: 纸质\n', '    材料形式: 纸\n');
    await client.change(uri(), text);
    const line = text.split('\n').findIndex((l) => l === '    材料形式: 纸');
    const items = await complete(line, '    材料形式: 纸'.length);
    expect(items.map((i) => i.label)).toEqual(['纸质', '电子', '纸质和电子']);
  });

  it('JSON guides: quoted keys of the scope (with the colon when none follows) and quoted values', async () => {
    const juri = uriOf(join(dir, 'g.json'));
    const text = '{\n  "事项名称": "测试",\n  "办件\n}\n';
    await client.open(juri, text, 'json');
    const at = (line: number, character: number) =>
      client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: juri },
        position: { line, character },
      });
    const keys = await at(2, 5);
    expect(keys.map((i) => i.label)).toContain('办件类型');
    expect(keys.map((i) => i.label)).not.toContain('事项名称');
    expect(keys.find((i) => i.label === '办件类型')!.textEdit).toEqual({
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } },
      newText: '"办件类型": ',
    });
    const valued = '{\n  "事项名称": "测试",\n  "申请材料": [{ "材料名称": "a", "来源渠道": "申" }]\n}\n';
    await client.change(juri, valued);
    const line = valued.split('\n')[2]!;
    const values = await at(2, line.indexOf('"申"') + 2);
    expect(values.map((i) => i.label)).toEqual(['申请人自备', '政府部门核发', '其他']);
    expect(values[0]!.textEdit).toEqual({
      range: {
        start: { line: 2, character: line.indexOf('"申"') },
        end: { line: 2, character: line.indexOf('"申"') + 3 },
      },
      newText: '"申请人自备"',
    });
  });
});
