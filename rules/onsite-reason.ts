import { defineRule, hasOnline, normalizeWidth, onsiteOf, textOf } from '../src/kit/index.js';

/** Texts that state no reason. */
const NO_REASON = /^(?:无|否|没有|暂无|不涉及|不需要|无需|无需到现场|无需现场办理|空|null|none|n\/?a|[/\\\-—–－]+)$/i;

function reasonOf(v: unknown): string | undefined {
  const t = textOf(v);
  if (!t) return undefined;
  return NO_REASON.test(normalizeWidth(t).replace(/[\s。.]/g, '')) ? undefined : t;
}

export default defineRule({
  meta: {
    id: 'onsite-reason',
    item: 22,
    severity: 'info',
    strictSeverity: 'warning',
    source: 'practice',
    description: '到办事现场次数大于0时写明必须现场办理原因；为0时不写原因，且办理形式有网上办理或快递申请',
    messages: {
      missing: '到办事现场次数为{visits}，但未写明必须现场办理原因；应增加如“必须现场办理原因: 需现场核验申请材料原件”',
      contradictory:
        '到办事现场次数为0，却写明了必须现场办理原因“{reason}”；无需到现场的事项应删除该原因，需要到现场的应改正次数',
      noRemote:
        '到办事现场次数为0，但办理形式“{channels}”中没有网上办理或快递申请，申请人无法不到现场办理；应补充“电脑端网上办理”“移动端网上申请”或“快递申请”，或改正次数',
    },
  },
  check(guide, ctx) {
    const { visits, channels, channelsText, depth } = onsiteOf(guide);
    if (visits === undefined) return;
    const reason = reasonOf(guide.data['必须现场办理原因']);
    if (visits > 0) {
      // at Ⅳ the count itself is wrong (depth-visits): asking for a reason would mislead
      if (!reason && depth !== 'Ⅳ级') ctx.report({ path: ['到办事现场次数'], messageId: 'missing', data: { visits } });
      return;
    }
    if (reason) ctx.report({ path: ['必须现场办理原因'], messageId: 'contradictory', data: { reason } });
    const depthChecksOnline = depth !== undefined && depth !== 'Ⅰ级';
    if (channels && !hasOnline(channels) && !channels.has('快递申请') && !depthChecksOnline) {
      ctx.report({ path: ['办理形式'], messageId: 'noRemote', data: { channels: channelsText } });
    }
  },
});
