// Table test over test/real/strings.json: every real string the rules parse (places, office hours,
// phones, time limits, codes, material names), each with the outcome judged by the checklist's
// letter. A row is merged over the clean base guide of the RuleTester and linted by the rule that
// reads its element.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/rule.js';
import type { Finding } from '../../src/model/types.js';
import { runRule } from '../support/rule-tester.js';
import placeAddress from '../../rules/place-address.js';
import officeHours from '../../rules/office-hours.js';
import consultationPhone from '../../rules/consultation-phone.js';
import promisedTimeLimit from '../../rules/promised-time-limit.js';
import statutoryTimeLimit from '../../rules/statutory-time-limit.js';
import itemCode from '../../rules/item-code.js';
import intermediaryMaterial from '../../rules/intermediary-material.js';
import materialSource from '../../rules/material-source.js';
import textNormalization from '../../rules/text-normalization.js';
import enumValues from '../../rules/enum-values.js';
import officeHoursHolidays from '../../rules/office-hours-holidays.js';
import licenseFaq from '../../rules/license-faq.js';
import resultSample from '../../rules/result-sample.js';

/** Rows of Sichuan's local 实施编码 format, judged under the configuration the item-code docs give. */
const SICHUAN = '实施编码（四川）';
const SICHUAN_OPTIONS = {
  basicCode: {
    pattern: '^51[1-3][0-9A-Z]\\d{8}(\\d{2})?$',
    typeDigits: [3, 4],
    typeCodes: {
      '1A': ['01'],
      '1F': ['07'],
      '1G': ['05'],
      '1E': ['09'],
      '1Z': ['10'],
      '20': ['20'],
      '2B': ['20'],
      '2C': ['20'],
    },
  },
  implCode: { pattern: '^(?<basic>[0-9A-Z]{12,14})-\\d{12}-\\d{3}-(?<credit>[0-9A-Z]{18})-\\d-\\d{2}$' },
};

interface Row {
  field: string;
  value: string | Record<string, string>;
  expect: string;
  source: string;
  why?: string | null;
  name?: string;
  normalize?: boolean;
  /** A message may not say this (e.g. a length that the value has). */
  messageNot?: string;
  /** The rule disagrees with the judged outcome (a known gap, handed to the rule's author): the row
   * must keep disagreeing until the rule is fixed, then this field goes. */
  pending?: string;
}

const DATA = JSON.parse(readFileSync(join(import.meta.dirname, 'strings.json'), 'utf8')) as {
  sources: Record<string, string>;
  rows: Row[];
};
const ROWS = DATA.rows.filter((r) => r.field !== SICHUAN);
const SICHUAN_ROWS = DATA.rows.filter((r) => r.field === SICHUAN);

const q = (s: string) => JSON.stringify(s);
/** A material that differs from the base guide's only by its name (source: the applicant). */
const material = (name: string) =>
  `中介服务: 否\n申请材料:\n  - 材料名称: ${q(name)}\n    来源渠道: 申请人自备\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n    必要性: 必要\n    填写表格: 否\n`;

/** The YAML fragment of a row and the rule that judges it. */
const ENUMS = new Set(['行使层级', '办理形式', '事项类别', '事项类型', '办理深度', '网上办理深度', '办件类型']);

function caseOf(r: Row): { yaml: string; rule: Rule } {
  const v = r.value;
  if (r.field === '常见问题' && typeof v !== 'string') {
    return { yaml: `常见问题:\n  - 问: ${q(v['问']!)}\n    答: ${q(v['答']!)}\n`, rule: licenseFaq };
  }
  if (typeof v !== 'string') {
    // Codes: the elements the record gives, without the base guide's other codes, type and level.
    const lines = Object.entries(v).map(([k, x]) => `${k}: ${q(x)}`);
    for (const k of ['基本编码', '实施编码', '事项类型', '行使层级']) if (!(k in v)) lines.push(`${k}: null`);
    return { yaml: `${lines.join('\n')}\n`, rule: itemCode };
  }
  if (ENUMS.has(r.field)) return { yaml: `${r.field}: ${q(v)}\n`, rule: enumValues };
  switch (r.field) {
    case '办理时间（节假日）':
      return { yaml: `办理时间: ${q(v)}\n`, rule: officeHoursHolidays };
    case '审批结果':
      return { yaml: `审批结果: { 名称: ${q(v)}, 类型: 出文办结 }\n`, rule: resultSample };
    case '办理地点':
      return { yaml: `办理地点: ${q(v)}\n`, rule: placeAddress };
    case '办理时间':
      return { yaml: `办理时间: ${q(v)}\n`, rule: officeHours };
    case '咨询电话':
      return { yaml: `咨询电话: ${q(v)}\n`, rule: consultationPhone };
    case '承诺办结时限':
      return { yaml: `承诺办结时限: ${q(v)}\n`, rule: promisedTimeLimit };
    case '法定办结时限':
      return { yaml: `法定办结时限: ${q(v)}\n`, rule: statutoryTimeLimit };
    case '材料名称':
      return { yaml: material(v), rule: intermediaryMaterial };
    case '出具单位':
      return { yaml: material(v), rule: materialSource };
    default:
      throw new Error(`no rule for field ${r.field}`);
  }
}

