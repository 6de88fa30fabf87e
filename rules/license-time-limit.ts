import {
  defineRule,
  definitelyExceeds,
  enumOf,
  isDays,
  isRecord,
  readTimeLimit,
  recordsOf,
  shownLimit,
  textOf,
  VALUE_SETS,
} from '../src/kit/index.js';

const KEY = '法定办结时限';
/** 行政许可法 art. 42: a decision within 20 days of acceptance (the law's days are working days). */
const LIMIT = { value: 20, unit: '工作日' as const };
/** Words that say the period is extended or handled jointly (art. 42 para. 1 and 2). */
const EXTENSION = /延长|延期|联合办理|集中办理|统一办理/;
const ART_42 = /第(?:四十二|42)条/;

const norm = (s: string) => s.normalize('NFKC');

/** The texts of a 设定依据 value: a string, or each entry's 名称 + 条款. */
function basisTexts(v: unknown): string[] {
  const one = (x: unknown): string => (isRecord(x) ? `${textOf(x['名称']) ?? ''}${textOf(x['条款']) ?? ''}` : textOf(x) ?? '');
  return (Array.isArray(v) ? v.map(one) : [one(v)]).map(norm).filter(Boolean);
}

/** The guide cites an extension or special procedure that allows more than 20 working days. */
function citesExtension(data: Record<string, unknown>, specials: Record<string, unknown>[]): boolean {
  for (const s of specials) {
    if (enumOf(VALUE_SETS.特别程序种类, s['种类'])?.label === '延长审批') return true;
    if (EXTENSION.test(norm(`${textOf(s['名称']) ?? ''}${textOf(s['设定依据']) ?? ''}`))) return true;
  }
  return basisTexts(data['设定依据']).some((t) => EXTENSION.test(t) || (t.includes('行政许可法') && ART_42.test(t)));
}

export default defineRule({
  meta: {
    id: 'license-time-limit',
    item: 12,
    severity: 'warning',
    source: 'standard',
    description: {
      zh: '行政许可的法定办结时限超过20个工作日（或28个自然日）时，指南应注明延长审批或特殊程序（《行政许可法》第四十二条）',
      en: 'an administrative licence whose statutory time limit exceeds 20 working days (or 28 calendar days) cites an extension or special procedure (Administrative License Law art. 42)',
    },
    messages: {
      exceeds: {
        zh: '行政许可的法定办结时限“{value}”超过20个工作日，且未注明延长审批：《行政许可法》第四十二条规定20日内作出决定，经负责人批准可延长10日；应写作不超过“20个工作日”，或在特殊环节中列出种类为“延长审批”的环节及其设定依据',
        en: 'the statutory time limit "{value}" of an administrative licence exceeds 20 working days with no extension cited: Administrative License Law art. 42 sets 20 days, extendable by 10 with the head\'s approval; state at most "20个工作日", or list a 特殊环节 of 种类 "延长审批" with its legal basis',
      },
    },
    docs: {
      details: {
        zh: '依据 docs/standards.md“时限（行政许可法）”：第四十二条规定行政许可决定应在受理之日起 20 日内作出，经本机关负责人批准可延长 10 日；统一办理、联合办理、集中办理的为 45 日，可延长 15 日；法律、法规另有规定的依照其规定；法律的期限按工作日计。因此事项类型为行政许可（或代码 01）、法定办结时限超过 20 个工作日的指南，应说明超出的依据。以自然日计的时限保守换算：只有超过 28 个自然日（20 个工作日最长可跨 28 个日历日）才报告。以下任一情形视为“已注明”，不报告：（1）特殊环节中有一项的种类为“延长审批”（或代码 1），或其名称、设定依据含“延长”“延期”“联合办理”“集中办理”“统一办理”；（2）设定依据中有一项（名称加条款，或文本）含上述词语，或同时写明“行政许可法”与“第四十二条”（或“第42条”）。其他法律法规另有规定的期限无法自动核实，所以这是警告：可在特殊环节或设定依据中写明依据，或在配置中关闭本规则。法定时限无法解析时由 statutory-time-limit 报告，这里不比较。',
        en: 'From docs/standards.md, "Time limits (行政许可法)": art. 42 has a licence decided within 20 days of acceptance, extendable by 10 days with the approval of the body\'s head; unified, joint or centralised handling takes 45 days, extendable by 15; other laws may provide otherwise; the law counts working days. So a guide whose 事项类型 is 行政许可 (code 01) and whose statutory limit exceeds 20 working days should say why. Calendar days are converted conservatively: only more than 28 自然日 (20 working days span at most 28 calendar days) is reported. Any of these counts as citing an extension, and silences the warning: (1) a 特殊环节 entry whose 种类 is 延长审批 (code 1), or whose 名称 or 设定依据 contains 延长, 延期, 联合办理, 集中办理 or 统一办理; (2) a 设定依据 entry (名称 plus 条款, or a text) containing one of those words, or naming both 行政许可法 and 第四十二条 (or 第42条). Periods other laws set cannot be verified automatically, hence a warning: cite the basis in 特殊环节 or 设定依据, or turn the rule off in the config. A statutory limit that does not parse is statutory-time-limit\'s; nothing is compared here.',
      },
      bad: '事项类型: 行政许可\n法定办结时限: 30个工作日\n',
      good: '事项类型: 行政许可\n法定办结时限: 30个工作日\n特殊环节:\n  - 名称: 延长审批期限\n    时限: 10个工作日\n    设定依据: 《中华人民共和国行政许可法》第四十二条\n    种类: 延长审批\n',
    },
  },
  check(guide, ctx) {
    if (enumOf(VALUE_SETS.事项类型, guide.data['事项类型'])?.label !== '行政许可') return;
    const raw = guide.data[KEY];
    const t = readTimeLimit(raw);
    if (!isDays(t) || !definitelyExceeds(t, LIMIT)) return;
    if (citesExtension(guide.data, recordsOf(guide, '特殊环节').map((r) => r.data))) return;
    ctx.report({ path: [KEY], messageId: 'exceeds', data: { value: shownLimit(t, raw) } });
  },
});
