// Broken YAML/JSON files: each one located finding, the run goes on, exit 1 (never a crash, never 0).

import { describe, expect, it } from 'vitest';
import { folderWith, goodStillLinted, lintFolder } from './support.js';

function only(files: Record<string, string | Buffer>, name: string) {
  const r = lintFolder(folderWith(files));
  goodStillLinted(r);
  expect(r.status).toBe(1);
  const mine = r.findings.filter((f) => f.file === name);
  return { r, mine };
}

describe('broken text files', () => {
  it('invalid YAML: a parse-error at the line of the error', () => {
    const { mine } = only({ 'bad.yaml': '事项名称: 测试\n办理地点: "未闭合\n事项类型: 行政许可\n' }, 'bad.yaml');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ ruleId: 'parse-error', severity: 'error' });
    expect(mine[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('a truncated YAML file', () => {
    const { mine } = only({ 'cut.yaml': '事项名称: 测试\n申请材料:\n  - 材料名称: "身份' }, 'cut.yaml');
    expect(mine.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(mine[0]!.line).toBe(3);
  });

  it('invalid and truncated JSON', () => {
    const { mine } = only(
      { 'bad.json': '{"事项名称": "测试",\n "事项类型": }', 'cut.json': '[{"事项名称": "测' },
      'bad.json',
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ ruleId: 'parse-error', line: 2 });
  });

  it('binary garbage with a .yaml name', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
    const { mine } = only({ 'garbage.yaml': bytes }, 'garbage.yaml');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain('二进制');
  });

  it('an empty file and a comment-only file', () => {
    const { r } = only({ 'empty.yaml': '', 'comments.yml': '# 只有注释\n' }, 'empty.yaml');
    expect(r.findings.filter((f) => f.file !== 'good.yaml').map((f) => `${f.file} ${f.ruleId}`)).toEqual([
      'comments.yml parse-error',
      'empty.yaml parse-error',
    ]);
  });

  it('a scalar or a list instead of a guide', () => {
    // They parse but hold no guide element: one info each, not linted as guides (exit 0).
    const r = lintFolder(folderWith({ 'scalar.yaml': '就是一句话\n', 'list.yaml': '- 甲\n- 乙\n' }));
    goodStillLinted(r);
    expect(r.status).toBe(0);
    const msgs = r.findings.filter((f) => f.file !== 'good.yaml').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);
    expect(msgs).toEqual([
      'info not-a-guide 不是办事指南：文件内容是列表，不是含指南要素的键值映射，未作为指南检查',
      'info not-a-guide 不是办事指南：文件内容是一段文字，不是含指南要素的键值映射，未作为指南检查',
    ]);
  });

  it('duplicate keys in YAML and JSON, at the second key', () => {
    const { r } = only(
      {
        'dup.yaml': '事项名称: 甲\n事项类型: 行政许可\n事项名称: 乙\n',
        'dup.json': '{"事项名称": "甲",\n "事项名称": "乙"}',
      },
      'dup.yaml',
    );
    const dups = r.findings.filter((f) => f.file !== 'good.yaml');
    expect(dups.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'dup.json:2 parse-error',
      'dup.yaml:3 parse-error',
    ]);
    expect(dups.every((f) => f.message.includes('重复的键'))).toBe(true);
  });

  it('non-UTF-8 YAML names the encoding found (GBK, UTF-16)', async () => {
    const iconv = (await import('iconv-lite')).default;
    const { r } = only(
      {
        'gbk.yaml': iconv.encode('事项名称: 食品经营许可\n', 'gbk'),
        'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('事项名称: 测试\n', 'utf16le')]),
      },
      'gbk.yaml',
    );
    const msgs = r.findings.filter((f) => f.file !== 'good.yaml').map((f) => `${f.file}: ${f.message}`);
    expect(msgs).toEqual([
      'gbk.yaml: 文件不是 UTF-8 编码（检测到 GBK/GB18030），请另存为 UTF-8',
      'utf16.yaml: 文件不是 UTF-8 编码（检测到 UTF-16），请另存为 UTF-8',
    ]);
  });
});
