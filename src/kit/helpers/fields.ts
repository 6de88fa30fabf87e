// The text fields of a record (a fee item's 名称 and 标准, an FAQ entry's 问 and 答) as rules read
// them: each with its path, skipping what guide-schema reports (a missing field, another type).

import type { RecordAt } from '../../model/guide.js';
import type { ElementPath } from '../../model/types.js';
import { textOf } from '../../parse/text.js';

export interface FieldText<F extends string> {
  field: F;
  path: ElementPath;
  /** Trimmed; numbers as their digits. */
  text: string;
}

/** The fields of `r` among `fields` written as text (or a number), in the order of `fields`. */
export function fieldsOf<F extends string>(r: RecordAt, fields: readonly F[]): FieldText<F>[] {
  const out: FieldText<F>[] = [];
  for (const field of fields) {
    const text = textOf(r.data[field]);
    if (text !== undefined) out.push({ field, path: [...r.path, field], text });
  }
  return out;
}
