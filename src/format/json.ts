// The JSON report (schemas/report.schema.json; docs/formats.md).

import type { FormatInput, Formatter } from './types.js';
import type { Finding } from '../model/types.js';
import type { FindingSpill } from '../engine/spill.js';
import { countFindings } from './counts.js';
import { JsonOut, writeJson } from '../util/json-out.js';

/** A finding as the report has it. */
const reported = (f: Finding) => ({
  ruleId: f.ruleId,
  item: f.item,
  severity: f.severity,
  message: f.message,
  file: f.file,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  path: f.path,
  guide: f.guide,
  ...(f.sheet !== undefined ? { sheet: f.sheet, cell: f.cell, header: f.header } : {}),
  ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
  ...(f.sourceField !== undefined ? { sourceField: f.sourceField } : {}),
  ...(f.unit !== undefined ? { unit: f.unit } : {}),
  ...(f.fix !== undefined ? { fix: f.fix } : {}),
});

const json: Formatter = ({ result, version }) => {
  const findings = result.findings.map(reported);
  // With --baseline: the file and its entries that no longer occur (summary.baselined/baselineFixed count them).
  const baseline = result.baseline
    ? { baseline: { file: result.baseline.file, suppressed: result.baseline.suppressed, fixed: result.baseline.fixed } }
    : {};
  // Piece by piece (src/util/json-out.ts): the same text as JSON.stringify(…, null, 2).
  const out = new JsonOut();
  writeJson(out, { tool: { name: 'guide-lint', version }, summary: countFindings(result), findings, ...baseline }, 0);
  out.write('\n');
  return out.buffer();
};

/**
 * The same report for findings read back from a spill (src/engine/spill.ts), written piece by piece:
 * the summary first, then each finding as it is read (no baseline: a spilled run has none).
 */
export function streamJson({ result, version }: FormatInput, spill: FindingSpill, write: (s: string) => void): void {
  const out = { write };
  write('{\n  "tool": ');
  writeJson(out, { name: 'guide-lint', version }, 1);
  write(',\n  "summary": ');
  writeJson(out, countFindings(result), 1);
  write(',\n  "findings": ');
  let first = true;
  for (const f of spill.read()) {
    write(first ? '[\n    ' : ',\n    ');
    writeJson(out, reported(f), 2);
    first = false;
  }
  write(first ? '[]\n}\n' : '\n  ]\n}\n');
}

export default json;
