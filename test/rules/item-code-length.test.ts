import { ruleTester } from '../support/rule-tester.js';
import itemCodeLength from '../../rules/item-code-length.js';

// First rows of fixtures/realdata/liaoning-lnzwfw-catalog-sample/catalog_sample.csv (职权编码).
const LIAONING = ['210973001000', '000524018000', '210172021000', '000175004000'];

ruleTester(itemCodeLength, {
  valid: [
    '基本编码: "000117012000"',
    ...LIAONING.map((code) => `基本编码: "${code}"`),
    { name: 'a Sichuan local code is not digits-only', yaml: '基本编码: "511A0138000000"' },
    { name: "numbers are item-code's", yaml: '基本编码: 117012000' },
  ],
  invalid: [
    { yaml: '基本编码: "00011701200"\n', errors: [{ messageId: 'length', line: 1, column: 7, message: '为11位' }] },
    { yaml: '基本编码: "0001170120"\n', errors: [{ messageId: 'length', line: 1, column: 7, message: '为10位' }] },
    { yaml: '基本编码: "0001170120001"\n', errors: [{ messageId: 'length', line: 1, column: 7, message: '为13位' }] },
    {
      name: 'a 14-digit Sichuan code (items.csv)',
      yaml: '基本编码: "51201300200004"\n',
      errors: [{ messageId: 'length', line: 1, column: 7 }],
    },
    {
      name: 'spaces around are ignored',
      yaml: '基本编码: " 00011701200 "\n',
      errors: [{ messageId: 'length', line: 1, column: 7 }],
    },
    {
      name: 'under a synonym key',
      yaml: '事项编码: "00011701200"\n',
      errors: [{ messageId: 'length', line: 1, column: 7 }],
    },
    {
      name: 'second document line',
      yaml: '事项名称: 食品经营许可（新办）\n基本编码: "1234"\n',
      errors: [{ messageId: 'length', line: 2, column: 7 }],
    },
    {
      name: 'JSON-style quoting',
      yaml: "基本编码: '00011701200'\n",
      errors: [{ messageId: 'length', line: 1, column: 7 }],
    },
  ],
});
