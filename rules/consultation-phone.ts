import { parsePhones, type PhoneProblem, textElementRule } from '../src/kit/index.js';

const MESSAGE_OF = {
  empty: 'empty',
  'no-area-code': 'noAreaCode',
  malformed: 'malformed',
  url: 'url',
} as const satisfies Record<PhoneProblem['kind'], string>;

export default textElementRule({
  meta: {
    id: 'consultation-phone',
    item: 16,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { noAreaCode: 'warning', url: 'warning' },
    description: '咨询电话（及监督电话）是有效的电话号码：带区号的固定电话、手机、400/800 号码或 12xxx 政务服务热线',
    messages: {
      noAreaCode: '{element}“{text}”缺少区号，固定电话通常应写明区号，如“0471-6945678”',
      malformed: '{element}“{text}”不是有效的电话号码，应写作如“0471-6945678”“13912345678”“400-888-4636”或“12345”',
      url: '{element}中写了网址“{text}”，电话栏通常只写电话号码，如“0471-6945678”',
      empty: '{element}为空，应填写受理部门的电话号码，如“0471-6945678”',
    },
  },
  // 监督电话 is beyond the checklist: its findings serve no item.
  elements: [
    ['咨询电话', 16],
    ['监督电话', null],
  ],
  numbers: true,
  problems: (text, { element }) =>
    parsePhones(text).problems.map((p) => ({ messageId: MESSAGE_OF[p.kind], data: { element, text: p.text.trim() } })),
});
