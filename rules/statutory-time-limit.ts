import {
  defineRule,
  isZeroForm,
  limitProblemReport,
  readTimeLimit,
  shownLimit,
  TIME_LIMIT_MESSAGES,
  TIME_LIMIT_SEVERITY,
} from '../src/kit/index.js';

const KEY = '法定办结时限';

export default defineRule({
  meta: {
    id: 'statutory-time-limit',
    item: 12,
    severity: 'error',
    source: 'checklist',
    messageSeverity: TIME_LIMIT_SEVERITY,
    description: {
      zh: '法定办结时限是带“工作日”或“自然日”的正数天数（或法律允许的“当场办结”），不写含义不明的“20天”“20日”',
      en: 'the statutory time limit (法定办结时限) is a positive number of 工作日 or 自然日 (or 当场办结 where the law allows it), never an ambiguous "20天" / "20日"',
    },
    messages: {
      ...TIME_LIMIT_MESSAGES,
      zero: {
        zh: '法定办结时限“{value}”为0，法定期限应为正数天数，如“20个工作日”；法律规定当场作出决定的，写“当场办结”',
        en: 'the statutory time limit "{value}" is 0; a statutory period is a positive number of days, e.g. "20个工作日"; where the law has the decision made on the spot, write "当场办结"',
      },
    },
    docs: {
      details: {
        zh: '清单第 12 项：法定办结时限按《行政许可法》等法律法规写明，并注明工作日或自然日。值可写作 {数值, 单位} 或文本，由 src/parse/time-limit.ts 解析：阿拉伯数字、全角数字、中文数字（“二十个工作日”“两个工作日”）、小数（“0.5个工作日”）以及“自受理之日起20个工作日内”“20个工作日（不含公示时间）”等写法均可。docs/standards.md（行政许可法 第四十二至四十五条）：法律的期限按工作日计，未注明工作日或自然日的“20日”“20天”“10日内”或只写数字“20”含义不明，正是第 12 项禁止的写法，本规则报告而不猜测；“个月”“小时”等其他单位应换算为工作日或自然日；负数、没有数值、夹杂说明文字（如“材料齐全后20个工作日内办结，特殊情况可延长10个工作日”）的值也报告。{数值, 单位} 写法中单位有误时报告在“单位”上，数值有误时报告在“数值”上。决定：“当场办结”“即办”作为法定时限可以接受（第四十二条：“除可以当场作出行政许可决定的外”），但写作 0（“0”“0个工作日”“数值: 0”）的法定时限报告为错误——0 常是平台导出中“未填写”的占位值，法律规定当场办结的应写“当场办结”。缺少本要素或类型错误由 guide-schema 报告。时限写在说明文字中但天数和单位明确（如“材料齐全后20个工作日内办结…”）为警告（limitInProse）；只有文字、没有工作日或自然日天数的为错误。',
        en: 'Checklist item 12: the statutory time limit is stated per the Administrative License Law (行政许可法) and other laws, saying 工作日 (working days) or 自然日 (calendar days). It is written as {数值, 单位} or as text and parsed by src/parse/time-limit.ts: Arabic, full-width and Chinese numerals ("二十个工作日", "两个工作日"), decimals ("0.5个工作日") and forms like "自受理之日起20个工作日内" or "20个工作日（不含公示时间）" are accepted. docs/standards.md (行政许可法 art. 42–45): the law counts working days, and an unqualified "20日", "20天", "10日内" or a bare "20" is ambiguous — exactly what item 12 forbids — so it is reported, never guessed; other units (个月, 小时) must be converted to 工作日 or 自然日; negative values, values without a number and values mixed with prose ("材料齐全后20个工作日内办结，特殊情况可延长10个工作日") are reported too. In the {数值, 单位} form a bad unit is reported on 单位, a bad number on 数值. Decision: "当场办结" / "即办" is accepted as a statutory limit (art. 42: "unless the decision can be made on the spot"), but a statutory limit written as 0 ("0", "0个工作日", 数值: 0) is an error — 0 is often an export\'s placeholder for "not filled in"; a law that has the decision made on the spot is written "当场办结". A missing or wrongly typed element is reported by guide-schema. A limit stated inside prose ("材料齐全后20个工作日内办结…") is a warning (limitInProse); prose with no number of 工作日 or 自然日 is an error.',
      },
      bad: '法定办结时限: 20天\n',
      good: '法定办结时限: 20个工作日\n',
    },
  },
  check(guide, ctx) {
    const value = guide.data[KEY];
    const t = readTimeLimit(value);
    if (!t) return;
    if (!t.ok) {
      const r = limitProblemReport(value, [KEY], t, ctx.lang === 'zh' ? KEY : `the statutory time limit (${KEY})`);
      ctx.report(r);
    } else if (isZeroForm(t)) {
      ctx.report({ path: [KEY], messageId: 'zero', data: { value: shownLimit(t, value) } });
    }
  },
});
