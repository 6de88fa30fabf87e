import {
  basicFormat,
  type BasicCodeProblem,
  type BasicFormat,
  CODE_FORMAT_OPTIONS,
  defineRule,
  expectedBasic,
  expectedImpl,
  type ImplCodeProblem,
  type ImplFormat,
  implFormat,
  itemTypeLabel,
  joinAlternatives,
  type Lang,
  levelCode,
  levelLabel,
  NATIONAL_CODE_FORMATS,
  readBasicCode,
  readImplCode,
  type TypeDigitsMismatch,
} from '../src/kit/index.js';

type Data = Record<string, unknown>;

const report = <M extends string>(messageId: M, data: Record<string, string | number>, suggestion?: string) => ({
  messageId,
  data,
  ...(suggestion === undefined ? {} : { suggestion }),
});

/** 事项类型 as written, with its label when written as a code: “01”（行政许可）. */
function typeText(written: string, code: string, lang: Lang): string {
  const label = itemTypeLabel(code);
  const extra = label && label !== written ? (lang === 'zh' ? `（${label}）` : ` (${label})`) : '';
  return lang === 'zh' ? `“${written}”${extra}` : `"${written}"${extra}`;
}

function typeReport(code: string, m: TypeDigitsMismatch, d: Data, lang: Lang) {
  const none = lang === 'zh' ? '未知代码' : 'an unknown code';
  const meaning = m.meaning.map((c) => itemTypeLabel(c) ?? c).join('/') || none;
  const type = typeText(String(d['事项类型']).trim(), m.typeCode, lang);
  const expected = joinAlternatives(lang, m.expected) || '?';
  return report('typeMismatch', { code, range: m.range, digits: m.digits, meaning, type, expected });
}

function basicReport(p: BasicCodeProblem, f: BasicFormat, d: Data, lang: Lang) {
  const expected = expectedBasic(f, lang);
  if (p.kind === 'type') return typeReport(p.code, p, d, lang);
  if (p.kind === 'blank') return report('blank', { element: '基本编码', expected });
  if (p.kind === 'number')
    return report('basicNumber', { value: String(p.value), suggested: p.suggested }, `"${p.suggested}"`);
  return report('basicFormat', { value: p.value, expected }, p.normalized);
}

function implReport(p: ImplCodeProblem, f: ImplFormat, d: Data, lang: Lang) {
  const expected = expectedImpl(f, lang);
  switch (p.kind) {
    case 'number':
      return report('implNumber', { value: String(p.value), expected });
    case 'blank':
      return report('blank', { element: '实施编码', expected });
    case 'format':
      return report('implFormat', { value: p.value, expected });
    case 'length':
      return report('implLength', { value: p.value, n: p.length });
    case 'char': {
      const { value, pos, char, range } = p;
      return report('implChar', { value, pos, char, range, part: p.part[lang], want: p.want[lang] });
    }
    case 'creditCharset':
      return report('creditCharset', { credit: p.credit, char: p.char });
    case 'creditCheck':
      return report('creditCheck', { credit: p.credit, expected: p.expected, actual: p.actual });
    case 'level': {
      const data = { digit: p.digit, digitLabel: levelLabel(p.digit) ?? '?', code: p.want };
      return report('levelMismatch', { ...data, level: String(d['行使层级']).trim() });
    }
    case 'basic':
      return report('basicMismatch', { part: p.part, basic: p.basic });
    case 'type':
      return typeReport(p.code, p, d, lang);
  }
}

export default defineRule({
  meta: {
    id: 'item-code',
    item: 10,
    severity: 'error',
    source: 'standard',
    description: '基本编码、实施编码格式正确（统一社会信用代码校验码符合 GB 32100），且与事项类型、行使层级一致',
    messages: {
      blank: '“{element}”为空，应填写{expected}',
      basicNumber:
        '基本编码写成了数字 {value}，前导零已丢失；应写成文本（YAML/JSON 中加引号，电子表格中设为文本格式），如 "{suggested}"',
      basicFormat: '基本编码“{value}”格式不正确，应为{expected}',
      typeMismatch:
        '基本编码“{code}”第{range}位为“{digits}”（{meaning}），与事项类型{type}不一致；按该事项类型这几位应为“{expected}”，否则应更正事项类型',
      implNumber:
        '实施编码写成了数字 {value}，位数已丢失；应写成文本（YAML/JSON 中加引号，电子表格中设为文本格式），为{expected}',
      implFormat: '实施编码“{value}”格式不正确，应为{expected}',
      implLength: '实施编码“{value}”有{n}位，应为31位（18位统一社会信用代码 + 1位行使层级代码 + 12位基本编码）',
      implChar: '实施编码“{value}”第{pos}位是“{char}”：{part}（第{range}位）应为{want}',
      creditCharset:
        '实施编码中的统一社会信用代码“{credit}”含有字符“{char}”；GB 32100 只使用数字和大写字母（不含 I、O、S、V、Z）',
      creditCheck:
        '实施编码中的统一社会信用代码“{credit}”校验码错误：按 GB 32100 第18位应为“{expected}”，实为“{actual}”；请核对实施主体的统一社会信用代码',
      levelMismatch: '实施编码中的行使层级代码“{digit}”（{digitLabel}）与行使层级“{level}”不一致，应为“{code}”',
      basicMismatch:
        '实施编码中的基本编码部分“{part}”与基本编码“{basic}”不一致；实施编码应包含本事项的基本编码“{basic}”',
    },
    options: CODE_FORMAT_OPTIONS,
    defaultOptions: NATIONAL_CODE_FORMATS,
  },
  check(guide, ctx) {
    const d = guide.data;
    const bf = basicFormat(ctx.options.basicCode);
    const basic = readBasicCode(d['基本编码'], bf, d['事项类型']);
    if (basic.problem && bf) ctx.report({ path: ['基本编码'], ...basicReport(basic.problem, bf, d, ctx.lang) });
    const f = implFormat(ctx.options.implCode);
    if (!f) return;
    const level = levelCode(d['行使层级']);
    const compare = { level, basic: basic.code, basicWritten: d['基本编码'], basicFormat: bf, type: d['事项类型'] };
    for (const p of readImplCode(d['实施编码'], f, compare).problems)
      ctx.report({ path: ['实施编码'], ...implReport(p, f, d, ctx.lang) });
  },
});
