// The shape of a copy of libphonenumber-js's CN numbering plan (cn-plan.generated.ts).

export type CnNumberType =
  | 'FIXED_LINE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'MOBILE'
  | 'PREMIUM_RATE'
  | 'TOLL_FREE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL';

/** The types a plan defines patterns for, fixed line first (as libphonenumber's getNumberType checks them). */
export const CN_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

export interface CnPlan {
  national: string;
  types: Partial<Record<(typeof CN_TYPES)[number], { pattern: string; lengths?: number[] }>>;
}
