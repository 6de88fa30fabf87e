// How a file reference (空表, 样表, 审批结果.样本) is checked and a faulty one reported: the message
// of each problem, the allowed extensions listed, an address written without its scheme ("www.…")
// given one. What a valid reference is: src/model/file-ref.ts.

import type { RuleContext } from '../../engine/rule.js';
import { checkParsedRef, parseFileRef, type FileRef, type FileRefProblem } from '../../model/file-ref.js';
import type { ElementPath, Lang } from '../../model/types.js';
import { joinList } from './wording.js';

export type FileRefMessageId = FileRefProblem['problem'];

/** The message data of a reference problem: {ref} as written (trimmed), its {ext} (or none) and the {allowed} ones. */
export function fileRefReport(p: FileRefProblem, lang: Lang, extensions: readonly string[]) {
  const ext = p.problem !== 'extension' ? '' : p.ext ? `.${p.ext}` : lang === 'zh' ? '无扩展名' : 'no extension';
  const data = { ref: p.ref, ext, allowed: joinList(lang, extensions) };
  const www = p.problem === 'badUrl' && /^www\./i.test(p.ref);
  return { messageId: p.problem, data, ...(www ? { suggestion: `https://${p.ref}` } : {}) };
}

/**
 * Checks the reference `value` at `path` (a relative path of an existing, non-empty file with one of
 * `extensions`, or a well-formed http(s) URL; never the network) and reports what is wrong with it,
 * with `data` added to the message data (a function is called only when there is a problem to report:
 * a value that is no reference, an object, must not be turned into text). Returns the reference when it is fine.
 */
export function reportFileRef(
  ctx: Pick<RuleContext<FileRefMessageId>, 'report' | 'lang' | 'statRelative'>,
  value: unknown,
  path: ElementPath,
  extensions: readonly string[],
  data: Record<string, string> | (() => Record<string, string>) = {},
): FileRef | undefined {
  const ref = parseFileRef(value);
  const p = checkParsedRef(ref, { statRelative: (r) => ctx.statRelative(r), extensions });
  if (!p) return ref;
  const r = fileRefReport(p, ctx.lang, extensions);
  ctx.report({ ...r, path, data: { ...r.data, ...(typeof data === 'function' ? data() : data) } });
  return undefined;
}
