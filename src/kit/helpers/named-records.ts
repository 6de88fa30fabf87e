// Records of a 名称 and a 设定依据 (中介服务, 特殊环节): how messages name one, its 名称 left blank,
// and its 设定依据 left blank or naming no law. Absent fields and other types are guide-schema's.

import type { RuleContext } from '../../engine/rule.js';
import type { RecordAt } from '../../model/guide.js';
import type { Lang } from '../../model/types.js';

/** A law's title in 《》 (any text between the brackets). */
const LAW = /《[^《》]+》/;

/** A record's 名称 for messages (trimmed), or its position: 第3项 with `counter` 项 (zh), #3 (en). */
export function recordLabel(r: RecordAt, lang: Lang, counter: string): string {
  const name = r.data['名称'];
  if (typeof name === 'string' && name.trim()) return name.trim();
  return lang === 'zh' ? `第${r.index + 1}${counter}` : `#${r.index + 1}`;
}

/** Reports a 名称 written blank (blankName, with the record's position {n}). */
export function reportBlankName(ctx: Pick<RuleContext<'blankName'>, 'report'>, r: RecordAt): void {
  const name = r.data['名称'];
  if (typeof name === 'string' && name.trim() === '')
    ctx.report({ path: [...r.path, '名称'], messageId: 'blankName', data: { n: r.index + 1 } });
}

/** Reports a 设定依据 written blank (blankBasis) or naming no law in 《》 (basisNoLaw); {name} names the record. */
export function reportBasis(
  ctx: Pick<RuleContext<'blankBasis' | 'basisNoLaw'>, 'report'>,
  r: RecordAt,
  name: string,
): void {
  const basis = r.data['设定依据'];
  if (typeof basis !== 'string') return;
  const path = [...r.path, '设定依据'];
  if (basis.trim() === '') ctx.report({ path, messageId: 'blankBasis', data: { name } });
  else if (!LAW.test(basis)) ctx.report({ path, messageId: 'basisNoLaw', data: { name, basis: basis.trim() } });
}
