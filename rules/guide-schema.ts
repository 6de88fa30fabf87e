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
  itemOfPath,
  materialType,
  placeholderText,
  type RuleContext,
  schemaTypeName,
  validateGuide,
} from '../src/kit/index.js';

/** Element types whose placeholder value ("无", "/") is reported here as not filled; enumerated ones are enum-values'. */
const TEXT_LIKE = new Set(['text', 'code', 'phone', 'places', 'timeLimit', 'basisList', 'url']);
/** Sub-records whose required texts are checked for placeholders (a step's are process-steps'). */
const RECORD_SCOPES = ['申请材料', '中介服务', '特殊环节', '设定依据'] as const;

/** A material (at ['申请材料', i]) without 材料类型 whose counts of originals or photocopies state it. */
function countsStateType(data: Record<string, unknown>, path: ElementPath): boolean {
  const m = path.length === 2 && path[0] === '申请材料' && typeof path[1] === 'number' ? getAt(data, path) : undefined;
  return isRecord(m) && materialType(m) !== undefined;
}

/** Required elements (strict: and those strict requires) written as a placeholder: not filled. */
function reportPlaceholders(data: Record<string, unknown>, ctx: RuleContext, strict: boolean): void {
  const one = (def: ElementDef, value: unknown, path: ElementPath) => {
    if (!TEXT_LIKE.has(def.type)) return;
    const text = placeholderText(value);
    if (text !== undefined)
      ctx.report({ path, messageId: 'placeholder', data: { element: def.key, value: text }, item: itemOfPath(path) });
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
    const scope = elementAt([key])?.of;
    if (!Array.isArray(list) || !scope) continue;
    list.forEach((r, i) => {
      if (!isRecord(r)) return;
      for (const d of ELEMENTS[scope]) if (d.required) one(d, r[d.key], [key, i, d.key]);
    });
  }
}

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
        if (e.missing === '材料类型' && countsStateType(guide.data, e.path)) continue;
        ctx.report({
          path: e.path,
          messageId: 'required',
          data: { element: e.missing, en: def?.en ?? e.missing },
          item: itemOfPath(full),
        });
        continue;
      }
      const element = e.path.filter((s) => typeof s === 'string').at(-1) ?? '';
      // "审批结果: 无", "申请材料: /": a placeholder, not a value of the wrong type.
      const written = e.keyword === 'type' ? getAt(guide.data, e.path) : undefined;
      if (typeof written === 'string' && written.trim() !== '' && isPlaceholder(written)) {
        const def = elementAt(e.path);
        if (def && (def.required || (ctx.options.strict && def.strict)))
          ctx.report({
            path: e.path,
            messageId: 'placeholder',
            data: { element: def.key, value: written.trim() },
            item: itemOfPath(e.path),
          });
        continue;
      }
      if (e.keyword === 'type') {
        ctx.report({
          path: e.path,
          messageId: 'type',
          data: { element, expected: schemaTypeName(e.expected ?? '', ctx.lang) },
          item: itemOfPath(e.path),
        });
      } else {
        ctx.report({
          path: e.path,
          messageId: 'other',
          data: { element, detail: ajvMessage(e.raw, ctx.lang) },
          item: itemOfPath(e.path),
        });
      }
    }
    reportPlaceholders(guide.data, ctx, ctx.options.strict);
    if (ctx.options.strict) {
      for (const d of ELEMENTS.guide) {
        if (d.strict && !isPresent(guide.data[d.key]))
          ctx.report({ path: [], messageId: 'strictRequired', data: { element: d.key }, item: d.item });
      }
    }
  },
});
