import { ruleTester } from '../support/rule-tester.js';
import onsiteReason from '../../rules/onsite-reason.js';

ruleTester(onsiteReason, {
  valid: [
    { name: 'the base guide (1 visit, reason given)', yaml: '事项名称: 食品经营许可（新办）' },
    // clean fixtures
    '到办事现场次数: 2\n必须现场办理原因: 首次申领需到窗口核验退役证件原件并现场采集人像信息；优待证制作完成后需本人到窗口签收领取\n', // veteran
    '到办事现场次数: 0\n必须现场办理原因: ""\n办理形式: [电脑端网上办理, 移动端网上申请]\n', // work-injury (no reason)
    { name: '0 visits, reason 无', yaml: '到办事现场次数: 0\n必须现场办理原因: 无\n' },
    {
      name: 'Ⅰ级, 0 visits, post only',
      yaml: '办理深度: Ⅰ级\n到办事现场次数: 0\n必须现场办理原因: ""\n办理形式: [快递申请]\n',
    },
    { name: "Ⅳ with visits is depth-visits'", yaml: '办理深度: Ⅳ级\n到办事现场次数: 1\n必须现场办理原因: ""\n' },
    {
      name: "Ⅲ without online channel is depth-visits'",
      yaml: '到办事现场次数: 0\n必须现场办理原因: ""\n办理形式: [窗口办理]\n',
    },
  ],
  invalid: [
    {
      name: '1 visit, blank reason',
      yaml: '到办事现场次数: 1\n必须现场办理原因: ""\n',
      errors: [{ messageId: 'missing', line: 1, column: 10, item: 22 }],
    },
    {
      name: '"2次", reason "/"',
      yaml: '办理深度: Ⅱ级\n到办事现场次数: 2次\n必须现场办理原因: /\n',
      errors: [{ messageId: 'missing', line: 2, column: 10 }],
    },
    {
      name: 'reason 不涉及',
      yaml: '到办事现场次数: 1\n必须现场办理原因: 不涉及\n',
      errors: [{ messageId: 'missing', line: 1, column: 10 }],
    },
    {
      name: 'synonym keys',
      yaml: '到现场次数: 1\n到现场原因: 无\n',
      errors: [{ messageId: 'missing', line: 1, column: 8 }],
    },
    {
      name: '0 visits with a reason',
      yaml: '到办事现场次数: 0\n必须现场办理原因: 需现场核验申请材料原件\n',
      errors: [{ messageId: 'contradictory', line: 2, column: 11, message: '“需现场核验申请材料原件”' }],
    },
    {
      name: '"0次" with a reason',
      yaml: '必须现场办理原因: 需现场签字\n到办事现场次数: 0次\n',
      errors: [{ messageId: 'contradictory', line: 1, column: 11 }],
    },
    {
      name: '0 visits, window only',
      yaml: '办理深度: Ⅰ级\n到办事现场次数: 0\n必须现场办理原因: ""\n办理形式: [窗口办理]\n',
      errors: [{ messageId: 'noRemote', line: 4, column: 7 }],
    },
    {
      name: '0 visits, no depth, window and other',
      yaml: '办理深度: ""\n到办事现场次数: 0\n必须现场办理原因: ""\n办理形式: 窗口办理、其他\n',
      errors: [{ messageId: 'noRemote', line: 4, column: 7 }],
    },
    {
      name: 'both at Ⅰ级',
      yaml: '办理深度: Ⅰ级\n到办事现场次数: 0\n必须现场办理原因: 需现场核验\n办理形式: [窗口办理]\n',
      errors: [
        { messageId: 'contradictory', line: 3, column: 11 },
        { messageId: 'noRemote', line: 4, column: 7 },
      ],
    },
  ],
});
