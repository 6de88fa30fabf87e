import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/result-sample.js';

// Paths are relative to test/support/ (the base guide's folder), where forms/blank.pdf exists.
const TMP = mkdtempSync(join(tmpdir(), 'result-sample-'));
const EMPTY = join(TMP, '许可证-样本.pdf');
writeFileSync(EMPTY, '');
const PICTURE = join(TMP, '许可证-样本.JPG');
writeFileSync(PICTURE, 'jpg');

const result = (fields: string) => `审批结果:\n  名称: 食品经营许可证\n  类型: 出证办结\n${fields}`;

ruleTester(rule, {
  valid: [
    // real string from a published guide: 审批结果 无 is no result — no sample asked, no "forms/无-样本.pdf"
    { name: '审批结果 named 无 (real)', yaml: '审批结果: { 名称: 无 }' },
    { name: '审批结果 named /', yaml: '审批结果: { 名称: / , 类型: 其他 }' },
    { name: 'existing pdf (base guide)', yaml: result('  样本: forms/blank.pdf\n') },
    {
      name: 'existing docx, flow mapping',
      yaml: '审批结果: { 名称: 准予许可决定书, 类型: 出文办结, 样本: forms/sample.docx }\n',
    },
    { name: 'https address', yaml: result('  样本: https://zwfw.nmg.gov.cn/files/食品经营许可证-样本.pdf\n') },
    {
      name: 'http address without extension',
      yaml: result('  样本: http://qzls.zwfw.gxzf.gov.cn/download?id=450721\n'),
    },
    { name: 'picture (upper-case extension), absolute path', yaml: result(`  样本: ${PICTURE}\n`) },
    { name: 'synonym 结果样本', yaml: result('  结果样本: forms/blank.pdf\n') },
    { name: "no name, no sample: guide-schema's", yaml: '审批结果: { 类型: 出证办结 }\n' },
    { name: "empty string: guide-schema's", yaml: result('  样本: ""\n') },
    { name: "not a mapping: guide-schema's", yaml: '审批结果: 食品经营许可证\n' },
    { name: 'configured extensions', yaml: result('  样本: base-guide.yaml\n'), options: { extensions: ['yaml'] } },
  ],
  invalid: [
    {
      name: 'no sample',
      yaml: result(''),
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 3,
          path: ['审批结果'],
          item: null,
          message: '审批结果“食品经营许可证”未提供结果样本',
        },
      ],
    },
    {
      name: 'no sample, flow mapping',
      yaml: '审批结果: { 名称: 食品经营许可证, 类型: 出证办结 }\n',
      errors: [{ messageId: 'missing', line: 1, column: 7 }],
    },
    {
      name: 'blank sample',
      yaml: result('  样本: "   "\n'),
      errors: [{ messageId: 'missing', line: 4, column: 7, path: ['审批结果', '样本'] }],
    },
    {
      name: 'file does not exist',
      yaml: result('  样本: forms/食品经营许可证-样本.pdf\n'),
      errors: [{ messageId: 'notFound', line: 4, column: 7, message: '结果样本“forms/食品经营许可证-样本.pdf”不存在' }],
    },
    {
      name: 'synonym 结果样本, missing file',
      yaml: result('  结果样本: ../forms/none.pdf\n'),
      errors: [{ messageId: 'notFound', line: 4, column: 9, path: ['审批结果', '结果样本'] }],
    },
    {
      name: 'www without scheme',
      yaml: result('  样本: www.nmgzwfw.gov.cn/样本.pdf\n'),
      errors: [{ messageId: 'badUrl', line: 4, column: 7, suggestion: 'https://www.nmgzwfw.gov.cn/样本.pdf' }],
    },
    {
      name: 'ftp scheme',
      yaml: result('  样本: ftp://files.nmg.gov.cn/样本.pdf\n'),
      errors: [{ messageId: 'badUrl', line: 4, column: 7 }],
    },
    {
      name: 'http with one slash',
      yaml: result('  样本: "http:/zwfw.nmg.gov.cn/样本.pdf"\n'),
      errors: [{ messageId: 'badUrl', line: 4, column: 7 }],
    },
    {
      name: 'space inside the address',
      yaml: result('  样本: https://zwfw.nmg.gov.cn/样本 1.pdf\n'),
      errors: [{ messageId: 'badUrl', line: 4, column: 7 }],
    },
    {
      name: 'existing file of another type',
      yaml: result('  样本: base-guide.yaml\n'),
      errors: [{ messageId: 'extension', line: 4, column: 7, message: '（.yaml）' }],
    },
    { name: 'empty file', yaml: result(`  样本: ${EMPTY}\n`), errors: [{ messageId: 'empty', line: 4, column: 7 }] },
    {
      name: 'extension list from options',
      yaml: result('  样本: forms/blank.docx\n'),
      options: { extensions: ['pdf', 'ofd'] },
      errors: [{ messageId: 'extension', line: 4, column: 7, message: '应为 pdf、ofd 之一' }],
    },
  ],
});

describe('result-sample messages', () => {
  it('say in English what is wrong and what right looks like', () => {
    const [f] = runRule(rule, { yaml: result('') }, 'en').filter((x) => x.ruleId === rule.meta.id);
    expect(f?.message).toBe(
      'approval result "食品经营许可证" has no sample: add 样本, e.g. "forms/食品经营许可证-样本.pdf" or an http(s) download address',
    );
  });
});
