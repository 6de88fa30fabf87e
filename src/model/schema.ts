// Builds schemas/guide.schema.json from the element dictionary (never edited by hand:
// `npm run gen` writes it, a test fails when it is stale).

import { ELEMENTS, type ElementDef, type Scope } from './elements.js';
import { acceptedSpellings } from './values.js';
import { defined } from '../util/defined.js';

type Json = Record<string, unknown>;

export const GUIDE_SCHEMA_ID = 'https://guide-lint.dev/schemas/guide.schema.json';

function scalarText(): Json {
  return { type: 'string' };
}

function typeSchema(d: ElementDef): Json {
  const enumOf = (): Json => ({ enum: acceptedSpellings(defined(d.values)) });
  switch (d.type) {
    case 'text':
      return scalarText();
    case 'code':
    case 'phone':
      return { type: ['string', 'number'] };
    case 'integer':
      return { type: 'integer', minimum: 0 };
    case 'number':
      return { type: ['number', 'string'] };
    case 'count':
      return { type: ['integer', 'string'] };
    case 'url':
      return { type: 'string' };
    case 'fileRef':
      return { type: 'string', minLength: 1 };
    case 'enum':
      // anyOf branches are tried in order and a failing branch costs error objects: commonest first.
      return defined(d.values).id === '是否'
        ? { anyOf: [{ type: ['string', 'number'], ...enumOf() }, { type: 'boolean' }] }
        : { type: ['string', 'number'], ...enumOf() };
    case 'enumList':
      return { anyOf: [{ type: 'array', items: { type: ['string', 'number'], ...enumOf() } }, { type: 'string' }] };
    case 'textList':
      return { anyOf: [{ type: 'array', items: { type: ['string', 'number'] } }, { type: 'string' }] };
    case 'timeLimit':
      return { anyOf: [{ type: ['string', 'number'] }, { $ref: '#/$defs/timeLimit' }] };
    case 'places':
      return { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };
    case 'basisList':
      return {
        anyOf: [
          { type: 'array', minItems: 1, items: { anyOf: [{ $ref: `#/$defs/${d.of}` }, { type: 'string' }] } },
          { type: 'string', minLength: 1 },
        ],
      };
    case 'yesNoOrList':
      return {
        anyOf: [
          { type: 'string', enum: ['否', '无', '是'] },
          { type: 'boolean' },
          { type: 'array', items: { $ref: `#/$defs/${d.of}` } },
        ],
      };
    case 'records':
      return { type: 'array', items: { $ref: `#/$defs/${d.of}` } };
    case 'record':
      return { $ref: `#/$defs/${d.of}` };
  }
}

function property(d: ElementDef): Json {
  const item = d.item ? `（清单第 ${d.item} 项）` : '';
  return { title: d.key, description: `${d.description}${item}`, ...typeSchema(d) };
}

function objectSchema(scope: Scope, title: string, description: string): Json {
  const properties: Json = {};
  for (const d of ELEMENTS[scope]) {
    properties[d.key] = property(d);
    for (const a of d.aliases ?? []) {
      const base = scope === 'guide' ? '#' : `#/$defs/${scope}`;
      properties[a] ??= {
        title: a,
        description: `“${d.key}”的同义名称。`,
        $ref: `${base}/properties/${encodeURIComponent(d.key)}`,
      };
    }
  }
  const required = ELEMENTS[scope].filter((d) => d.required).map((d) => d.key);
  return { type: 'object', title, description, properties, required, additionalProperties: false };
}

export function buildGuideSchema(): Json {
  const $defs: Json = {
    material: objectSchema('material', '申请材料', '一份申请材料（清单第 18-20、23-24 项）。'),
    step: objectSchema('step', '办理环节', '办理流程的一个环节（清单第 21 项）。'),
    special: objectSchema('special', '特殊环节', '特殊环节：名称、时限、设定依据（清单第 17 项）。'),
    intermediary: objectSchema('intermediary', '中介服务', '作为审批条件的中介服务（清单第 17 项）。'),
    basis: objectSchema('basis', '设定依据', '法律法规名称和条款（清单第 10 项）。'),
    fee: objectSchema('fee', '收费项目', '收费项目名称和标准。'),
    result: objectSchema('result', '审批结果', '审批结果名称、类型、样本。'),
    faq: objectSchema('faq', '常见问题', '一问一答。'),
    timeLimit: objectSchema('timeLimit', '时限', '时限的数值和单位（工作日或自然日）。'),
  };
  const guide = objectSchema('guide', '政务服务事项办事指南', '一个政务服务事项的办事指南（guide-lint 文件格式）。');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: GUIDE_SCHEMA_ID,
    ...guide,
    $defs,
  };
}
