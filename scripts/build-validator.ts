// Build step: compiles the guide schema (as validation uses it, see src/engine/validate-guide.ts) ahead of time
// with ajv's standalone code, so a run neither imports ajv's compiler nor compiles (~100 ms).
// Skipped while the output is newer than the schema, the code that shapes it and ajv.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, SCHEMA_FILE, validationSchema } from '../src/engine/validate-guide.js';
import { ROOT_DIR } from '../src/version.js';
import { upToDate } from './up-to-date.js';

const out = join(ROOT_DIR, 'dist', 'src', 'engine', 'guide-validator.js');
const inputs = [
  SCHEMA_FILE,
  join(ROOT_DIR, 'dist', 'src', 'engine', 'validate-guide.js'),
  fileURLToPath(import.meta.url),
  createRequire(import.meta.url).resolve('ajv/package.json'),
];
if (upToDate(out, inputs)) process.exit(0);

const schema = validationSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))) as object;
const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
const code = standaloneCode.default(ajv, ajv.compile(schema));
// ajv's ESM output still require()s its runtime helpers (ucs2length …): give the module a require.
const prelude = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
writeFileSync(
  out,
  `// Generated at build time by scripts/build-validator.ts from schemas/guide.schema.json.\n${prelude}${code}\n`,
);
console.log(`wrote ${out.slice(ROOT_DIR.length + 1)} (${code.length} bytes)`);
