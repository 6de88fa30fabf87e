// Fuzzing with a fixed seed (issue 8): generated and mutated guides through the loaders and every
// rule — no exception, no internal error, every finding located inside the file, the same output
// for the same input. `npm run fuzz -- --seed N --runs N` runs the same properties longer.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROPERTIES,
  checkCase,
  fixtureSamples,
  locationProblem,
  mutate,
  removeDir,
  runTypeSweep,
  scratchDir,
  type Sample,
} from '../../harness/fuzz-core.js';
import { FAST, runs } from '../support/fast.js';

const SEED = 20240808;
const RUNS: Record<string, number> = {
  'generated guides (YAML and JSON, sometimes mutated)': 150,
  'mutated fixture files': 200,
  'aliases and merge keys': 60,
  'files on disk (lintFile: bytes, encodings, BOMs)': 60,
};

let samples: Sample[];
let dir: string;
beforeAll(() => {
  samples = fixtureSamples();
  dir = scratchDir();
});
afterAll(() => {
  removeDir(dir);
});

describe('fuzz: loaders and rules never crash, locate inside the file, and are deterministic', () => {
  for (const p of PROPERTIES) {
    it(p.name, { timeout: 60_000 }, async () => {
      await fc.assert(p.property(samples, dir), { seed: SEED, numRuns: runs(RUNS[p.name] ?? 50) });
    });
  }
});

describe('type confusion: every element set to every shape of value', () => {
  it(
    'no crash, no internal error, locations inside the file (YAML, recommended and strict)',
    { timeout: 60_000 },
    () => {
      // The fast loop checks every seventh case (an odd stride: both presets, every element).
      const { cases, failures } = runTypeSweep({ json: [false], strict: [false, true], every: FAST ? 7 : 1 });
      expect(cases).toBeGreaterThan(FAST ? 2000 / 7 : 2000);
      expect(failures).toEqual([]);
    },
  );
});

// Counter-examples the fuzzer found, kept as plain regression cases.
describe('fuzz findings, fixed', () => {
  it('a YAML error at the very end of the input is located inside the last line', () => {
    for (const text of ['{', "a: 1\nb: '\n", '事项名称: "x']) checkCase({ origin: 'regression', text, json: false });
  });

  it('a time-limit unit holding a line break ({数值, 单位: "a\\nb"}) is not a crash', () => {
    checkCase({
      origin: 'regression',
      text: '{"办理流程":[{"办理时限":{"单位":"a\\r\\nb","数值":"20"}}],"承诺办结时限":{"单位":"工作\\n日","数值":5}}',
      json: true,
    });
  });

  it('a special procedure whose 时限 is an unparsable {数值, 单位} mapping is reported, not a crash', () => {
    checkCase({
      origin: 'regression',
      text: '特殊环节:\n  - 名称: 现场核查\n    时限: {数值: "", 单位: false}\n',
      json: false,
    });
  });
});

describe('the fuzz harness itself', () => {
  it('mutations take any position (modulo the text) and keep the rest of the text', () => {
    expect(mutate('ab\ncd', { kind: 'deleteLine', line: 3 })).toBe('ab');
    expect(mutate('ab', { kind: 'truncate', at: 4 })).toBe('a');
    expect(mutate('a: 1', { kind: 'number', at: 0, text: '1e400' })).toBe('a: 1e400');
    expect(mutate('', { kind: 'flip', at: 7, ch: 'x' })).toBe('x');
  });

  it('the location check rejects a column past the end of its line', () => {
    const f = { ruleId: 'x', item: null, severity: 'error' as const, message: '', file: 'f', path: [], guide: null };
    expect(locationProblem({ ...f, line: 1, column: 3, endLine: 1, endColumn: 3 }, 'ab')).toBeUndefined();
    expect(locationProblem({ ...f, line: 1, column: 1, endLine: 1, endColumn: 4 }, 'ab')).toMatch(/outside/);
    expect(locationProblem({ ...f, line: 2, column: 1, endLine: 2, endColumn: 1 }, 'ab')).toMatch(/outside/);
    expect(locationProblem({ ...f, line: 1, column: 2, endLine: 1, endColumn: 1 }, 'ab')).toMatch(/before/);
  });
});
