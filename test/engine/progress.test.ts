// The engine's progress callbacks (used by `serve`): one call before each file with the files done
// and the total, one at the end, and one after each guide of a file with its guide count.

import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { ROOT } from '../support/cli.js';

it('reports files done of total and guides done of each file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-progress-'));
  copyFileSync(join(ROOT, 'fixtures/sheets/relational.xlsx'), join(dir, 'a.xlsx'));
  copyFileSync(join(ROOT, 'fixtures/guides/defective/hours-order-chifeng.yaml'), join(dir, 'b.yaml'));
  const files: [number, number, string | undefined][] = [];
  const guides: [number, number][] = [];
  const result = await lint({
    cwd: dir,
    paths: ['.'],
    config: await resolveConfig({ cwd: dir, discover: false }),
    onFile: (done, total, file) => files.push([done, total, file?.slice(dir.length + 1)]),
    onGuide: (done, total) => guides.push([done, total]),
  });
  expect(files).toEqual([
    [0, 2, 'a.xlsx'],
    [1, 2, 'b.yaml'],
    [2, 2, undefined],
  ]);
  expect(guides).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
    [1, 1],
  ]);
  expect(result.guides).toHaveLength(4);
});
