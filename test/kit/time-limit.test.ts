// reportTimeLimit (src/kit/helpers/time-limit.ts): reads one time-limit value, reports it when it
// does not parse, and hands back the reading.

import { describe, expect, it } from 'vitest';
import { reportTimeLimit, type Report } from '../../src/kit/index.js';

function run(value: unknown) {
  const reports: Report[] = [];
  const t = reportTimeLimit({ report: (r) => reports.push(r) }, value, ['承诺办结时限'], '承诺办结时限');
  return { t, reports };
}

describe('reportTimeLimit', () => {
  it('returns a limit that parses and reports nothing', () => {
    const { t, reports } = run('20个工作日');
    expect(t).toMatchObject({ ok: true, value: 20, unit: '工作日' });
    expect(reports).toEqual([]);
  });

  it('reports a limit that does not parse, at the value, and returns its problem', () => {
    const { t, reports } = run('20天');
    expect(t).toMatchObject({ ok: false, problem: 'ambiguous-unit' });
    expect(reports).toMatchObject([
      { path: ['承诺办结时限'], messageId: 'ambiguousUnit', data: { element: '承诺办结时限', value: '20天' } },
    ]);
  });

  it('reports a {数值, 单位} mapping on the part at fault', () => {
    const { reports } = run({ 数值: 20, 单位: '天' });
    expect(reports).toMatchObject([{ path: ['承诺办结时限', '单位'], messageId: 'ambiguousUnit' }]);
  });

  it.each([[undefined], [null], ['无'], [['20个工作日']]])('%j: nothing to read, nothing reported', (value) => {
    expect(run(value)).toEqual({ t: undefined, reports: [] });
  });
});
