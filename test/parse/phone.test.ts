import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhones, sameLine, type ParsedPhones, type PhoneNumber } from '../../src/parse/phone.js';
import { RUNS, anyText, realValues } from './support.js';

const landline = (raw: string, areaCode: string, subscriber: string, index = 0): PhoneNumber => ({
  raw,
  index,
  kind: 'landline',
  areaCode,
  e164: `+86${areaCode.slice(1)}${subscriber}`,
  national: areaCode + subscriber,
});
const ok = (...numbers: PhoneNumber[]): ParsedPhones => ({ numbers, problems: [] });

// Every 咨询电话 string of strings.json, verbatim.
const REAL: [string, ParsedPhones][] = [
  ['0777-6428820', ok(landline('0777-6428820', '0777', '6428820'))],
  ['0777—6428820', ok(landline('0777—6428820', '0777', '6428820'))],
  ['0777—6428880', ok(landline('0777—6428880', '0777', '6428880'))],
  ['0777-6428913', ok(landline('0777-6428913', '0777', '6428913'))],
  ['0777-6428001', ok(landline('0777-6428001', '0777', '6428001'))],
  [
    'http://qzls.zwfw.gxzf.gov.cn/\n0777-6428001',
    {
      numbers: [landline('0777-6428001', '0777', '6428001', 30)],
      problems: [{ kind: 'url', text: 'http://qzls.zwfw.gxzf.gov.cn/', index: 0 }],
    },
  ],
  ['87524298', { numbers: [], problems: [{ kind: 'no-area-code', text: '87524298', index: 0 }] }],
  ['0538-12333', ok({ raw: '0538-12333', index: 0, kind: 'hotline', areaCode: '0538', national: '053812333' })],
  ['0539-12333', ok({ raw: '0539-12333', index: 0, kind: 'hotline', areaCode: '0539', national: '053912333' })],
  ['+86-574-65578872', ok(landline('+86-574-65578872', '0574', '65578872'))],
  [
    '400-888-4636',
    ok({ raw: '400-888-4636', index: 0, kind: 'toll-free', e164: '+864008884636', national: '4008884636' }),
  ],
  ['0571-56700055', ok(landline('0571-56700055', '0571', '56700055'))],
  ['33186820', { numbers: [], problems: [{ kind: 'no-area-code', text: '33186820', index: 0 }] }],
  [
    '13997820171',
    ok({ raw: '13997820171', index: 0, kind: 'mobile', e164: '+8613997820171', national: '13997820171' }),
  ],
  ['0519-12345', ok({ raw: '0519-12345', index: 0, kind: 'hotline', areaCode: '0519', national: '051912345' })],
  ['12345', ok({ raw: '12345', index: 0, kind: 'hotline', national: '12345' })],
];

describe('parsePhones: real strings', () => {
  it.each(REAL)('%j', (input, expected) => {
    expect(parsePhones(input)).toEqual(expected);
  });
  it('33186820 stored as a JSON number', () => {
    expect(parsePhones(33186820)).toEqual({
      numbers: [],
      problems: [{ kind: 'no-area-code', text: '33186820', index: 0 }],
    });
  });
  it('the table covers every 咨询电话 value of strings.json', () => {
    const real = realValues('咨询电话');
    expect(real.filter((v) => !REAL.some(([s]) => s === v))).toEqual([]);
  });
});

