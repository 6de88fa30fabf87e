import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/implementing-body.js';

ruleTester(rule, {
  valid: [
    { name: 'the base guide', yaml: '实施主体: 呼和浩特市市场监督管理局' },
    { name: 'a district organ', yaml: '实施主体: 北京市顺义区残疾人联合会' },
    { name: 'a township government', yaml: '实施主体: 北京市顺义区天竺镇人民政府' },
    { name: 'an autonomous region', yaml: '实施主体: 广西壮族自治区人民政府' },
    { name: 'a national item needs no area', yaml: '实施主体: 国家税务总局\n行使层级: 国家级' },
    { name: "a placeholder is guide-schema's", yaml: '实施主体: 无' },
  ],
  invalid: [
    // real strings from published guides (北京顺义区)
    {
      name: '残联 (real)',
      yaml: '实施主体: 残联\n',
      errors: [
        {
          messageId: 'noArea',
          line: 1,
          column: 7,
          item: 8,
          severity: 'info',
          message: '实施主体“残联”没有地区名称，可能是简称；通常写全称，如“××市××区残疾人联合会”',
        },
      ],
    },
    {
      name: 'wjb, a department code (real)',
      yaml: '实施主体: wjb\n',
      errors: [{ messageId: 'code', line: 1, column: 7, severity: 'info' }],
    },
    {
      name: 'an organ without area',
      yaml: '实施主体: 市场监督管理局\n',
      errors: [{ messageId: 'noArea', line: 1, column: 7 }],
    },
    {
      name: '县人民政府 names no county',
      yaml: '实施主体: 县人民政府\n',
      errors: [{ messageId: 'noArea', line: 1, column: 7 }],
    },
    {
      name: 'synonym 实施机构',
      yaml: '实施机构: 人社局\n',
      errors: [{ messageId: 'noArea', line: 1, column: 7, path: ['实施机构'], message: '人力资源和社会保障局' }],
    },
  ],
});
