// Regenerates every view derived from rule metadata and the element dictionary:
// schemas/guide.schema.json, schemas/config.schema.json, rules/index.ts, docs/rules/<id>.md, the
// README rule table.
// `npm run gen` writes them; test/generated.test.ts fails when any is stale.

import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = await generatedFiles(root);
let changed = 0;
for (const [rel, content] of Object.entries(files)) {
  const abs = root + rel;
  let old: string;
  try {
    old = readFileSync(abs, 'utf8');
  } catch {
    old = '';
  }
  if (old !== content) {
    writeFileSync(abs, content);
    changed++;
    console.log(`wrote ${rel}`);
  }
}
console.log(`${changed} generated file(s) updated`);
