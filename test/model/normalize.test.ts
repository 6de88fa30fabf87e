// Normalisation shares records written with element keys only, copies the others into
// null-prototype objects, and never changes what the loader produced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/yaml.js';
import { itemOfPath, normalizeGuide, pathOf } from '../../src/model/normalize.js';
import { ROOT } from '../support/cli.js';

const BASE = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
const load = (text: string) => loadYaml(text).guides[0]!.data as Record<string, unknown>;

describe('normalizeGuide', () => {
  it('a guide written with element keys only is used as loaded, records and lists included', () => {
    const raw = load(BASE);
    const n = normalizeGuide(raw);
    expect(n.data).toBe(raw);
    expect(n.data['申请材料']).toBe(raw['申请材料']);
    expect(n.unknownKeys).toEqual([]);
    expect(n.duplicates).toEqual([]);
  });

  it('a synonym deep in a material copies that material, its list and the guide: nothing else, and the loaded data is unchanged', () => {
    const raw = load(BASE.replace('    材料类型: 复印件', '    类型: 复印件'));
    const before = structuredClone(raw);
    const n = normalizeGuide(raw);
    expect(raw).toEqual(before);
    expect(n.data).not.toBe(raw);
    expect(Object.getPrototypeOf(n.data)).toBeNull();
    const materials = n.data['申请材料'] as Record<string, unknown>[];
    const written = raw['申请材料'] as Record<string, unknown>[];
    const changed = materials.findIndex((m) => m['材料类型'] === '复印件' && !('类型' in m));
    expect(changed).toBeGreaterThanOrEqual(0);
    expect(Object.getPrototypeOf(materials[changed])).toBeNull();
    expect(n.written(['申请材料', changed, '材料类型'])).toEqual(['申请材料', changed, '类型']);
    // Other materials and other elements are the loaded objects themselves.
    materials.forEach((m, i) => {
      if (i !== changed) expect(m).toBe(written[i]);
    });
    expect(n.data['设定依据']).toBe(raw['设定依据']);
  });

  it('unknown keys and every object under them are copied without prototype; duplicates are dropped and reported', () => {
    const raw = load(`${BASE}备注信息: {constructor: {prototype: 1}}\n咨询方式: 0471-1234567\n`);
    const n = normalizeGuide(raw);
    expect(Object.getPrototypeOf(n.data)).toBeNull();
    expect(Object.getPrototypeOf(n.data['备注信息'])).toBeNull();
    expect(n.unknownKeys.map((u) => u.key)).toEqual(['备注信息']);
    expect(n.duplicates.map((d) => [d.key, d.first])).toEqual([['咨询方式', '咨询电话']]);
    expect(n.data['咨询电话']).toBe(raw['咨询电话']);
  });

  it('the element list holds every element once, in document order, with canonical paths', () => {
    const n = normalizeGuide(load(BASE.replace('    材料类型: 复印件', '    类型: 复印件')));
    const paths = n.elements.map((e) => pathOf(e).join('/'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths[0]).toBe('事项名称');
    expect(paths).toContain('申请材料/0/材料名称');
    expect(paths.some((p) => p.endsWith('/材料类型'))).toBe(true);
    expect(paths.some((p) => p.startsWith('申请材料/') && p.endsWith('/类型'))).toBe(false);
    for (const e of n.elements)
      expect(e.value).toBe(pathOf(e).reduce<unknown>((v, s) => (v as Record<string | number, unknown>)[s], n.data));
  });
});

describe('itemOfPath', () => {
  it('the item of the nearest element on the path that serves one', () => {
    expect(itemOfPath(['承诺办结时限', '单位'])).toBe(13);
    expect(itemOfPath(['申请材料', 2, '份数'])).toBe(19);
    expect(itemOfPath(['申请材料', 2])).toBe(18);
    expect(itemOfPath(['咨询电话'])).toBe(16);
  });

  it('null beyond the checklist or off the dictionary', () => {
    expect(itemOfPath(['监督电话'])).toBeNull();
    expect(itemOfPath(['不是要素'])).toBeNull();
    expect(itemOfPath([])).toBeNull();
  });
});
