// 出具单位 (the body that issues a material, checklist item 18) as written: left out, naming nobody,
// naming the applicant, or naming an issuer. Who issues a material by its name: organ.ts issuerInName.

import { bareName } from './forms.js';
import { isPlaceholder } from './placeholder.js';

/** How guides name the applicant as a material's issuer (material-source's default applicantNames). */
export const APPLICANT_NAMES: readonly string[] = [
  '申请人',
  '申请人本人',
  '本人',
  '申请者',
  '申请单位',
  '申请企业',
  '申请人自备',
  '自备',
];

export type IssuerState = 'missing' | 'blank' | 'applicant' | 'named';

/**
 * What 出具单位 says: absent, nobody (a placeholder, a reference elsewhere such as "详见附件2"), the
 * applicant (one of `applicantNames`), or an issuer. undefined for null, numbers, lists: a type
 * error guide-schema reports. Width, spaces and a trailing remark in brackets do not count:
 * "申请人（男女双方）" is the applicant.
 */
export function issuerState(v: unknown, applicantNames: readonly string[]): IssuerState | undefined {
  if (v === undefined) return 'missing';
  if (typeof v !== 'string') return undefined;
  const value = bareName(v);
  if (isPlaceholder(value) || /^详?见/.test(value)) return 'blank';
  return applicantNames.some((n) => bareName(n) === value) ? 'applicant' : 'named';
}
