import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import legalBasis from '../../rules/legal-basis.js';

const rec = (name: string, article: string) => `设定依据:\n  - 名称: ${name}\n    条款: ${article}\n`;

describe('legal-basis fixes', () => {
  it.each(['设定依据: 依据国家有关规定第六条', '设定依据:\n  - 名称: 国务院有关规定\n    条款: 第六条\n'])(
    'offers no fix for prose: %s',
    (yaml) => {
      const found = runRule(legalBasis, { yaml }).filter((f) => f.ruleId === 'legal-basis');
      expect(found).toHaveLength(1);
      expect(found[0]!.fix).toBeUndefined();
    },
  );
});

ruleTester(legalBasis, {
  valid: [
    { name: 'the base guide', yaml: '事项名称: 食品经营许可（新办）' },
    // clean fixtures
    rec('《中华人民共和国退役军人保障法》', '第六十一条'),
    rec('《退役军人、其他优抚对象优待证管理办法（试行）》', '第十条'),
    rec('《中华人民共和国民法典》', '第一千零四十九条'),
    rec('《中华人民共和国食品安全法》', '第三十五条第一款'),
    rec('《中华人民共和国行政许可法》', '第12条'),
    rec('《中华人民共和国道路交通安全法》', '第一百零九条第二款第（三）项'),
    rec('《工伤保险条例》', '第十七条、第十八条'),
    '设定依据:\n  - 《中华人民共和国食品安全法》第三十五条\n  - 《食品经营许可和备案管理办法》第六条\n',
    '设定依据: 《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》第六条',
    {
      name: 'text with the article quoted',
      yaml: '设定依据: "《中华人民共和国行政许可法》第十二条：下列事项可以设定行政许可；（一）直接涉及国家安全的事项"',
    },
    { name: 'full-width digits', yaml: rec('《中华人民共和国食品安全法》', '第３５条') },
    { name: "a missing 条款 key is guide-schema's", yaml: '设定依据:\n  - 名称: 《中华人民共和国食品安全法》\n' },
  ],
  invalid: [
    // real string from a published guide (广西灵山县): a 通知 is cited by paragraph, not by article — a warning at most
    {
      name: '条款 第二款 of a 通知 (real)',
      yaml: rec('《国务院办公厅关于加强和规范新开工项目管理的通知》', '第二款'),
      errors: [{ messageId: 'noArticle', line: 3, column: 9, severity: 'warning', message: '可能不完整' }],
    },
    {
      name: 'a bare law title: --fix adds 《》',
      yaml: rec('中华人民共和国食品安全法', '第三十五条'),
      errors: [{ messageId: 'noLawName', line: 2, column: 9, item: 10, fix: '《中华人民共和国食品安全法》' }],
    },
    {
      name: 'angle brackets instead of 《》',
      yaml: rec('<食品经营许可和备案管理办法>', '第六条'),
      errors: [{ messageId: 'noLawName', line: 2, column: 9, fix: '《食品经营许可和备案管理办法》' }],
    },
    {
      name: 'not a title: no fix',
      yaml: rec('国务院有关规定及相关文件', '第六条'),
      errors: [{ messageId: 'noLawName', line: 2, column: 9 }],
    },
    { name: 'empty 《》', yaml: rec('《》', '第六条'), errors: [{ messageId: 'noLawName', line: 2, column: 9 }] },
    { name: 'blank name', yaml: rec('""', '第六条'), errors: [{ messageId: 'blankName', line: 2, column: 9 }] },
    {
      name: 'a bare article number: --fix adds 第…条',
      yaml: rec('《中华人民共和国食品安全法》', '三十五'),
      errors: [
        {
          messageId: 'noArticle',
          line: 3,
          column: 9,
          fix: '第三十五条',
          output: rec('《中华人民共和国食品安全法》', '第三十五条'),
        },
      ],
    },
    {
      name: '35条',
      yaml: rec('《中华人民共和国食品安全法》', '35条'),
      errors: [
        {
          messageId: 'noArticle',
          line: 3,
          column: 9,
          fix: '第35条',
          output: rec('《中华人民共和国食品安全法》', '第35条'),
        },
      ],
    },
    {
      name: 'a chapter is not an article',
      yaml: rec('《中华人民共和国食品安全法》', '第三章'),
      errors: [{ messageId: 'noArticle', line: 3, column: 9 }],
    },
    {
      name: 'blank article',
      yaml: rec('《中华人民共和国食品安全法》', '""'),
      errors: [{ messageId: 'blankArticle', line: 3, column: 9 }],
    },
    {
      name: 'text entry without 《》',
      yaml: '设定依据:\n  - 《中华人民共和国食品安全法》第三十五条\n  - 食品经营许可和备案管理办法第六条\n',
      errors: [{ messageId: 'textNoLaw', line: 3, column: 5, fix: '《食品经营许可和备案管理办法》第六条' }],
    },
    {
      name: 'text without 《》 that is not a title: no fix',
      yaml: '设定依据: 依据国家有关规定第六条\n',
      errors: [{ messageId: 'textNoLaw', line: 1, column: 7 }],
    },
    {
      name: 'text entry without an article',
      yaml: '设定依据:\n  - 《食品经营许可和备案管理办法》\n',
      errors: [{ messageId: 'textNoArticle', line: 2, column: 5, message: '《食品经营许可和备案管理办法》第三十五条' }],
    },
    {
      name: 'blank text entry',
      yaml: '设定依据:\n  - ""\n  - 《中华人民共和国食品安全法》第三十五条\n',
      errors: [{ messageId: 'blankEntry', line: 2, column: 5 }],
    },
    {
      name: 'one text, second law without an article',
      yaml: '设定依据: 《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》\n',
      errors: [{ messageId: 'textNoArticle', line: 1, column: 7 }],
    },
    {
      name: 'record with both wrong',
      yaml: rec('食品经营许可和备案管理办法', '全文'),
      errors: [
        { messageId: 'noLawName', line: 2, column: 9 },
        { messageId: 'noArticle', line: 3, column: 9 },
      ],
    },
  ],
});
