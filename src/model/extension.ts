// An extension of a licence's decision period (行政许可法 art. 42: a decision within 20 days of
// acceptance, extended by 10 days with the head's approval; longer for joint or centralised handling):
// whether a guide cites one, in its special procedures or in its 设定依据.

import { basisTexts } from '../parse/legal-basis.js';
import { enumOf, recordsOf, textOf, type Guide } from './guide.js';
import { VALUE_SETS } from './values.js';

/** 行政许可法 art. 42: a decision within 20 days of acceptance (the law's days are working days). */
export const LICENSE_DECISION_LIMIT = { value: 20, unit: '工作日' as const };

/** Words that say the period is extended or handled jointly (art. 42 para. 1 and 2). */
const EXTENSION = /延长|延期|联合办理|集中办理|统一办理/;
const ART_42 = /第(?:四十二|42)条/;

/**
 * The guide cites an extension or special procedure that allows more than 20 working days: a
 * 特殊环节 of 种类 延长审批, or whose 名称 or 设定依据 names an extension; or a 设定依据 of the guide
 * naming one, or citing art. 42 of the 行政许可法.
 */
export function citesExtension(guide: Guide): boolean {
  for (const { data: s } of recordsOf(guide, '特殊环节')) {
    if (enumOf(VALUE_SETS.特别程序种类, s['种类'])?.label === '延长审批') return true;
    if (EXTENSION.test(`${textOf(s['名称']) ?? ''}${textOf(s['设定依据']) ?? ''}`.normalize('NFKC'))) return true;
  }
  return basisTexts(guide.data['设定依据']).some(
    (t) => EXTENSION.test(t) || (t.includes('行政许可法') && ART_42.test(t)),
  );
}
