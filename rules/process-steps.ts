import {
  defineRule,
  fieldsOf,
  isPlaceholder,
  type Lang,
  quoted,
  quotedList,
  reportTimeLimit,
  stepsOf,
  textOf,
  TIME_LIMIT_MESSAGES,
  TIME_LIMIT_SEVERITY,
} from '../src/kit/index.js';

/** A step's text elements, with examples for the messages. */
const EXAMPLES = {
  环节名称: ['受理', '审查', '决定'],
  审批标准: ['申请材料齐全、符合法定形式'],
  办理结果: ['受理通知书', '准予许可决定书'],
  办理时限: ['1个工作日'],
};
const FIELDS = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];

const stepLabel = (n: number, name: string | undefined, lang: Lang) =>
  lang === 'zh'
    ? `第${n}个环节${name ? quoted(lang, name) : ''}`
    : `step ${n}${name ? ` (${quoted(lang, name)})` : ''}`;

export default defineRule({
  meta: {
    id: 'process-steps',
    item: 21,
    severity: 'error',
    source: 'checklist',
    messageSeverity: TIME_LIMIT_SEVERITY,
    description: '办理流程不为空，每个环节写明环节名称、办理时限（带工作日或自然日）、审批标准和办理结果',
    messages: {
      ...TIME_LIMIT_MESSAGES,
      noSteps: '办理流程为空，应逐个列出办理环节及其环节名称、办理时限、审批标准、办理结果，如“受理”“审查”“决定”',
      blank: '{step}的“{element}”为空，应写明，如{example}',
      placeholder: '{step}的“{element}”写作“{value}”，未写明实际内容，应写明，如{example}',
    },
  },
  check(guide, ctx) {
    const list = guide.data['办理流程'];
    if (Array.isArray(list) && list.length === 0) ctx.report({ path: ['办理流程'], messageId: 'noSteps' });
    for (const s of stepsOf(guide)) {
      const step = stepLabel(s.index + 1, textOf(s.data['环节名称']), ctx.lang);
      // Other types are guide-schema's; a blank 办理时限 is reported by the time-limit check below.
      for (const { field: element, path, text } of fieldsOf(s, FIELDS)) {
        if (text === '' ? element === '办理时限' : !isPlaceholder(text)) continue;
        const data = { step, element, value: text, example: quotedList(ctx.lang, EXAMPLES[element]) };
        ctx.report({ path, messageId: text === '' ? 'blank' : 'placeholder', data });
      }
      const element = ctx.lang === 'zh' ? `${step}的办理时限` : `the time limit of ${step}`;
      // A placeholder reads as no time limit (reported above).
      reportTimeLimit(ctx, s.data['办理时限'], [...s.path, '办理时限'], element);
    }
  },
});
