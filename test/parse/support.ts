// Shared helpers for the parser tests: the real strings file and fast-check arbitraries.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runs } from '../support/fast.js';

// Verbatim field values of published guides, copied into the repository with their source
// (fixtures/realdata/guide-field-examples/SOURCE.md).
const EXAMPLES = join(import.meta.dirname, '..', '..', 'fixtures', 'realdata', 'guide-field-examples', 'examples.json');

/** The verbatim values of one field of examples.json. */
export function realValues(field: '办理地点' | '办理时间' | '咨询电话' | '时限'): string[] {
  const data = JSON.parse(readFileSync(EXAMPLES, 'utf8')) as Record<string, { v: string }[]>;
  const values = (data[field] ?? []).map((e) => e.v);
  if (!values.length) throw new Error(`examples.json has no ${field} values`);
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
