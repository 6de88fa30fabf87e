import {
  basicFormat,
  type BasicFormat,
  checkCreditCode,
  codePattern,
  defineRule,
  expectedBasic,
  expectedImpl,
  type Guide,
  implFormat,
  type ImplFormat,
  isPlaceholder,
  itemTypeCode,
  itemTypeLabel,
  levelCode,
  levelLabel,
  NATIONAL_BASIC_LENGTH,
  NATIONAL_BASIC_PATTERN,
  NATIONAL_TYPE_DIGITS,
  nationalFault,
  normalizeWidth,
  type RuleContext,
} from '../src/kit/index.js';

/** Checks 基本编码; returns the code to compare 实施编码 with (undefined when unusable). */
function checkBasic(guide: Guide, ctx: RuleContext, f: BasicFormat | null): string | undefined {
  const raw = guide.data['基本编码'];
  if (typeof raw === 'number') {
    const s = Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : undefined;
    if (s !== undefined && (f === null || codePattern(f.pattern).test(s))) return s; // a full-length number is exact
    if (f === null) return undefined;
    const suggested =
      f.national && s !== undefined && s.length < NATIONAL_BASIC_LENGTH
        ? s.padStart(NATIONAL_BASIC_LENGTH, '0')
        : (f.example ?? (f.national ? '000117012000' : f.pattern));
    ctx.report({
      path: ['基本编码'],
      messageId: 'basicNumber',
      data: { value: String(raw), suggested },
      suggestion: `"${suggested}"`,
    });
    return undefined;
  }
  if (typeof raw !== 'string' || (raw.trim() !== '' && isPlaceholder(raw))) return undefined; // absent, another type or a placeholder: guide-schema
  const code = raw.trim();
  if (f === null) return code || undefined;
  if (code === '') {
    ctx.report({
      path: ['基本编码'],
      messageId: 'blank',
      data: { element: '基本编码', expected: expectedBasic(f, ctx.lang) },
    });
    return undefined;
  }
  if (!codePattern(f.pattern).test(code)) {
    // National format, digits only, another length: item-code-length warns (standards.md: warn, not error).
    if (f.national && /^\d+$/.test(code)) return code;
    const norm = normalizeWidth(code).replace(/\s+/g, '').toUpperCase();
    ctx.report({
      path: ['基本编码'],
      messageId: 'basicFormat',
      data: { value: code, expected: expectedBasic(f, ctx.lang) },
      ...(norm !== code && codePattern(f.pattern).test(norm) ? { suggestion: norm } : {}),
    });
    return undefined;
  }
  checkTypeDigits(guide, ctx, f, code);
  return code;
}

/** 事项类型 as written, with its label when written as a code: “01”（行政许可）. */
function typeText(written: string, code: string, lang: 'zh' | 'en'): string {
  const label = itemTypeLabel(code);
  const extra = label && label !== written ? (lang === 'zh' ? `（${label}）` : ` (${label})`) : '';
  return lang === 'zh' ? `“${written}”${extra}` : `"${written}"${extra}`;
}

function checkTypeDigits(
  guide: Guide,
  ctx: RuleContext,
  f: BasicFormat,
  code: string,
  path: string[] = ['基本编码'],
): void {
  if (!f.typeDigits) return;
  const [start, end] = f.typeDigits;
  if (code.length < end) return;
  const typeCode = itemTypeCode(guide.data['事项类型']);
  if (typeCode === undefined) return; // absent or not a type: guide-schema / enum-values
  const digits = code.slice(start - 1, end);
  const allowed = f.typeCodes ? f.typeCodes[digits] : [digits];
  if (!allowed || allowed.includes(typeCode)) return; // a local code the mapping does not know: no judgement
  const none = ctx.lang === 'zh' ? '未知代码' : 'an unknown code';
  const meaning = allowed.map((c) => itemTypeLabel(c) ?? c).join('/') || none;
  const expected = f.typeCodes
    ? Object.keys(f.typeCodes).filter((k) => f.typeCodes![k]!.includes(typeCode))
    : [typeCode];
  ctx.report({
    path,
    messageId: 'typeMismatch',
    data: {
      code,
      range: `${start}–${end}`,
      digits,
      meaning: f.typeCodes ? meaning : (itemTypeLabel(digits) ?? none),
      type: typeText(String(guide.data['事项类型']).trim(), typeCode, ctx.lang),
      expected: expected.join(ctx.lang === 'zh' ? '或' : ' or ') || '?',
    },
  });
}

/** 基本编码 absent, null or a placeholder ("无"): nothing to compare 实施编码 with but the type. */
const unwritten = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() !== '' && isPlaceholder(v));

