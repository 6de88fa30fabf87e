import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { defineRule } from '../src/engine/rule.js';
import { validateGuide } from '../src/engine/validate.js';
import { ELEMENTS } from '../src/model/elements.js';
import { elementAt } from '../src/model/normalize.js';
import { isPresent } from '../src/model/guide.js';

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值映射', en: 'a mapping' },
  boolean: { zh: '是/否', en: 'a boolean' },
};

type Localize = (errors: ErrorObject[]) => void;
let zhLocalize: Localize | undefined;

/** ajv's message for the remaining keywords (minimum, minItems …), in Chinese via ajv-i18n (loaded on first need). */
function ajvMessage(e: ErrorObject, lang: 'zh' | 'en'): string {
  if (lang === 'en') return e.message ?? e.keyword;
  zhLocalize ??= createRequire(import.meta.url)('ajv-i18n/localize/zh') as Localize;
  const copy = [{ ...e }];
  zhLocalize(copy);
  return copy[0]!.message ?? e.keyword;
}

const typeName = (t: string, lang: 'zh' | 'en') =>
  t.split(',').map((x) => TYPE_NAMES[x]?.[lang] ?? x).join(lang === 'zh' ? '或' : ' or ');

export default defineRule({
  meta: {
    id: 'guide-schema',
    item: null,
    severity: 'error',
    source: 'format',
    description: {
      zh: '指南须包含清单要求的要素，且每个要素的结构正确（依据 schemas/guide.schema.json）',
      en: 'the guide holds every element the checklist requires, each with the right structure (schemas/guide.schema.json)',
    },
    messages: {
      required: { zh: '缺少必填要素“{element}”（{en}）', en: 'missing required element "{element}" ({en})' },
      strictRequired: { zh: '缺少要素“{element}”（strict 预设要求）', en: 'missing element "{element}" (required by the strict preset)' },
      type: { zh: '“{element}”应为{expected}', en: '"{element}" should be {expected}' },
      other: { zh: '“{element}”不符合格式要求：{detail}', en: '"{element}" does not match the format: {detail}' },
    },
    docs: {
      details: {
        zh: '按 schemas/guide.schema.json 校验指南结构：清单第 10、12–24 项要求的要素必须存在，列表、映射、数字等类型正确。每条结果携带所缺要素对应的清单项号。枚举值由 enum-values 检查，未知键由 unknown-element 检查。strict 预设还要求可选要素（是否收费、审批结果、常见问题、服务对象、监督电话）。',
        en: 'Validates the guide against schemas/guide.schema.json: the elements checklist items 10 and 12–24 require are present; lists, mappings and numbers have the right type. Each finding carries the checklist item of the element. Enumerated values are checked by enum-values, unknown keys by unknown-element. The strict preset also requires the optional elements (是否收费, 审批结果, 常见问题, 服务对象, 监督电话).',
      },
      bad: '到办事现场次数: 一次\n办理流程: 受理、审查、决定\n',
      good: '到办事现场次数: 1\n',
    },
    options: { type: 'object', properties: { strict: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { strict: false },
  },
  check(guide, ctx) {
    for (const e of validateGuide(guide.data)) {
      if (e.keyword === 'required' && e.missing) {
        const def = elementAt([...e.path.filter((s) => typeof s === 'string'), e.missing]) ?? elementAt([e.missing]);
        ctx.report({ path: e.path, messageId: 'required', data: { element: e.missing, en: def?.en ?? e.missing }, item: def?.item ?? null });
        continue;
      }
      const def = elementAt(e.path);
      const element = String(e.path.filter((s) => typeof s === 'string').at(-1) ?? '');
      if (e.keyword === 'type') {
        ctx.report({ path: e.path, messageId: 'type', data: { element, expected: typeName(e.expected ?? '', ctx.lang) }, item: def?.item ?? null });
      } else {
        ctx.report({ path: e.path, messageId: 'other', data: { element, detail: ajvMessage(e.raw, ctx.lang) }, item: def?.item ?? null });
      }
    }
    if (ctx.options.strict) {
      for (const d of ELEMENTS.guide) {
        if (d.strict && !isPresent(guide.data[d.key])) ctx.report({ path: [], messageId: 'strictRequired', data: { element: d.key }, item: d.item });
      }
    }
  },
});
