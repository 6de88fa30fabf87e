import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/fee-consistency.js';

const BASIS =
  '收费依据: 《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）第一条\n';
const ITEMS =
  '收费项目:\n  - 名称: 住宅类不动产登记费\n    标准: 80元/件\n  - 名称: 非住宅类不动产登记费\n    标准: 550元/件\n';

ruleTester(rule, {
  valid: [
    { name: 'free, no fee elements (base guide)', yaml: '是否收费: 否\n' },
    { name: 'paid: basis and items (real 不动产登记费)', yaml: `是否收费: 是\n${BASIS}${ITEMS}支持网上支付: 是\n` },
    { name: 'codes: 是否收费 0, 支持网上支付 0', yaml: '是否收费: 0\n支持网上支付: 0\n' },
    { name: 'code "1" with everything', yaml: `是否收费: "1"\n${BASIS}${ITEMS}` },
    {
      name: 'one item free among paid ones',
      yaml: `是否收费: 是\n${BASIS}收费项目:\n  - 名称: 首次登记费\n    标准: 0元\n  - 名称: 证书工本费\n    标准: 10元/本\n`,
    },
    { name: 'free with an empty item list', yaml: '是否收费: 否\n收费项目: []\n支持网上支付: 否\n' },
    { name: "unknown 是否收费 value is enum-values's", yaml: '是否收费: 不详\n支持网上支付: 是\n' },
    { name: "items written as text are guide-schema's", yaml: `是否收费: 是\n${BASIS}收费项目: 工本费10元\n` },
    { name: 'free, YAML boolean', yaml: '是否收费: false\n支持网上支付: false\n' },
  ],
  invalid: [
    {
      name: 'paid without basis or items',
      yaml: '是否收费: 是\n',
      errors: [
        { messageId: 'basisMissing', line: 1, column: 7, path: ['是否收费'], item: null },
        { messageId: 'itemsMissing', line: 1, column: 7 },
      ],
    },
    {
      name: 'paid (code 1) without basis',
      yaml: `是否收费: 1\n${ITEMS}`,
      errors: [{ messageId: 'basisMissing', line: 1, column: 7 }],
    },
    {
      name: 'basis is a placeholder',
      yaml: `是否收费: 是\n收费依据: 无\n${ITEMS}`,
      errors: [{ messageId: 'basisMissing', line: 1, column: 7 }],
    },
    {
      name: 'basis is blank',
      yaml: `是否收费: 是\n收费依据: "  "\n${ITEMS}`,
      errors: [{ messageId: 'basisMissing', line: 1, column: 7 }],
    },
    {
      name: 'paid with basis, no items',
      yaml: `是否收费: 是\n${BASIS}`,
      errors: [{ messageId: 'itemsMissing', line: 1, column: 7, message: '未列出收费项目' }],
    },
    {
      name: 'blank standard',
      yaml: `是否收费: 是\n${BASIS}收费项目:\n  - 名称: 工本费\n    标准: ""\n`,
      errors: [
        { messageId: 'itemBlank', line: 5, column: 9, path: ['收费项目', 0, '标准'], message: '收费项目第1项的“标准”' },
      ],
    },
    {
      name: 'placeholder name in the second item',
      yaml: `是否收费: 是\n${BASIS}收费项目:\n  - 名称: 工本费\n    标准: 10元/本\n  - 名称: /\n    标准: 5元/件\n`,
      errors: [{ messageId: 'itemBlank', line: 6, column: 9, message: '第2项的“名称”' }],
    },
    {
      name: 'all standards mean no fee',
      yaml: `是否收费: 是\n${BASIS}收费项目:\n  - 名称: 工本费\n    标准: 0元/本\n  - 名称: 登记费\n    标准: 免费\n`,
      errors: [{ messageId: 'allFree', line: 1, column: 7, message: '“0元/本、免费”' }],
    },
    {
      name: 'a single item written as a mapping, free',
      yaml: `是否收费: 是\n${BASIS}收费项目: { 名称: 工本费, 标准: 不收费 }\n`,
      errors: [{ messageId: 'allFree', line: 1, column: 7 }],
    },
    {
      name: 'free but fee items listed',
      yaml: `是否收费: 否\n${ITEMS}`,
      errors: [{ messageId: 'itemsWhenFree', line: 2, column: 1, path: ['收费项目'], message: '列出了2个收费项目' }],
    },
    {
      name: 'free but online payment claimed',
      yaml: '是否收费: 否\n支持网上支付: 是\n',
      errors: [{ messageId: 'paymentWhenFree', line: 2, column: 9, path: ['支持网上支付'], suggestion: '否' }],
    },
    {
      name: 'synonym 收费 and code 1 for payment',
      yaml: '收费: 0\n是否支持网上支付: "1"\n',
      errors: [
        { messageId: 'paymentWhenFree', line: 2, column: 11, path: ['是否支持网上支付'], message: '支持网上支付为“1”' },
      ],
    },
    {
      name: 'free with items and payment',
      yaml: `是否收费: 否\n支持网上支付: 是\n${ITEMS}`,
      errors: [
        { messageId: 'itemsWhenFree', line: 3, column: 1 },
        { messageId: 'paymentWhenFree', line: 2, column: 9 },
      ],
    },
  ],
});

describe('fee-consistency messages', () => {
  it('say in English what is wrong and what right looks like', () => {
    const [f] = runRule(rule, { yaml: '是否收费: 是\n' }, 'en').filter((x) => x.ruleId === rule.meta.id);
    expect(f?.message).toBe(
      '是否收费 is "是" but 收费依据 is missing: name the document the fee rests on, e.g. "《…收费标准的通知》（发改价格〔20XX〕X号）第X条"',
    );
  });
});