/** Whether the findings of a row's rule match its judged outcome. */
function agrees(r: Row, found: Finding[]): boolean {
  const errors = found.some((f) => f.severity === 'error');
  if (r.expect === 'placeholder' || r.expect === 'not-a-question') return found.length > 0;
  if (r.expect === 'question' || r.expect === 'holidays-stated') return found.length === 0;
  if (r.expect === 'not-filled')
    return !found.some((f) =>
      f.message.includes(`${typeof r.value === 'string' ? r.value : JSON.stringify(r.value)}-样本`),
    );
  if (r.expect === 'valid') return !errors;
  if (r.expect === 'warning') return !errors && found.length > 0;
  if (r.expect === 'invalid') return errors;
  if (r.expect === 'intermediary' || r.expect === 'issuer-named') return found.length > 0;
  return found.length === 0;
}

const label = (r: Row) =>
  `${r.field} ${typeof r.value === 'string' ? r.value.replace(/\n/g, '⏎').slice(0, 50) : JSON.stringify(r.value)} → ${r.expect}`;
const shown = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`);

describe('real strings (test/real/strings.json)', () => {
  it('every row names its source', () => {
    expect(DATA.rows.filter((r) => !DATA.sources[r.source]).map(label)).toEqual([]);
  });
  it(`${SICHUAN}: each of the ${SICHUAN_ROWS.length} codes as judged (six-part format, GB 32100 credit code, type letters)`, () => {
    const wrong: string[] = [];
    for (const r of SICHUAN_ROWS) {
      const v = r.value as Record<string, string>;
      const yaml = `实施编码: ${q(v['实施编码']!)}\n事项类型: ${q(v['事项类型']!)}\n基本编码: null\n`;
      const found = runRule(itemCode, { yaml, options: SICHUAN_OPTIONS });
      if (agrees(r, found) === Boolean(r.pending)) {
        const errors = found.filter((f) => f.severity === 'error');
        wrong.push(
          `${label(r)} (${r.pending ? `pending, agrees now: ${r.pending}` : (r.why ?? 'valid')}): ${shown(errors).join('; ') || 'no error'}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });
  for (const r of ROWS) {
    it(r.pending ? `${label(r)} (pending: ${r.pending})` : label(r), () => {
      const { yaml, rule } = caseOf(r);
      const found = runRule(rule, { yaml });
      if (r.pending) {
        expect(agrees(r, found), 'the rule agrees now: drop "pending" from this row').toBe(false);
        return;
      }
      const errors = found.filter((f) => f.severity === 'error');
      switch (r.expect) {
        case 'valid':
          expect(shown(errors)).toEqual([]);
          break;
        case 'invalid':
          expect(errors.length, r.why ?? '').toBeGreaterThan(0);
          break;
        case 'warning':
          expect(shown(errors), r.why ?? '').toEqual([]);
          expect(found.length, `a finding below error level: ${r.why ?? ''}`).toBeGreaterThan(0);
          break;
        case 'intermediary':
        case 'issuer-named':
          expect(shown(found).length, r.why ?? '').toBeGreaterThan(0);
          break;
        case 'not-intermediary':
        case 'no-issuer':
        case 'question':
        case 'holidays-stated':
          expect(shown(found)).toEqual([]);
          break;
        case 'placeholder':
        case 'not-a-question':
          expect(shown(found).length, r.expect).toBeGreaterThan(0);
          break;
        case 'not-filled':
          expect(agrees(r, found), `no sample file name built from the placeholder: ${shown(found).join('; ')}`).toBe(
            true,
          );
          break;
        default:
          throw new Error(`unknown expectation ${r.expect}`);
      }
      if (r.messageNot)
        expect(found.filter((f) => f.message.includes(r.messageNot!)).map((f) => f.message)).toEqual([]);
      if (r.normalize) {
        const norm = runRule(textNormalization, { yaml });
        expect(shown(norm).length, 'full-width digits, colon or dash: an info with the fix').toBeGreaterThan(0);
      }
    });
  }
});
