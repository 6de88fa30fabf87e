// The precompiled CN classifier agrees with libphonenumber-js on every number it is asked about:
// valid or not, and of which type. phone.ts uses it in place of the library's parse for CN numbers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cnNumberType } from '../../src/parse/cn-number-type.js';
import { parsePhones } from '../../src/parse/phone.js';
import { realValues } from './support.js';
import { runs } from '../support/fast.js';

function library(nsn: string): { type: string | undefined; e164?: string; national?: string } {
  const p = parsePhoneNumberFromString(`+86${nsn}`);
  if (!p?.isValid()) return { type: undefined };
  return { type: p.getType(), e164: p.number, national: p.nationalNumber };
}

function ours(nsn: string): { type: string | undefined; e164?: string; national?: string } {
  const type = cnNumberType(nsn);
  return type ? { type, e164: `+86${nsn}`, national: nsn } : { type: undefined };
}

// Leading digits of real CN numbers: Beijing, 2x cities, 3–9xx area codes, mobiles, 400/800, 95xxx.
const PREFIXES = [
  '10',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '27',
  '28',
  '29',
  '311',
  '351',
  '371',
  '431',
  '451',
  '471',
  '531',
  '538',
  '539',
  '571',
  '574',
  '591',
  '731',
  '755',
  '769',
  '777',
  '851',
  '871',
  '898',
  '931',
  '991',
  '13',
  '139',
  '15',
  '17',
  '18',
  '19',
  '145',
  '166',
  '400',
  '800',
  '95',
  '96',
  '12',
];

const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from('0123456789')), minLength, maxLength });
const nsnArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), digits(6, 9)).map(([p, rest]) => p + rest) },
  fc.tuple(fc.constantFrom(...PREFIXES), digits(0, 12)).map(([p, rest]) => p + rest),
  fc
    .string({ unit: fc.constantFrom(...Array.from('0123456789')), minLength: 6, maxLength: 13 })
    .filter((s) => !s.startsWith('0')),
);

describe('cnNumberType agrees with libphonenumber-js', () => {
  it('on generated numbers (valid and invalid, every length)', () => {
    let valid = 0;
    fc.assert(
      fc.property(nsnArb, (nsn) => {
        const want = library(nsn);
        if (want.type) valid++;
        expect(ours(nsn)).toEqual(want);
      }),
      { numRuns: runs(5000), seed: 7 },
    );
    // The generator must reach valid numbers too, or the property says little.
    expect(valid).toBeGreaterThan(runs(5000) / 10);
  });

  it('on fixed examples of every kind', () => {
    for (const nsn of [
      '4716945678',
      '7776428820',
      '57465578872',
      '13997820171',
      '4008884636',
      '8008101234',
      '1065529988',
      '2087654321',
      '33186820',
      '123',
      '5386428820999',
    ]) {
      expect(ours(nsn)).toEqual(library(nsn));
    }
  });

  it("parsePhones gives the library's answer for every real 咨询电话 string", () => {
    const real = realValues('咨询电话');
    for (const s of real) {
      for (const n of parsePhones(s).numbers) {
        if (!n.e164?.startsWith('+86')) continue;
        const want = library(n.e164.slice(3));
        expect(want.type, s).toBeDefined();
        expect(n.e164).toBe(want.e164);
      }
    }
  });
});
