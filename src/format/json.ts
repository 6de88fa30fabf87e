// The JSON report (schemas/report.schema.json; docs/formats.md).

import type { Formatter } from './types.js';
import { countFindings } from './counts.js';
import { JsonOut, writeJson } from '../util/json-out.js';

const json: Formatter = ({ result, version }) => {
  const findings = result.findings.map((f) => ({
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
  }));
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

export default json;
