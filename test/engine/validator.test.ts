// The validator compiled at build time (scripts/build-validator.ts) loads in the built package
// and gives exactly the errors of a runtime compile of the same schema.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, SCHEMA_FILE, validationSchema } from '../../src/engine/validate-guide.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('precompiled guide validator', () => {
  it('loads from dist and agrees with a runtime compile', async () => {
    const pre = (await import(pathToFileURL(join(ROOT, 'dist/src/engine/guide-validator.js')).href))
      .default as ValidateFunction;
    const runtime = new Ajv(AJV_OPTIONS).compile(
      validationSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))) as object,
    );
    const samples: unknown[] = [
      {},
      { 到办事现场次数: '一次', 申请材料: [{ 份数: [] }] },
      { 办理流程: '受理', 中介服务: 3, 法定办结时限: { 数值: 1 } },
      'not a guide',
    ];
    for (const s of samples) {
      expect(pre(s)).toBe(runtime(s));
      expect(pre.errors?.map((e) => [e.instancePath, e.keyword])).toEqual(
        runtime.errors?.map((e) => [e.instancePath, e.keyword]),
      );
    }
  });
});
