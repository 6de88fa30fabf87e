// Whose documents a material names: documents only a natural person holds as applicant, documents
// only an organisation holds, and the words that make a person's document someone else's (the
// organisation's representative, staff …). Read by service-object as its default word lists.

import { compactAll } from '../parse/text.js';

/** Materials only a natural person holds as applicant. */
export const PERSON_MATERIALS = [
  '居民身份证',
  '身份证',
  '居民户口簿',
  '户口簿',
  '户口本',
  '结婚证',
  '离婚证',
  '出生医学证明',
  '居住证',
  '独生子女证',
  '残疾人证',
  '退役证',
  '退伍证',
];

/** Words that make such a material someone else's: the organisation's representative, staff … */
export const HOLDER_WORDS = [
  '法定代表人',
  '法人代表',
  '负责人',
  '经营者',
  '经办人',
  '代理人',
  '受托人',
  '股东',
  '投资人',
  '出资人',
  '合伙人',
  '董事',
  '监事',
  '经理',
  '职工',
  '员工',
  '人员',
  '联系人',
  '从业',
];

/** Materials only an organisation holds. */
export const ORGANISATION_MATERIALS = [
  '营业执照',
  '组织机构代码',
  '统一社会信用代码',
  '法定代表人',
  '法人代表',
  '法人登记证书',
  '法人证书',
  '社会团体法人登记证书',
  '民办非企业单位登记证书',
  '公司章程',
  '企业章程',
  '税务登记证',
  '开户许可证',
];

/**
 * A compacted material name mentions one of `words`; a word ending in 证 followed by 明 is a 证明
 * (居住证明 is no 居住证).
 */
export function mentions(name: string, words: readonly string[]): boolean {
  return compactAll(words).some((w) => {
    if (!w) return false;
    for (let i = name.indexOf(w); i !== -1; i = name.indexOf(w, i + 1)) {
      if (!(w.endsWith('证') && name[i + w.length] === '明')) return true;
    }
    return false;
  });
}
