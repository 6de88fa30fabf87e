// The JSON report against its published schema (schemas/report.schema.json).

import { describe, expect, it } from 'vitest';
import json from '../../src/format/json.js';
import { input, sampleResult, text } from './support.js';
import { errorsOf, reportValidator } from './schema.js';

describe('json report schema', () => {
  it('the json formatter output is valid, with and without a baseline', () => {
    const validate = reportValidator();
    const out = JSON.parse(text(json(input())));
    expect(validate(out), errorsOf(validate)).toBe(true);
    const r = sampleResult();
    r.baseline = {
      file: 'guide-lint-baseline.json',
      suppressed: 1,
      fixed: [
        { file: 'a.yaml', ruleId: 'enum-values', path: ['申请材料', 0, '材料类型'], value: 'x', fingerprint: 'abc' },
      ],
    };
    const withBaseline = JSON.parse(text(json(input('zh', r))));
    expect(validate(withBaseline), errorsOf(validate)).toBe(true);
    expect(withBaseline.summary).toMatchObject({ baselined: 1, baselineFixed: 1 });
  });

  it('rejects what the report never contains', () => {
    const validate = reportValidator();
    const out = JSON.parse(text(json(input())));
    out.findings[0].severity = 'fatal';
    expect(validate(out)).toBe(false);
  });
});
