// The type of a Chinese national significant number, from libphonenumber-js's own CN metadata with
// the patterns compiled once. libphonenumber-js builds `new RegExp('^(?:' + pattern + ')$')` on
// every match, and the CN fixed-line pattern is several kilobytes: hashing and compiling it was the
// largest single cost of linting (bench/RESULTS.md). The algorithm is libphonenumber's
// getNumberType (helpers/getNumberType.js), restricted to one numbering plan; a differential test
// (test/parse/cn-number-type.test.ts) checks it against the library on random and real numbers.

import { Metadata } from 'libphonenumber-js/max';

export type CnNumberType = 'FIXED_LINE' | 'FIXED_LINE_OR_MOBILE' | 'MOBILE' | 'PREMIUM_RATE' | 'TOLL_FREE' | 'SHARED_COST' | 'VOIP' | 'PERSONAL_NUMBER' | 'PAGER' | 'UAN' | 'VOICEMAIL';

const NON_FIXED_LINE: CnNumberType[] = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

// The runtime shape of libphonenumber-js's numbering plan (its typings declare it opaque).
interface TypeDef { pattern(): string; possibleLengths(): number[] | undefined }
interface Plan { nationalNumberPattern(): string; type(t: string): TypeDef | undefined }

interface Matcher { re: RegExp; lengths?: number[] }
interface Compiled { national: RegExp; types: Map<CnNumberType, Matcher> }

let compiled: Compiled | undefined;

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function compile(): Compiled {
  const md = new Metadata();
  md.selectNumberingPlan('CN');
  const plan = (md as unknown as { numberingPlan: Plan }).numberingPlan;
  const types = new Map<CnNumberType, Matcher>();
  for (const t of ['FIXED_LINE', ...NON_FIXED_LINE] as CnNumberType[]) {
    const def = plan.type(t);
    const pattern = def?.pattern();
    if (def && pattern) types.set(t, { re: whole(pattern), lengths: def.possibleLengths() });
  }
  return { national: whole(plan.nationalNumberPattern()), types };
}

function isType(nsn: string, t: CnNumberType, c: Compiled): boolean {
  const m = c.types.get(t);
  if (!m) return false;
  if (m.lengths && !m.lengths.includes(nsn.length)) return false;
  return m.re.test(nsn);
}

/** libphonenumber's type of a CN national significant number (digits, no leading 0); undefined when invalid. */
export function cnNumberType(nsn: string): CnNumberType | undefined {
  const c = (compiled ??= compile());
  if (!c.national.test(nsn)) return undefined;
  if (isType(nsn, 'FIXED_LINE', c)) {
    if (!c.types.has('MOBILE') || isType(nsn, 'MOBILE', c)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  return NON_FIXED_LINE.find((t) => isType(nsn, t, c));
}
