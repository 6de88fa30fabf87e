// Approval results (审批结果): the results a 名称 lists, and the result type (审批结果类型) a
// result name's ending implies ("…许可证" is issued as a certificate: 出证办结).

export interface SuffixType {
  suffix: string;
  type: string;
}

/** Result name endings and the type each implies (the default table of result-type). */
export const RESULT_SUFFIXES: SuffixType[] = [
  { suffix: '证', type: '出证办结' },
  { suffix: '证书', type: '出证办结' },
  { suffix: '执照', type: '出证办结' },
  { suffix: '文', type: '出文办结' },
  { suffix: '批复', type: '审批办结' },
];

/** The result names in 名称: "许可证（正本、副本）" → ["许可证"]; "A、B" / "A或B" → ["A", "B"]. */
export function resultNames(name: string): string[] {
  const bare = name.normalize('NFKC').replace(/\([^()]*\)|（[^（）]*）|【[^【】]*】|《|》/g, '');
  return bare
    .split(/[、,，;；/]|或者|或/)
    .map((s) => s.replace(/[\s。.．:：]+$/u, '').trim())
    .filter(Boolean);
}

/** The longest suffix of `table` a name ends with. */
export function suffixOf(name: string, table: readonly SuffixType[]): SuffixType | undefined {
  let best: SuffixType | undefined;
  for (const t of table) if (name.endsWith(t.suffix) && (!best || t.suffix.length > best.suffix.length)) best = t;
  return best;
}

/** The suffix that implies the type of every result 名称 lists (the first name's), when they all imply one type. */
export function typeBySuffix(name: string, table: readonly SuffixType[]): SuffixType | undefined {
  const hits = resultNames(name).map((n) => suffixOf(n, table));
  const first = hits[0];
  return first && hits.every((h) => h?.type === first.type) ? first : undefined;
}
