// The stages of a licence procedure (《行政许可法》第四章：第一节 申请与受理，第二节 审查与决定，
// 第四十四条 颁发、送达) and which of them a guide's 办理流程 does not name.

import type { RecordAt } from './guide.js';
import { compact, compactAll, textOf } from '../parse/text.js';

export interface Stage {
  name: string;
  /** Words a 环节名称 contains when the step belongs to the stage. */
  synonyms: string[];
}

export const LICENSE_STAGES: Stage[] = [
  { name: '受理', synonyms: ['受理', '收件', '接件', '收案'] },
  {
    name: '审查',
    synonyms: ['审查', '审核', '初审', '复审', '复核', '核查', '核实', '审验', '查验', '审理', '勘验', '踏勘'],
  },
  { name: '决定', synonyms: ['决定', '审批', '批准', '核准', '审定', '签发'] },
  { name: '制证', synonyms: ['制证', '办结', '缮证', '印证', '打证', '出证', '证照制作', '制作证', '发证', '颁证'] },
  { name: '送达', synonyms: ['送达', '送证', '领证', '领取', '寄送', '寄递', '邮寄', '发放', '交付', '发证', '颁证'] },
];

/** JSON Schema of a list of stages (a rule option). */
export const STAGES_OPTION = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1 },
      synonyms: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    },
    required: ['name', 'synonyms'],
    additionalProperties: false,
  },
};

/**
 * The stages no step's 环节名称 names (width and blanks ignored); undefined when no step has a
 * name at all (guide-schema reports the missing names).
 */
export function missingStages(steps: readonly RecordAt[], stages: readonly Stage[]): Stage[] | undefined {
  const names = steps.map((s) => compact(textOf(s.data['环节名称']) ?? '')).filter(Boolean);
  if (names.length === 0) return undefined;
  return stages.filter((st) => !names.some((n) => compactAll(st.synonyms).some((w) => n.includes(w))));
}
