import {
  defineRule,
  limitProblemReport,
  readTimeLimit,
  TIME_LIMIT_MESSAGES,
  TIME_LIMIT_SEVERITY,
} from '../src/kit/index.js';

const KEY = '承诺办结时限';

export default defineRule({
  meta: {
    id: 'promised-time-limit',
    item: 13,
    severity: 'error',
    source: 'checklist',
    messageSeverity: TIME_LIMIT_SEVERITY,
    description: {
      zh: '承诺办结时限是带“工作日”或“自然日”的正数天数，或“即办”“当场办结”“0”，不写含义不明的“5天”“5日”',
      en: 'the promised time limit (承诺办结时限) is a positive number of 工作日 or 自然日, or 即办 / 当场办结 / 0, never an ambiguous "5天" / "5日"',
    },
    messages: { ...TIME_LIMIT_MESSAGES },
    docs: {
      details: {
        zh: '清单第 13 项：承诺办结时限须写明，并注明工作日或自然日。值可写作 {数值, 单位} 或文本，由 src/parse/time-limit.ts 解析（阿拉伯数字、全角数字、中文数字、小数如“0.5个工作日”、“1个工作日内”等）。docs/standards.md：即办件的承诺时限为“即办”、0 或“当场办结”，这些写法都接受（0 不论单位均视为即办）；未注明工作日或自然日的“5日”“5天”“10日内”或只写数字含义不明，报告而不猜测；“个月”“小时”等其他单位、负数、没有数值或夹杂说明文字的值（如“办事提速。申请人准备、修改材料不计入承诺办结时限。”）也报告。{数值, 单位} 写法中单位有误时报告在“单位”上，数值有误时报告在“数值”上。承诺时限与法定时限、办件类型是否一致由 time-limit-consistency 检查；缺少本要素由 guide-schema 报告。时限写在说明文字中但天数和单位明确为警告（limitInProse）；只有文字、没有工作日或自然日天数的（如“每年10月——11月办理”）为错误。',
        en: 'Checklist item 13: the promised time limit is stated, saying 工作日 or 自然日. It is written as {数值, 单位} or as text and parsed by src/parse/time-limit.ts (Arabic, full-width and Chinese numerals, decimals like "0.5个工作日", "1个工作日内" …). docs/standards.md: the promised limit of an immediate item (即办件) is 即办, 0 or 当场办结, and all of these are accepted (0 in any unit means immediate); an unqualified "5日", "5天", "10日内" or a bare number is ambiguous and reported, never guessed; other units (个月, 小时), negative values, values without a number and prose ("办事提速。申请人准备、修改材料不计入承诺办结时限。") are reported too. In the {数值, 单位} form a bad unit is reported on 单位, a bad number on 数值. Whether the promise agrees with the statutory limit and 办件类型 is checked by time-limit-consistency; a missing element by guide-schema. A limit stated inside prose is a warning (limitInProse); prose with no number of 工作日 or 自然日 ("每年10月——11月办理") is an error.',
      },
      bad: '承诺办结时限: { 数值: 5, 单位: 天 }\n',
      good: '承诺办结时限: { 数值: 5, 单位: 工作日 }\n',
    },
  },
  check(guide, ctx) {
    const value = guide.data[KEY];
    const t = readTimeLimit(value);
    if (!t || t.ok) return;
    ctx.report(limitProblemReport(value, [KEY], t, ctx.lang === 'zh' ? KEY : `the promised time limit (${KEY})`));
  },
});
