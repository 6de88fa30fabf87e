import {
  defineRule,
  definitelyExceeds,
  formatDays,
  isDays,
  type ParsedLimit,
  readTimeLimit,
  shownLimit,
  stepsOf,
  sumSpans,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'step-time-total',
    item: 21,
    severity: 'warning',
    source: 'practice',
    description: {
      zh: '办理流程各环节的办理时限之和不超过承诺办结时限',
      en: 'the time limits of the process steps add up to no more than the promised time limit',
    },
    messages: {
      exceeds: {
        zh: '各环节办理时限合计{total}，超过承诺办结时限“{promised}”，可能有误；各环节时限之和通常不超过承诺时限，应缩短环节时限或更正承诺时限',
        en: 'the step time limits add up to {total}, more than the promised time limit "{promised}"; the steps should fit within the promise: shorten the steps or correct the promised limit',
      },
    },
    docs: {
      details: {
        zh: '清单第 21 项要求每个环节写明办理时限，第 13 项要求写明承诺办结时限；环节依次进行，时限之和超过承诺时限说明其中之一写错了（省级检查脚本的通行做法，属推断，因此是警告）。时限由 src/parse/time-limit.ts 解析，“即办”“当场办结”环节计 0。单位相同时直接相加比较；单位混用时保守换算（docs/standards.md 时限部分与 definitelyExceeds：一个工作日在日历上至少一天，N 个工作日至多 ⌈N/5⌉×7 个日历日），只报告一定超出的情形。以下情形不检查：任一环节时限缺失或无法解析（由 process-steps 报告）、承诺时限无法解析（由 promised-time-limit 报告）或为即办、办理流程为空。特殊环节（听证、检验、检测、鉴定、专家评审等）不计入，《行政许可法》第四十五条规定其时间不计入审批期限。结果报告在“办理流程”键上。',
        en: 'Checklist item 21 asks every step for a time limit and item 13 for a promised limit; the steps run one after another, so steps adding up to more than the promise mean one of them is wrong (common provincial checking practice, an inference: hence a warning). Limits are parsed by src/parse/time-limit.ts; 即办 / 当场办结 steps count 0. Limits in one unit are added and compared directly; mixed units are compared conservatively (docs/standards.md, time limits, and definitelyExceeds: a working day spans at least one calendar day, N working days at most ⌈N/5⌉×7 calendar days) and only a certain excess is reported. Not checked when any step\'s limit is missing or does not parse (process-steps reports it), when the promised limit does not parse (promised-time-limit) or is immediate, or when there are no steps. Special procedures (hearings, testing, appraisal, expert review …) are not counted: Administrative License Law art. 45 leaves their time out of the approval period. The finding is reported on the 办理流程 key.',
      },
      bad: '承诺办结时限: 5个工作日\n办理流程:\n  - 环节名称: 受理\n    办理时限: 2个工作日\n    审批标准: 申请材料齐全、符合法定形式\n    办理结果: 受理通知书\n  - 环节名称: 审查决定\n    办理时限: 5个工作日\n    审批标准: 符合法定条件和标准\n    办理结果: 准予许可决定书\n',
      good: '承诺办结时限: 7个工作日\n办理流程:\n  - 环节名称: 受理\n    办理时限: 2个工作日\n    审批标准: 申请材料齐全、符合法定形式\n    办理结果: 受理通知书\n  - 环节名称: 审查决定\n    办理时限: 5个工作日\n    审批标准: 符合法定条件和标准\n    办理结果: 准予许可决定书\n',
    },
  },
  check(guide, ctx) {
    const rawPromised = guide.data['承诺办结时限'];
    const promised = readTimeLimit(rawPromised);
    if (!isDays(promised)) return;
    const steps = stepsOf(guide);
    const list = guide.data['办理流程'];
    if (steps.length === 0 || (Array.isArray(list) && list.length !== steps.length)) return; // entries that are not steps: guide-schema
    const limits: ParsedLimit[] = [];
    for (const s of steps) {
      const t = readTimeLimit(s.data['办理时限']);
      if (!t?.ok) return;
      limits.push(t);
    }
    const total = sumSpans(limits);
    if (total.unit === null || !definitelyExceeds(total, promised)) return;
    const days = formatDays(total.value, total.unit, ctx.lang);
    const shown = total.mixed ? (ctx.lang === 'zh' ? `至少${days}` : `at least ${days}`) : days;
    ctx.report({ path: ['办理流程'], at: 'key', messageId: 'exceeds', data: { total: shown, promised: shownLimit(promised, rawPromised) } });
  },
});
