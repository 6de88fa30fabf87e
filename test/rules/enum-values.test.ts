import { describe, expect, it } from 'vitest';
import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/enum-values.js';
import { resolveValue, variantOf, VALUE_SETS } from '../../src/model/values.js';

const material = (field: string) =>
  `申请材料:\n  - 材料名称: 营业执照\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    份数: 1\n    ${field}\n`;

ruleTester(rule, {
  valid: [
    { name: 'labels (base guide)', yaml: '行使层级: 市级' },
    { name: 'a standard code', yaml: '事项类型: "01"' },
    { name: 'a regional name of the format contract', yaml: '行使层级: 旗级' },
    { name: 'the standard bracketed label', yaml: '行使层级: 镇（乡、街道）级' },
    { name: 'half-width brackets', yaml: '行使层级: 镇(乡、街道)级' },
    { name: 'a depth written with its name', yaml: '办理深度: 全程网办（Ⅳ级）' },
    {
      name: 'a placeholder in an optional element counts as not written',
      yaml: material('材料类型: 原件\n    材料形式: 纸质\n    必要性: /'),
    },
  ],
  invalid: [
    // real string from a published guide: the bracket variant of 镇（乡、街道）级 — the same value, an info naming the label
    {
      name: '镇（街道）级 (real)',
      yaml: '行使层级: 镇（街道）级\n',
      errors: [
        {
          messageId: 'variant',
          line: 1,
          column: 7,
          severity: 'info',
          suggestion: '镇（乡、街道）级',
          fix: '镇（乡、街道）级',
          output: '行使层级: 镇（乡、街道）级\n',
          item: 10,
        },
      ],
    },
    {
      name: '乡（镇）级',
      yaml: '行使层级: 乡（镇）级\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: '镇（乡、街道）级' }],
    },
    {
      name: '村（居）级',
      yaml: '行使层级: 村（居）级\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: '村（社区）级' }],
    },
    {
      name: '县（市、区）级',
      yaml: '行使层级: 县（市、区）级\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: '县级' }],
    },
    // real string from a published guide: the exchange label of code 2 — a synonym, info at most
    {
      name: '网上办理 (real)',
      yaml: '办理形式: [窗口办理, 网上办理]\n',
      errors: [
        {
          messageId: 'variant',
          line: 1,
          column: 14,
          severity: 'info',
          suggestion: '电脑端网上办理',
          message: '“办理形式”写作“网上办理”，与标准值“电脑端网上办理”同义；通常写作“电脑端网上办理”',
        },
      ],
    },
    {
      name: '网上办理 in a text list',
      yaml: '办理形式: 窗口办理、网上办理\n',
      errors: [
        {
          messageId: 'variant',
          line: 1,
          column: 7,
          severity: 'info',
          path: ['办理形式'],
          fix: '窗口办理、电脑端网上办理',
          output: '办理形式: 窗口办理、电脑端网上办理\n',
        },
      ],
    },
    {
      name: '是否 written 无 is 否: info',
      yaml: '是否收费: 无\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: '否' }],
    },
    // real string from a published guide (哈尔滨)
    {
      name: '办理深度 二级标准 (real)',
      yaml: '办理深度: 二级标准\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: 'Ⅱ级', item: 4 }],
    },
    {
      name: '承诺办件 (Beijing exchange client)',
      yaml: '办件类型: 承诺办件\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: '承诺件' }],
    },
    {
      name: 'GB/T 39046 label 其他类别事项',
      yaml: '事项类型: 其他类别事项\n',
      errors: [{ messageId: 'variant', line: 1, column: 7, severity: 'info', suggestion: '其他行政权力' }],
    },
    {
      name: 'a variant spelling of 材料类型',
      yaml: material('材料类型: 原件及复印件\n    材料形式: 纸质'),
      errors: [{ messageId: 'variant', line: 6, column: 11, severity: 'info', fix: '原件和复印件', item: 20 }],
    },
    {
      name: 'a value with a remark in brackets',
      yaml: material('材料类型: 原件（核验后退回）\n    材料形式: 纸质'),
      errors: [{ messageId: 'variant', line: 6, column: 11, severity: 'info', suggestion: '原件' }],
    },
    {
      name: 'a value outside the set is an error',
      yaml: '行使层级: 省市县三级\n',
      errors: [
        {
          messageId: 'invalid',
          line: 1,
          column: 7,
          severity: 'error',
          item: 10,
          message: '“行使层级”的值“省市县三级”不在值集中',
        },
      ],
    },
    // real string from a published guide (广西灵山县 wsblsd): the national 网上办理深度 codes, no Ⅰ–Ⅳ level
    {
      name: '办理深度 1,2,3 (real)',
      yaml: '办理深度: "1,2,3"\n',
      errors: [{ messageId: 'depthCodes', line: 1, column: 7, severity: 'error', item: 4 }],
    },
    // a placeholder in a required element is not a value
    {
      name: 'placeholder in a required element: not filled',
      yaml: material('材料类型: /\n    材料形式: 纸质'),
      errors: [
        {
          messageId: 'placeholder',
          line: 6,
          column: 11,
          severity: 'error',
          item: 20,
          message: '“材料类型”为“/”，等于未填写',
        },
      ],
    },
    {
      name: '无 as 办件类型',
      yaml: '办件类型: 无\n',
      errors: [{ messageId: 'placeholder', line: 1, column: 7, severity: 'error' }],
    },
  ],
});

describe('value-set variants', () => {
  it('every variant of every value set resolves to its own value, never to a label of another value', () => {
    for (const vs of Object.values(VALUE_SETS)) {
      for (const v of vs.values) {
        for (const x of v.variants ?? []) {
          expect(resolveValue(vs, x), `${vs.id}: ${x} must not be a label or accepted spelling`).toBeUndefined();
          expect(variantOf(vs, x)?.label, `${vs.id}: ${x}`).toBe(v.label);
        }
      }
    }
  });
  it('a bracket variant is only matched when one label holds all its words', () => {
    expect(variantOf(VALUE_SETS.行使层级, '镇（街道）级')?.label).toBe('镇（乡、街道）级');
    expect(variantOf(VALUE_SETS.行使层级, '村（街道）级')).toBeUndefined();
  });
});
