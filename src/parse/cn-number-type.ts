// The type of a Chinese national significant number, from libphonenumber-js's own CN metadata with
// the patterns compiled once. libphonenumber-js builds `new RegExp('^(?:' + pattern + ')$')` on
// every match, and the CN fixed-line pattern is several kilobytes: hashing and compiling it was the
// largest single cost of linting (bench/RESULTS.md). The patterns are a generated copy of the
// library's CN plan (cn-plan.generated.ts), so a lint never loads the metadata of every country.
// The algorithm is libphonenumber's getNumberType (helpers/getNumberType.js), restricted to one
// numbering plan; a differential test (test/parse/cn-number-type.test.ts) checks it against the
// library on random and real numbers.

import { CN_TYPES, type CnNumberType } from './cn-plan.js';
import { CN_PLAN } from './cn-plan.generated.js';

export type { CnNumberType } from './cn-plan.js';

const NON_FIXED_LINE = CN_TYPES.filter((t) => t !== 'FIXED_LINE');

interface Matcher {
  re: RegExp;
  lengths?: number[];
}
interface Compiled {
  national: RegExp;
  types: Map<CnNumberType, Matcher>;
}

let compiled: Compiled | undefined;

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function compile(): Compiled {
  const types = new Map<CnNumberType, Matcher>();
  for (const t of CN_TYPES) {
    const def = CN_PLAN.types[t];
    if (def) types.set(t, { re: whole(def.pattern), lengths: def.lengths });
  }
  return { national: whole(CN_PLAN.national), types };
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
