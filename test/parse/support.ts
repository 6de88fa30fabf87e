// Shared helpers for the parser tests: the real strings file and fast-check arbitraries.
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// shared/ lies beside the repository (as in CI's layout); GUIDE_FIELD_EXAMPLES overrides.
const BESIDE = join(import.meta.dirname, '..', '..', '..', 'shared', 'realdata', 'guide-field-examples', 'examples.json');
const EXAMPLES = process.env.GUIDE_FIELD_EXAMPLES ?? (existsSync(BESIDE) ? BESIDE : '/work/shared/realdata/guide-field-examples/examples.json');

/** The verbatim values of one field of examples.json, or undefined when the file is not available. */
export function realValues(field: '办理地点' | '办理时间' | '咨询电话' | '时限'): string[] | undefined {
  if (!existsSync(EXAMPLES)) return undefined;
  const data = JSON.parse(readFileSync(EXAMPLES, 'utf8')) as Record<string, { v: string }[]>;
  return (data[field] ?? []).map((e) => e.v);
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