describe('parsePhones: other forms', () => {
  it.each<[unknown, ParsedPhones]>([
    ['(0471)6945678', ok(landline('(0471)6945678', '0471', '6945678'))],
    ['（0471）6945678', ok(landline('（0471）6945678', '0471', '6945678'))],
    ['0471 6945678', ok(landline('0471 6945678', '0471', '6945678'))],
    ['04716945678', ok(landline('04716945678', '0471', '6945678'))],
    ['０４７１－６９４５６７８', ok(landline('０４７１－６９４５６７８', '0471', '6945678'))],
    ['+86 471 6945678', ok(landline('+86 471 6945678', '0471', '6945678'))],
    ['010-12345678', ok(landline('010-12345678', '010', '12345678'))],
    ['021-12345678', ok(landline('021-12345678', '021', '12345678'))],
    [
      '139 9782 0171',
      ok({ raw: '139 9782 0171', index: 0, kind: 'mobile', e164: '+8613997820171', national: '13997820171' }),
    ],
    [
      '800-810-1234',
      ok({ raw: '800-810-1234', index: 0, kind: 'toll-free', e164: '+868008101234', national: '8008101234' }),
    ],
    ['0471-6945678转801', ok(landline('0471-6945678', '0471', '6945678'))],
    ['0471-6945678-801', ok(landline('0471-6945678', '0471', '6945678'))],
    [
      '0471-6945678、0471-6945679',
      ok(landline('0471-6945678', '0471', '6945678'), landline('0471-6945679', '0471', '6945679', 13)),
    ],
    [
      '0471-6945678，13997820171',
      ok(landline('0471-6945678', '0471', '6945678'), {
        raw: '13997820171',
        index: 13,
        kind: 'mobile',
        e164: '+8613997820171',
        national: '13997820171',
      }),
    ],
    [
      '0471-6945678 0471-6945679',
      ok(landline('0471-6945678', '0471', '6945678'), landline('0471-6945679', '0471', '6945679', 13)),
    ],
    [
      '12345或0471-6945678',
      ok(
        { raw: '12345', index: 0, kind: 'hotline', national: '12345' },
        landline('0471-6945678', '0471', '6945678', 6),
      ),
    ],
    ['咨询电话：0471-6945678；', ok(landline('0471-6945678', '0471', '6945678', 5))],
    [
      '6945678、0471-6945679',
      {
        numbers: [landline('0471-6945679', '0471', '6945679', 8)],
        problems: [{ kind: 'no-area-code', text: '6945678', index: 0 }],
      },
    ],
    ['www.nmg.gov.cn', { numbers: [], problems: [{ kind: 'url', text: 'www.nmg.gov.cn', index: 0 }] }],
    ['0777-642882', { numbers: [], problems: [{ kind: 'malformed', text: '0777-642882', index: 0 }] }],
    ['0755-1234567', { numbers: [], problems: [{ kind: 'malformed', text: '0755-1234567', index: 0 }] }],
    ['12312341234', { numbers: [], problems: [{ kind: 'malformed', text: '12312341234', index: 0 }] }],
    ['123', { numbers: [], problems: [{ kind: 'malformed', text: '123', index: 0 }] }],
    ['暂无', { numbers: [], problems: [{ kind: 'malformed', text: '暂无', index: 0 }] }],
    ['', { numbers: [], problems: [{ kind: 'empty', text: '', index: 0 }] }],
    ['  ', { numbers: [], problems: [{ kind: 'empty', text: '  ', index: 0 }] }],
    [null, { numbers: [], problems: [{ kind: 'empty', text: '', index: 0 }] }],
    [undefined, { numbers: [], problems: [{ kind: 'empty', text: '', index: 0 }] }],
    [{ 电话: '0471-6945678' }, { numbers: [], problems: [{ kind: 'malformed', text: '', index: 0 }] }],
    // a JSON number loses the area code's leading 0
    [4716945678, { numbers: [], problems: [{ kind: 'malformed', text: '4716945678', index: 0 }] }],
  ])('%j', (input, expected) => {
    expect(parsePhones(input)).toEqual(expected);
  });
});

describe('properties', () => {
  const alphabet = '0123456789０１２+-—–()（） 、，,；;/\n或转http://www.gov.cn电话：';
  const check = (v: unknown) => {
    const r = parsePhones(v);
    expect(parsePhones(v)).toEqual(r);
    const src = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
    for (const n of r.numbers) {
      expect(src.slice(n.index, n.index + n.raw.length)).toBe(n.raw);
      expect(n.national).toMatch(/^\d+$/);
      if (n.kind === 'landline') expect(n.national.startsWith(n.areaCode ?? '?')).toBe(true);
    }
    for (const p of r.problems) expect(src.slice(p.index, p.index + p.text.length)).toBe(p.text);
    expect(r.numbers.length + r.problems.length).toBeGreaterThan(0);
  };
  it('any string: never throws, deterministic, raw slices the input, always says something', () => {
    fc.assert(fc.property(anyText(alphabet), check), RUNS);
  });
  it('any value (JSON numbers included): never throws, deterministic', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.integer(), fc.double()), check), RUNS);
  });
  it('numbers joined by 、 parse one by one', () => {
    const known = fc.constantFrom('0471-6945678', '0777—6428820', '13997820171', '400-888-4636', '12345', '0538-12333');
    fc.assert(
      fc.property(fc.array(known, { minLength: 1, maxLength: 5 }), (list) => {
        const r = parsePhones(list.join('、'));
        expect(r.problems).toEqual([]);
        expect(r.numbers.map((n) => n.raw)).toEqual(list);
      }),
      RUNS,
    );
  });
});

describe('sameLine', () => {
  const one = (s: string): PhoneNumber => {
    const n = parsePhones(s).numbers[0];
    if (!n) throw new Error(`no number in ${s}`);
    return n;
  };
  it.each([
    ['0471-6945678', '0471 6945678', true],
    ['(0471)6945678', '04716945678', true],
    ['12345', '0471-12345', true],
    ['0471-12345', '0472-12345', false],
    ['12345', '12315', false],
    ['0471-6945678', '0472-6945678', false],
    ['13997820171', '139 9782 0171', true],
  ])('%s / %s → %s', (a, b, same) => {
    expect(sameLine(one(a), one(b))).toBe(same);
    expect(sameLine(one(b), one(a))).toBe(same);
  });
});
