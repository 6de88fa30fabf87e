import {
  basisTexts,
  defineRule,
  definitelyExceeds,
  enumOf,
  isDays,
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
    description:
      '行政许可的法定办结时限超过20个工作日（或28个自然日）时，指南应注明延长审批或特殊程序（《行政许可法》第四十二条）',
    messages: {
      exceeds:
        '行政许可的法定办结时限“{value}”超过20个工作日，且未注明延长审批：《行政许可法》第四十二条规定20日内作出决定，经负责人批准可延长10日；应写作不超过“20个工作日”，或在特殊环节中列出种类为“延长审批”的环节及其设定依据',
    },
  },
  check(guide, ctx) {
    if (enumOf(VALUE_SETS.事项类型, guide.data['事项类型'])?.label !== '行政许可') return;
    const raw = guide.data[KEY];
    const t = readTimeLimit(raw);
    if (!isDays(t) || !definitelyExceeds(t, LIMIT)) return;
    if (
      citesExtension(
        guide.data,
        recordsOf(guide, '特殊环节').map((r) => r.data),
      )
    )
      return;
    ctx.report({ path: [KEY], messageId: 'exceeds', data: { value: shownLimit(t, raw) } });
  },
});
