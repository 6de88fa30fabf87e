// Validators of the vendored SARIF 2.1.0 schema and of guide-lint's own JSON report schema.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ROOT } from '../support/cli.js';

// ajv-formats is CommonJS: its default export arrives as { default } under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

function compile(file: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
  // The SARIF schema (draft-07, as it declares) uses "default" values Ajv's strict mode frowns upon.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

let sarif: ValidateFunction | undefined;
let report: ValidateFunction | undefined;

export const sarifValidator = () => (sarif ??= compile('test/fixtures-schemas/sarif-2.1.0.json'));
export const reportValidator = () => (report ??= compile('schemas/report.schema.json'));

export function errorsOf(v: ValidateFunction): string {
  return JSON.stringify(v.errors?.slice(0, 5), null, 2);
}
