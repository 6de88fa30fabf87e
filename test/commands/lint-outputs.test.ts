// -o without -f: formats and outputs pair by position, an output without a format takes its
// extension's (the CLI runs are test/scenarios/outputs-*.scenario).

import { describe, expect, it } from 'vitest';
import { formatOfFile, pairOutputs } from '../../src/commands/lint.js';

describe('-o without -f', () => {
  it("pairs formats and outputs by position; an output without a format takes its extension's", () => {
    expect(formatOfFile('r.json')).toBe('json');
    expect(formatOfFile('out/R.SARIF')).toBe('sarif');
    expect(formatOfFile('junit.xml')).toBe('junit');
    expect(formatOfFile('r.htm')).toBe('html');
    expect(formatOfFile('问题清单.xlsx')).toBe('xlsx');
    expect(formatOfFile('report.txt')).toBe('stylish');
    expect(formatOfFile('report')).toBe('stylish');
    expect(pairOutputs([], [])).toEqual([{ format: 'stylish', output: undefined }]);
    expect(pairOutputs([], ['r.json', 'r.sarif'])).toEqual([
      { format: 'json', output: 'r.json' },
      { format: 'sarif', output: 'r.sarif' },
    ]);
    expect(pairOutputs(['stylish'], ['r.json'])).toEqual([{ format: 'stylish', output: 'r.json' }]);
    expect(pairOutputs(['json', 'stylish'], ['r.json'])).toEqual([
      { format: 'json', output: 'r.json' },
      { format: 'stylish', output: undefined },
    ]);
    expect(() => pairOutputs(['json', 'stylish'], [])).toThrow(/only one --format/);
  });
});
