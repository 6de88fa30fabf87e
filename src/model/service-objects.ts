// 服务对象 against the item's type and materials: an item type some objects cannot make up alone
// (a 行政许可 only for 行政机关: 《行政许可法》第二、三条), and materials that belong to objects the
// guide does not serve (a person's ID card for organisations only, a business licence for persons only).

import { HOLDER_WORDS, mentions, ORGANISATION_MATERIALS, PERSON_MATERIALS } from './holders.js';
import { compact } from '../parse/text.js';

/** Item types whose 服务对象 cannot consist of these objects alone. */
export const TYPE_EXCLUDES: Record<string, string[]> = { 行政许可: ['行政机关'] };

export interface ObjectWords {
  personMaterials: readonly string[];
  holderWords: readonly string[];
  organisationMaterials: readonly string[];
}

export const OBJECT_WORDS: ObjectWords = {
  personMaterials: PERSON_MATERIALS,
  holderWords: HOLDER_WORDS,
  organisationMaterials: ORGANISATION_MATERIALS,
};

/**
 * Whether the objects (labels) are all excluded for the item type: `licenceForOrgans` for a
 * licence only for 行政机关, `typeObject` for another configured exclusion; undefined when they fit.
 */
export function typeObjectConflict(
  type: string | undefined,
  objects: readonly string[],
  excludes: Readonly<Record<string, readonly string[]>>,
): 'licenceForOrgans' | 'typeObject' | undefined {
  const excluded = type === undefined ? undefined : excludes[type];
  if (!excluded || !objects.every((x) => excluded.includes(x))) return undefined;
  return type === '行政许可' && objects.every((x) => x === '行政机关') ? 'licenceForOrgans' : 'typeObject';
}

/**
 * A material name that belongs to objects the guide does not serve: a natural person's own document
 * when no 自然人 is served (unless a holder word makes it someone else's: 法定代表人居民身份证), an
 * organisation's when only 自然人 is. Objects that mix both: undefined.
 */
export function objectMaterialMismatch(
  name: string,
  objects: readonly string[],
  words: ObjectWords,
): 'personMaterial' | 'organisationMaterial' | undefined {
  const natural = objects.includes('自然人');
  if (natural && objects.length > 1) return undefined;
  const n = compact(name);
  if (!natural)
    return mentions(n, words.personMaterials) && !mentions(n, words.holderWords) ? 'personMaterial' : undefined;
  return mentions(n, words.organisationMaterials) ? 'organisationMaterial' : undefined;
}
