import {
  defineRule,
  isPlaceholder,
  type Lang,
  limitProblemReport,
  readTimeLimit,
  stepsOf,
  textOf,
  TIME_LIMIT_MESSAGES,
  TIME_LIMIT_SEVERITY,
} from '../src/kit/index.js';

const TEXT_ELEMENTS: Record<string, string[]> = {
  环节名称: ['受理', '审查', '决定'],
  审批标准: ['申请材料齐全、符合法定形式'],
  办理结果: ['受理通知书', '准予许可决定书'],
};
const TEXT_ENTRIES = Object.entries(TEXT_ELEMENTS);

const stepLabel = (n: number, name: string | undefined, lang: Lang) =>
  lang === 'zh' ? `第${n}个环节${name ? `“${name}”` : ''}` : `step ${n}${name ? ` ("${name}")` : ''}`;

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
    if (Array.isArray(list) && list.length === 0) {
      ctx.report({ path: ['办理流程'], messageId: 'noSteps' });
      return;
    }
    for (const s of stepsOf(guide)) {
      const step = () => stepLabel(s.index + 1, textOf(s.data['环节名称']) || undefined, ctx.lang);
      for (const [element, example] of TEXT_ENTRIES) {
        const v = s.data[element];
        if (typeof v !== 'string') continue; // absent or another type: guide-schema
        const text = v.trim();
        const messageId = text === '' ? 'blank' : isPlaceholder(text) ? 'placeholder' : undefined;
        if (!messageId) continue;
        const shown =
          ctx.lang === 'zh' ? example.map((x) => `“${x}”`).join('') : example.map((x) => `"${x}"`).join(', ');
        ctx.report({
          path: [...s.path, element],
          messageId,
          data: { step: step(), element, value: text, example: shown },
        });
      }
      const raw = s.data['办理时限'];
      if (typeof raw === 'string' && raw.trim() !== '' && isPlaceholder(raw)) {
        ctx.report({
          path: [...s.path, '办理时限'],
          messageId: 'placeholder',
          data: {
            step: step(),
            element: '办理时限',
            value: raw.trim(),
            example: ctx.lang === 'zh' ? '“1个工作日”' : '"1个工作日"',
          },
        });
        continue;
      }
      const t = readTimeLimit(raw);
      if (t && !t.ok) {
        const element = ctx.lang === 'zh' ? `${step()}的办理时限` : `the time limit of ${step()}`;
        ctx.report(limitProblemReport(raw, [...s.path, '办理时限'], t, element));
      }
    }
  },
});
