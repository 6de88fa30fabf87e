import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/types.js';
import { judge } from './judge.js';

const f = (line: number, ruleId: string, severity: Finding['severity']): Finding =>
  ({
    ruleId,
    item: null,
    severity,
    message: `${ruleId} on ${line}`,
    file: '/c/a.yaml',
    line,
    column: 1,
    path: [],
  }) as unknown as Finding;
const show = (s: string) => s.replace('/c/', '');

describe('judge (expect marks against findings)', () => {
  it('counts marked errors as true, unmarked as not true, and marks without a finding as missing', () => {
    const j = judge(
      [
        f(3, 'guide-schema', 'error'),
        f(3, 'guide-schema', 'error'),
        f(7, 'place-address', 'error'),
        f(9, 'text-normalization', 'info'),
      ],
      new Map([['/c/a.yaml', ['3 guide-schema', '9 text-normalization', '12 material-source']]]),
      show,
    );
    expect(j).toMatchObject({ errors: 3, trueErrors: 1, infos: 1, trueInfos: 1, warnings: 0 });
    expect(j.unmarkedErrors).toEqual([
      'a.yaml:3 guide-schema guide-schema on 3',
      'a.yaml:7 place-address place-address on 7',
    ]);
    expect(j.missing).toEqual(['a.yaml:12 material-source']);
  });

  it('a mark is consumed by an error before a warning or info of the same rule and line', () => {
    const j = judge([f(5, 'r', 'info'), f(5, 'r', 'error')], new Map([['/c/a.yaml', ['5 r']]]), show);
    expect(j).toMatchObject({ errors: 1, trueErrors: 1, infos: 1, trueInfos: 0, missing: [] });
  });

  it('marks in another file or on another line do not count', () => {
    const j = judge(
      [f(5, 'r', 'error')],
      new Map([
        ['/c/b.yaml', ['5 r']],
        ['/c/a.yaml', ['6 r']],
      ]),
      show,
    );
    expect(j.trueErrors).toBe(0);
    expect(j.missing).toEqual(['a.yaml:6 r', 'b.yaml:5 r']);
  });
});

describe('marksOf and missed marks', () => {
  it('reads expect and missed marks, alone or together on a line', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const path = await import('node:path');
    const join = (...parts: string[]) => path.join(...parts);
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'marks-')), 'g.yaml');
    writeFileSync(
      file,
      'a: 1 # expect: r1, r1\nb: 2 # missed: r2 -- not reported yet\nc: 3 # expect: r3 # missed: r4, r5 -- why\nd: 4 # a comment\n',
    );
    const { marksOf } = await import('./judge.js');
    expect(marksOf(file)).toEqual({ expect: ['1 r1', '1 r1', '3 r3'], missed: ['2 r2', '3 r4', '3 r5'] });
  });

  it('a missed mark the rule now reports is listed', () => {
    const j = judge([f(4, 'r', 'warning')], new Map(), show, new Map([['/c/a.yaml', ['4 r', '5 r']]]));
    expect(j).toMatchObject({ missed: 2, nowReported: ['a.yaml:4 r'] });
  });
});
