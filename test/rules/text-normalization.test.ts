import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/text-normalization.js';

ruleTester(rule, {
  valid: [
    '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00（法定节假日除外）',
    '咨询电话: 0471-6945678',
    '承诺办结时限: 5个工作日',
    '事项名称: 食品经营许可（新办）',
    '办理地点: [呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口]',
    { name: 'Chinese punctuation in text stays', yaml: '必须现场办理原因: 需现场核验原件（身份证、营业执照）' },
  ],
  invalid: [
    // real strings from published guides: a full-width colon between half-width digits, and a long dash in a phone number
    {
      name: '下午14：00-17:00 (real)',
      yaml: '办理时间: 工作日：上午9:00-12:00，下午14：00-17:00',
      errors: [
        {
          messageId: 'separator',
          line: 1,
          column: 7,
          severity: 'info',
          fix: '工作日：上午9:00-12:00，下午14:00-17:00',
        },
      ],
      output: '办理时间: 工作日：上午9:00-12:00，下午14:00-17:00',
    },
    {
      name: '上午9：00-12：00 (real)',
      yaml: '办理时间: 周一至周五上午9：00-12：00（法定节假日除外）',
      errors: [{ messageId: 'separator', line: 1, column: 7, fix: '周一至周五上午9:00-12:00（法定节假日除外）' }],
    },
    {
      name: '0777—6428820 (real)',
      yaml: '咨询电话: 0777—6428820',
      errors: [
        {
          messageId: 'separator',
          line: 1,
          column: 7,
          severity: 'info',
          fix: '0777-6428820',
          message: '“咨询电话”中数字之间用了全角冒号或长横线，应写作“0777-6428820”',
        },
      ],
    },
    {
      name: 'an en dash in a phone',
      yaml: '咨询电话: 0471–6945678',
      errors: [{ messageId: 'separator', line: 1, column: 7, fix: '0471-6945678' }],
    },
    {
      yaml: '办理时间: 星期一至星期五：上午０９：００-１２：００，下午13:00-17:00（法定节假日除外）',
      errors: [
        {
          messageId: 'fullWidth',
          line: 1,
          column: 7,
          fix: '星期一至星期五：上午09:00-12:00，下午13:00-17:00（法定节假日除外）',
        },
      ],
    },
    {
      yaml: '咨询电话: ０４７１－６９４５６７８',
      errors: [{ messageId: 'fullWidth', line: 1, column: 7, fix: '0471-6945678' }],
      output: '咨询电话: 0471-6945678',
    },
    { yaml: '承诺办结时限: ５个工作日', errors: [{ messageId: 'fullWidth', line: 1, column: 9, fix: '5个工作日' }] },
    {
      yaml: '事项名称: " 食品经营许可（新办） "',
      errors: [{ messageId: 'whitespace', line: 1, column: 7, fix: '食品经营许可（新办）' }],
      output: '事项名称: "食品经营许可（新办）"',
    },
    {
      yaml: '实施主体: "呼和浩特市市场监督管理局\u3000"',
      errors: [{ messageId: 'whitespace', line: 1, column: 7, fix: '呼和浩特市市场监督管理局' }],
      output: '实施主体: "呼和浩特市市场监督管理局"',
    },
    {
      yaml: '办理地点:\n  - 呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口\n  - " 呼和浩特市新城区新华东街1号政务服务中心二楼204室13号窗口"',
      errors: [{ messageId: 'whitespace', line: 3, column: 5, path: ['办理地点', 1] }],
    },
    {
      yaml: '基本编码: "０００１１７０１２０００"',
      errors: [{ messageId: 'fullWidth', line: 1, column: 7, fix: '000117012000' }],
    },
    {
      yaml: '申请材料:\n  - 材料名称: "营业执照 "\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    份数: "２份"\n    材料类型: 复印件\n    材料形式: 纸质\n',
      errors: [
        { messageId: 'whitespace', line: 2, column: 11, fix: '营业执照' },
        { messageId: 'fullWidth', line: 5, column: 9, fix: '2份' },
      ],
      output:
        '申请材料:\n  - 材料名称: "营业执照"\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    份数: "2份"\n    材料类型: 复印件\n    材料形式: 纸质\n',
    },
    {
      yaml: '办理流程:\n  - 环节名称: 受理\n    办理时限: １个工作日\n    审批标准: 材料齐全\n    办理结果: 受理通知书\n',
      errors: [{ messageId: 'fullWidth', line: 3, column: 11, path: ['办理流程', 0, '办理时限'] }],
    },
  ],
});