function checkImpl(
  guide: Guide,
  ctx: RuleContext,
  f: ImplFormat | null,
  basic: string | undefined,
  bf: BasicFormat | null,
): void {
  const raw = guide.data['实施编码'];
  if (f === null) return;
  if (typeof raw === 'number') {
    ctx.report({
      path: ['实施编码'],
      messageId: 'implNumber',
      data: { value: String(raw), expected: expectedImpl(f, ctx.lang) },
    });
    return;
  }
  if (typeof raw !== 'string' || (raw.trim() !== '' && isPlaceholder(raw))) return; // a placeholder: guide-schema
  const code = raw.trim();
  if (code === '') {
    ctx.report({
      path: ['实施编码'],
      messageId: 'blank',
      data: { element: '实施编码', expected: expectedImpl(f, ctx.lang) },
    });
    return;
  }
  const m = codePattern(f.pattern).exec(code);
  if (!m) {
    const fault = f.national ? nationalFault(code) : undefined;
    if (fault?.kind === 'length')
      ctx.report({ path: ['实施编码'], messageId: 'implLength', data: { value: code, n: fault.length } });
    else if (fault?.kind === 'char') {
      const part = ctx.lang === 'zh' ? fault.part.zh : fault.part.en;
      const want = ctx.lang === 'zh' ? fault.want.zh : fault.want.en;
      ctx.report({
        path: ['实施编码'],
        messageId: 'implChar',
        data: { value: code, pos: fault.pos, char: fault.char, part, range: fault.range, want },
      });
    } else
      ctx.report({
        path: ['实施编码'],
        messageId: 'implFormat',
        data: { value: code, expected: expectedImpl(f, ctx.lang) },
      });
    return;
  }
  const g = m.groups ?? {};
  if (g.credit !== undefined) {
    const c = checkCreditCode(g.credit);
    if (!c.ok && c.problem === 'charset')
      ctx.report({ path: ['实施编码'], messageId: 'creditCharset', data: { credit: g.credit, char: c.char } });
    else if (!c.ok && c.problem === 'check')
      ctx.report({
        path: ['实施编码'],
        messageId: 'creditCheck',
        data: { credit: g.credit, expected: c.expected, actual: c.actual },
      });
    else if (!c.ok)
      ctx.report({
        path: ['实施编码'],
        messageId: 'implFormat',
        data: { value: code, expected: expectedImpl(f, ctx.lang) },
      });
  }
  if (g.level !== undefined) {
    const want = levelCode(guide.data['行使层级']);
    // 分级管理 (7) names no single level: any level digit fits.
    if (want !== undefined && want !== '7' && g.level !== want) {
      ctx.report({
        path: ['实施编码'],
        messageId: 'levelMismatch',
        data: {
          digit: g.level,
          digitLabel: levelLabel(g.level) ?? '?',
          level: String(guide.data['行使层级']).trim(),
          code: want,
        },
      });
    }
  }
  if (g.basic !== undefined && basic !== undefined && g.basic !== basic) {
    ctx.report({ path: ['实施编码'], messageId: 'basicMismatch', data: { part: g.basic, basic } });
  }
  // No 基本编码 written: the basic part of 实施编码 still says the item type.
  if (g.basic !== undefined && unwritten(guide.data['基本编码']) && bf && codePattern(bf.pattern).test(g.basic))
    checkTypeDigits(guide, ctx, bf, g.basic, ['实施编码']);
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
    options: {
      type: 'object',
      properties: {
        basicCode: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              properties: {
                pattern: { type: 'string', description: 'regular expression the whole 基本编码 matches' },
                typeDigits: {
                  anyOf: [
                    { type: 'null' },
                    { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 2, maxItems: 2 },
                  ],
                },
                typeCodes: {
                  type: 'object',
                  additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
                },
                example: { type: 'string' },
              },
              additionalProperties: false,
            },
          ],
        },
        implCode: {
          anyOf: [
            { type: 'null' },
            { enum: ['national'] },
            {
              type: 'object',
              properties: {
                pattern: {
                  type: 'string',
                  description: 'regular expression; named groups credit, level, basic are checked',
                },
                example: { type: 'string' },
              },
              required: ['pattern'],
              additionalProperties: false,
            },
          ],
        },
      },
    },
    defaultOptions: {
      basicCode: { pattern: NATIONAL_BASIC_PATTERN, typeDigits: NATIONAL_TYPE_DIGITS },
      implCode: 'national',
    },
  },
  check(guide, ctx) {
    const bf = basicFormat(ctx.options.basicCode);
    const basic = checkBasic(guide, ctx, bf);
    checkImpl(guide, ctx, implFormat(ctx.options.implCode), basic, bf);
  },
});
