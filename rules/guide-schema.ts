import {
  ajvMessage,
  defineRule,
  elementAt,
  type ElementDef,
  type ElementPath,
  ELEMENTS,
  getAt,
  isPlaceholder,
  isPresent,
  isRecord,
  kindCounts,
  type RuleContext,
  validateGuide,
} from '../src/kit/index.js';

/** The checklist item of the nearest element on the path that serves one (承诺办结时限.单位 → 13). */
function itemAt(path: ElementPath): number | null {
  const keys = path.filter((s): s is string => typeof s === 'string');
  for (let n = keys.length; n > 0; n--) {
    const item = elementAt(keys.slice(0, n))?.item;
    if (item) return item;
  }
  return null;
}

/** Element types whose placeholder value ("无", "/") is reported here as not filled; enumerated ones are enum-values'. */
const TEXT_LIKE = new Set(['text', 'code', 'phone', 'places', 'timeLimit', 'basisList', 'url']);
/** Sub-records whose required texts are checked for placeholders (a step's are process-steps'). */
const RECORD_SCOPES = ['申请材料', '中介服务', '特殊环节', '设定依据'] as const;

const placeholderText = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() !== '' && isPlaceholder(v) ? v.trim() : undefined;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '' && isPlaceholder(x)))
    return (v as string[]).join('、');
  return undefined;
};

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值映射', en: 'a mapping' },
  boolean: { zh: '是/否', en: 'a boolean' },
};

/** The material at `path` counts its originals or photocopies. */
function statesType(data: Record<string, unknown>, path: ElementPath): boolean {
  const list = data['申请材料'];
  const m = Array.isArray(list) && typeof path[1] === 'number' ? list[path[1]] : undefined;
  if (!isRecord(m)) return false;
  const { original, copy } = kindCounts(m);
  return (original ?? 0) > 0 || (copy ?? 0) > 0;
}

/** Required elements (strict: and those strict requires) written as a placeholder: not filled. */
function reportPlaceholders(data: Record<string, unknown>, ctx: RuleContext, strict: boolean): void {
  const one = (def: ElementDef, value: unknown, path: ElementPath) => {
    if (!TEXT_LIKE.has(def.type)) return;
    const text = placeholderText(value);
    if (text !== undefined)
      ctx.report({ path, messageId: 'placeholder', data: { element: def.key, value: text }, item: itemAt(path) });
  };
  for (const d of ELEMENTS.guide) {
    if (!d.required && !(strict && d.strict)) continue;
    one(d, data[d.key], [d.key]);
    // A required single record (strict: 审批结果): its required texts.
    const r = data[d.key];
    if (d.type === 'record' && d.of && isRecord(r))
      for (const s of ELEMENTS[d.of]) if (s.required) one(s, r[s.key], [d.key, s.key]);
  }
  for (const key of RECORD_SCOPES) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    const scope = ELEMENTS.guide.find((d) => d.key === key)!.of!;
    list.forEach((r, i) => {
      if (!isRecord(r)) return;
      for (const d of ELEMENTS[scope]) if (d.required) one(d, r[d.key], [key, i, d.key]);
    });
  }
}

const typeName = (t: string, lang: 'zh' | 'en') =>
  t
    .split(',')
    .map((x) => TYPE_NAMES[x]?.[lang] ?? x)
    .join(lang === 'zh' ? '或' : ' or ');

export default defineRule({
  meta: {
    id: 'guide-schema',
    item: null,
    severity: 'error',
    source: 'format',
    description: '指南须包含清单要求的要素，且每个要素的结构正确（依据 schemas/guide.schema.json）',
    messages: {
      required: '缺少必填要素“{element}”（{en}）',
      strictRequired: '缺少要素“{element}”（strict 预设要求）',
      placeholder: '“{element}”为“{value}”，等于未填写；应写明实际内容',
      type: '“{element}”应为{expected}',
      other: '“{element}”不符合格式要求：{detail}',
    },
    options: { type: 'object', properties: { strict: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { strict: false },
  },
  check(guide, ctx) {
    for (const e of validateGuide(guide.data)) {
      if (e.keyword === 'required' && e.missing) {
        const full = [...e.path, e.missing];
        const def = elementAt(full) ?? elementAt([e.missing]);
        // Counts of originals and photocopies state the type (national exchange records carry counts only).
        if (e.missing === '材料类型' && e.path[0] === '申请材料' && statesType(guide.data, e.path)) continue;
        ctx.report({
          path: e.path,
          messageId: 'required',
          data: { element: e.missing, en: def?.en ?? e.missing },
          item: itemAt(full),
        });
        continue;
      }
      const element = String(e.path.filter((s) => typeof s === 'string').at(-1) ?? '');
      // "审批结果: 无", "申请材料: /": a placeholder, not a value of the wrong type.
      const written = e.keyword === 'type' ? getAt(guide.data, e.path) : undefined;
      if (typeof written === 'string' && written.trim() !== '' && isPlaceholder(written)) {
        const def = elementAt(e.path);
        if (def && (def.required || (ctx.options.strict && def.strict)))
          ctx.report({
            path: e.path,
            messageId: 'placeholder',
            data: { element: def.key, value: written.trim() },
            item: itemAt(e.path),
          });
        continue;
      }
      if (e.keyword === 'type') {
        ctx.report({
          path: e.path,
          messageId: 'type',
          data: { element, expected: typeName(e.expected ?? '', ctx.lang) },
          item: itemAt(e.path),
        });
      } else {
        ctx.report({
          path: e.path,
          messageId: 'other',
          data: { element, detail: ajvMessage(e.raw, ctx.lang) },
          item: itemAt(e.path),
        });
      }
    }
    reportPlaceholders(guide.data, ctx, Boolean(ctx.options.strict));
    if (ctx.options.strict) {
      for (const d of ELEMENTS.guide) {
        if (d.strict && !isPresent(guide.data[d.key]))
          ctx.report({ path: [], messageId: 'strictRequired', data: { element: d.key }, item: d.item });
      }
    }
  },
});
