// The columns of a relational portal export (an items sheet, a sheet per record list joined by
// 实施编码) in the order the generated workbooks write them: fixtures/sheets and the benchmark's
// workbook. Each is looked up in the element dictionary, so a renamed element fails here, not in a
// fixture; test/model/export-columns.test.ts checks the spreadsheet loader reads every header back.

import { element, type Scope } from './elements.js';

const keys = (scope: Scope, names: readonly string[]): string[] => names.map((name) => element(scope, name).key);

export const EXPORT_COLUMNS = {
  /** Guide elements one cell each; 审批结果 spread over three columns (name, type, sample) as exports spread it. */
  items: [
    ...keys('guide', [
      '事项名称',
      '基本编码',
      '实施编码',
      '事项类型',
      '实施主体',
      '行使层级',
      '设定依据',
      '权责清单编码',
      '服务对象',
      '法定办结时限',
      '承诺办结时限',
      '办件类型',
      '办理深度',
      '到办事现场次数',
      '必须现场办理原因',
      '办理形式',
      '网办地址',
      '办理地点',
      '办理时间',
      '咨询电话',
      '监督电话',
      '中介服务',
      '情形',
      '是否收费',
      '收费依据',
      '收费项目',
      '支持网上支付',
      '审批结果',
    ]),
    '审批结果类型', // spreadsheet headers of 审批结果.类型 and .样本 (src/load/spreadsheet/headers.ts)
    '结果样本',
    ...keys('guide', ['常见问题']),
  ],
  material: keys('material', [
    '材料名称',
    '来源渠道',
    '出具单位',
    '份数',
    '材料类型',
    '材料形式',
    '必要性',
    '填写表格',
    '空表',
    '样表',
    '适用情形',
  ]),
  step: keys('step', ['环节名称', '办理时限', '审批标准', '办理结果']),
  special: keys('special', ['名称', '时限', '设定依据']),
  intermediary: keys('intermediary', ['名称', '设定依据', '服务机构']),
};
