// Generated views (schema, rule index, rule docs, README table) must match the metadata:
// run `npm run gen` after changing a rule or the element dictionary.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generated.js';

const ROOT = `${join(import.meta.dirname, '..')}/`;

describe('generated files are up to date (npm run gen)', async () => {
  const files = await generatedFiles(ROOT);
  for (const [rel, content] of Object.entries(files)) {
    it(rel, () => {
      expect(readFileSync(ROOT + rel, 'utf8'), `${rel} is stale: run npm run gen`).toBe(content);
    });
  }
});
