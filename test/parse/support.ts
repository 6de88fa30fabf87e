// Shared helpers for the parser tests: the real strings file and fast-check arbitraries.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runs } from '../support/fast.js';

// Verbatim field values of published guides, copied into the repository with their source: the
// rows of test/real/strings.json that came from the guide-field-examples collection (its sources
// list says where each was found).
const STRINGS = join(import.meta.dirname, '..', 'real', 'strings.json');
const FIELD = { 办理地点: '办理地点', 办理时间: '办理时间', 咨询电话: '咨询电话', 时限: '承诺办结时限' } as const;

/** The verbatim values of one field from the guide-field-examples sources, in their order. */
export function realValues(field: keyof typeof FIELD): string[] {
  const data = JSON.parse(readFileSync(STRINGS, 'utf8')) as {
    sources: Record<string, string>;
    rows: { field: string; value: string; source: string }[];
  };
  const values = data.rows
    .filter((r) => r.field === FIELD[field] && data.sources[r.source]?.startsWith('guide-field-examples'))
    .map((r) => r.value);
  if (!values.length) throw new Error(`strings.json has no guide-field-examples ${field} values`);
  return values;
}

/** Any string: random code points, graphemes, and strings built from the parser's own alphabet. */
export function anyText(alphabet: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...new Set(alphabet)), maxLength: 50 }),
  );
}

export const RUNS = { numRuns: runs(400) };
