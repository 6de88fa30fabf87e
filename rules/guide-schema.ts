import {
  ajvMessage,
  countsStateType,
  defineRule,
  elementAt,
  ELEMENTS,
  getAt,
  isPlaceholder,
  isPresent,
  itemOfPath,
  schemaTypeName,
  unfilledRequired,
  validateGuide,
} from '../src/kit/index.js';

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
    const { strict } = ctx.options;
    for (const e of validateGuide(guide.data)) {
      if (e.keyword === 'required' && e.missing) {
        const full = [...e.path, e.missing];
        const def = elementAt(full) ?? elementAt([e.missing]);
        // Counts of originals and photocopies state the type (national exchange records carry counts only).
        if (e.missing === '材料类型' && countsStateType(guide.data, e.path)) continue;
        const data = { element: e.missing, en: def?.en ?? e.missing };
        ctx.report({ path: e.path, messageId: 'required', data, item: itemOfPath(full) });
        continue;
      }
      const item = itemOfPath(e.path);
      const element = e.path.filter((s) => typeof s === 'string').at(-1) ?? '';
      // "审批结果: 无", "申请材料: /": a placeholder, not a value of the wrong type.
      const written = e.keyword === 'type' ? getAt(guide.data, e.path) : undefined;
      if (typeof written === 'string' && written.trim() !== '' && isPlaceholder(written)) {
        const def = elementAt(e.path);
        const data = { element: def?.key ?? element, value: written.trim() };
        if (def && (def.required || (strict && def.strict)))
          ctx.report({ path: e.path, messageId: 'placeholder', data, item });
      } else if (e.keyword === 'type') {
        const data = { element, expected: schemaTypeName(e.expected ?? '', ctx.lang) };
        ctx.report({ path: e.path, messageId: 'type', data, item });
      } else
        ctx.report({ path: e.path, messageId: 'other', data: { element, detail: ajvMessage(e.raw, ctx.lang) }, item });
    }
    for (const { path, element, value } of unfilledRequired(guide.data, strict))
      ctx.report({ path, messageId: 'placeholder', data: { element, value }, item: itemOfPath(path) });
    if (!strict) return;
    for (const d of ELEMENTS.guide) {
      if (d.strict && !isPresent(guide.data[d.key]))
        ctx.report({ path: [], messageId: 'strictRequired', data: { element: d.key }, item: d.item });
    }
  },
});
