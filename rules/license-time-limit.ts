import {
  citesExtension,
  defineRule,
  definitelyExceeds,
  isDays,
  LICENSE_DECISION_LIMIT,
  limitAt,
  typeAmong,
} from '../src/kit/index.js';

const KEY = '法定办结时限';

export default defineRule({
  meta: {
    id: 'license-time-limit',
    item: 12,
    severity: 'warning',
    source: 'standard',
    description:
      '行政许可的法定办结时限超过20个工作日（或28个自然日）时，指南应注明延长审批或特殊程序（《行政许可法》第四十二条）',
    messages: {
      exceeds:
        '行政许可的法定办结时限“{value}”超过20个工作日，且未注明延长审批：《行政许可法》第四十二条规定20日内作出决定，经负责人批准可延长10日；应写作不超过“20个工作日”，或在特殊环节中列出种类为“延长审批”的环节及其设定依据',
    },
  },
  check(guide, ctx) {
    if (!typeAmong(guide, ['行政许可'])) return;
    const statutory = limitAt(guide, KEY);
    if (!statutory || !isDays(statutory.limit) || !definitelyExceeds(statutory.limit, LICENSE_DECISION_LIMIT)) return;
    if (citesExtension(guide)) return;
    ctx.report({ path: [KEY], messageId: 'exceeds', data: { value: statutory.shown } });
  },
});
