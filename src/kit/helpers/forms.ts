// Form reference checks shared by blank-form (item 23) and sample-form (item 24): messages, option
// schema and the check itself. Which materials need forms is src/model/forms.ts (also read by the
// scorecard's measures of items 23 and 24).

import type { RuleContext } from '../../engine/rule.js';
import { reportFileRef } from './file-ref-report.js';
import { missingAt, notGiven } from './given.js';
import { materialName } from './records.js';
import { isPlaceholder } from '../../model/placeholder.js';
import type { RecordAt } from '../../model/guide.js';
import { FORM_EXTENSIONS, type FileRef } from '../../model/file-ref.js';
import { bareName, formReason, stringsOption as strings, type FormElement } from '../../model/forms.js';

export const FORM_OPTIONS_SCHEMA: Record<string, unknown> = {
  formSuffixes: { type: 'array', items: { type: 'string' } },
  notFormSuffixes: { type: 'array', items: { type: 'string' } },
  extensions: { type: 'array', items: { type: 'string' } },
};

/** Messages every form reference check uses, for 空表 or 样表. */
export function refMessages(el: FormElement, example: string) {
  return {
    notFound: {
      zh: `申请材料“{name}”的${el}“{value}”指向的文件不存在；应为相对于指南文件的路径（如 ${example}）或 http(s) 地址`,
      en: `material "{name}": ${el} "{value}" points to a file that does not exist; give a path relative to the guide file (e.g. ${example}) or an http(s) URL`,
    },
    empty: {
      zh: `申请材料“{name}”的${el}“{value}”是空文件（0 字节）；应提供有内容的表格文件`,
      en: `material "{name}": ${el} "{value}" is an empty file (0 bytes); provide the actual form file`,
    },
    extension: {
      zh: `申请材料“{name}”的${el}“{value}”不是允许的文件类型（{allowed}）；应为 Word、Excel、PDF、WPS 或 OFD 文件，如 ${example}`,
      en: `material "{name}": ${el} "{value}" is not an allowed file type ({allowed}); use a Word, Excel, PDF, WPS or OFD file, e.g. ${example}`,
    },
    badUrl: {
      zh: `申请材料“{name}”的${el}“{value}”不是有效的 http(s) 地址；应写完整地址，如 https://zwfw.nmg.gov.cn/files/申请表.docx`,
      en: `material "{name}": ${el} "{value}" is not a valid http(s) URL; write a full address such as https://zwfw.nmg.gov.cn/files/申请表.docx`,
    },
  };
}

/** Checks the reference at `[...m.path, el]` (reportFileRef); returns it when it is fine. */
export function checkRef(ctx: RuleContext, m: RecordAt, el: FormElement, name: string): FileRef | undefined {
  const value = m.data[el];
  const extensions = strings(ctx.options.extensions, FORM_EXTENSIONS as string[]);
  return reportFileRef(ctx, value, [...m.path, el], extensions, () => ({ name, value: String(value) }));
}

/**
 * The shared check: every material that needs `el` has one, and every `el` given is a valid
 * reference. Returns the materials whose `el` is a valid reference, with it.
 */
export function checkForms(
  ctx: RuleContext,
  materials: readonly RecordAt[],
  el: FormElement,
  other: FormElement,
): { m: RecordAt; name: string; ref: FileRef }[] {
  const valid: { m: RecordAt; name: string; ref: FileRef }[] = [];
  for (const m of materials) {
    const name = materialName(m);
    const v = m.data[el];
    if (notGiven(v)) {
      const reason = formReason(m, other, ctx.options);
      if (!reason) continue;
      const path = missingAt(v, [...m.path, el]);
      // Never an example file name built from a placeholder ("无"): a generic one instead.
      const data = { name, file: isPlaceholder(name) ? '申请表' : bareName(name) };
      if (reason.by === 'name')
        ctx.report({ path, messageId: 'missingByName', data: { ...data, suffix: reason.suffix } });
      else ctx.report({ path, messageId: reason.by === 'flag' ? 'missing' : 'missingWithOther', data });
      continue;
    }
    const ref = checkRef(ctx, m, el, name);
    if (ref) valid.push({ m, name, ref });
  }
  return valid;
}
