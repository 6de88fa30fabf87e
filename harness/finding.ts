// Findings made up for tests and benchmarks (here, not in test/support/, because bench/ builds with
// tsconfig.json, which compiles harness/ but not test/): what a test does not care about is filled
// in, in the key order the engine writes.

import type { Finding } from '../src/model/types.js';

/** A finding: an error of rule "r" with message "m" in f.yaml, an empty range at line:column (1:1), unless given. */
export function finding(over: Partial<Finding> = {}): Finding {
  const line = over.line ?? 1;
  const column = over.column ?? 1;
  return {
    ruleId: 'r',
    item: null,
    severity: 'error',
    message: 'm',
    file: 'f.yaml',
    line,
    column,
    endLine: line,
    endColumn: column,
    path: [],
    guide: null,
    ...over,
  };
}

/** The warning of a 办理地点 without a window number (item 18), as a shard result carries it. */
export function placeAddressFinding(file: string, guide: string, over: Partial<Finding> = {}): Finding {
  return finding({
    ruleId: 'place-address',
    item: 18,
    severity: 'warning',
    message: '办理地点未写明窗口号',
    file,
    line: 20,
    column: 7,
    endLine: 20,
    endColumn: 40,
    path: ['办理地点'],
    guide,
    ...over,
  });
}
