// The stages of a licence procedure a guide's steps name (src/model/license-stages.ts).

import { describe, expect, it } from 'vitest';
import { LICENSE_STAGES, missingStages, type RecordAt } from '../../src/kit/index.js';

const steps = (...names: unknown[]): RecordAt[] =>
  names.map((n, i) => ({ data: n === undefined ? {} : { 环节名称: n }, path: ['办理流程', i], index: i }));
const names = (s: { name: string }[] | undefined) => s?.map((x) => x.name);

describe('missingStages', () => {
  it('none when every stage is named by a synonym', () => {
    expect(missingStages(steps('收件', '审核', '审批', '办结', '邮寄'), LICENSE_STAGES)).toEqual([]);
  });
  it('the stages no step names, in their order', () => {
    expect(names(missingStages(steps('受理', '审批'), LICENSE_STAGES))).toEqual(['审查', '制证', '送达']);
  });
  it('one step may serve two stages (发证: 制证 and 送达); width and blanks are ignored', () => {
    expect(names(missingStages(steps('受 理', '审　查', '决定', '发证'), LICENSE_STAGES))).toEqual([]);
  });
  it('undefined when no step has a name (guide-schema reports that)', () => {
    expect(missingStages(steps(undefined, ' ', ['受理']), LICENSE_STAGES)).toBeUndefined();
    expect(missingStages([], LICENSE_STAGES)).toBeUndefined();
  });
  it('configured stages', () => {
    expect(
      names(
        missingStages(steps('初审'), [
          { name: '初审', synonyms: ['初审'] },
          { name: '终审', synonyms: ['终审'] },
        ]),
      ),
    ).toEqual(['终审']);
  });
});
