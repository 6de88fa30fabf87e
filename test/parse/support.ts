// Shared helpers for the parser tests: the real strings file and fast-check arbitraries.
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The verbatim values of shared/realdata guide-field-examples, copied into the repository with their
// sources (test/real/strings.json; its 时限 rows are tested as 承诺办结时限).
const STRINGS = join(import.meta.dirname, '..', 'real', 'strings.json');
const FIELD_OF: Record<string, string> = { 办理地点: '办理地点', 办理时间: '办理时间', 咨询电话: '咨询电话', 时限: '承诺办结时限' };

/** The verbatim values of one field of examples.json, from the repository's copy. */
export function realValues(field: '办理地点' | '办理时间' | '咨询电话' | '时限'): string[] | undefined {
  if (!existsSync(STRINGS)) return undefined;
  const data = JSON.parse(readFileSync(STRINGS, 'utf8')) as { sources: Record<string, string>; rows: { field: string; value: unknown; source: string }[] };
  return data.rows
    .filter((r) => r.field === FIELD_OF[field] && typeof r.value === 'string' && data.sources[r.source]?.startsWith('guide-field-examples'))
    .map((r) => r.value as string);
}

/** Any string: random code points, graphemes, and strings built from the parser's own alphabet. */
export function anyText(alphabet: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...new Set(alphabet)), maxLength: 50 }),
  );
}

export const RUNS = { numRuns: 400 };
