// The fast locator (js-yaml listener positions) must agree with the `yaml` package's ranges on
// every path of every YAML file we ship: start of every node, end of every scalar, every key.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { loadYaml, yamlLocator } from '../../src/load/yaml.js';
import { PositionRecorder } from '../../src/load/yaml-positions.js';
import type { ElementPath } from '../../src/model/types.js';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function paths(v: unknown, base: ElementPath = []): { path: ElementPath; scalar: boolean }[] {
  const out = [{ path: base, scalar: typeof v !== 'object' || v === null }];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...base, i])));
  else if (v && typeof v === 'object')
    for (const k of Object.keys(v)) out.push(...paths((v as Record<string, unknown>)[k], [...base, k]));
  return out;
}

const SAMPLES = [
  'a: 1\nb:\n  - x\n  - {c: "q", d: [1, 2]}\n# comment\ne: |\n  block\n  text\nf: >-\n  folded\n',
  '---\n名称: 甲\n---\n# 第二份\n名称: 乙\n列表:\n- 一\n-   二   # 注释\n',
  "材料:\n  - 名称: 身份证\n    份数:\n    类型: '原件'\n时限: { 数值: 20, 单位: 工作日 }\n",
  'base: &b\n  k: 1\nother:\n  <<: *b\n  j: 2\n',
];

describe('fast YAML locations agree with the yaml package', () => {
  const files = [...yamlFiles(join(ROOT, 'fixtures')), join(ROOT, 'test/support/base-guide.yaml')];
  const texts = [
    ...files.map((f) => ({ name: f.slice(ROOT.length + 1), text: readFileSync(f, 'utf8') })),
    ...SAMPLES.map((text, i) => ({ name: `sample ${i}`, text })),
  ];
  it('covers the shipped fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const { name, text } of texts) {
    it(name, () => {
      const loaded = loadYaml(text);
      const locateWithYaml = yamlLocator(text);
      let compared = 0;
      for (const g of loaded.guides) {
        for (const { path, scalar } of paths(g.data)) {
          if (path.length === 0) continue;
          const fast = g.sourceMap.locate(path);
          const ref = locateWithYaml(g.index, path)!;
          const where = `${name} ${JSON.stringify(path)}`;
          expect([fast.line, fast.column], where).toEqual([ref.line, ref.column]);
          // Block scalars: `yaml` ends after the final line break, we end at the last character.
          const block = /^[|>]/.test(text.split('\n')[fast.line - 1]!.slice(fast.column - 1));
          if (scalar && !block && ref.endLine === ref.line)
            expect([fast.endLine, fast.endColumn], where).toEqual([ref.endLine, ref.endColumn]);
          if (typeof path.at(-1) === 'string') {
            const fk = g.sourceMap.locate(path, 'key');
            const rk = locateWithYaml(g.index, path, 'key')!;
            expect([fk.line, fk.column], `${where} key`).toEqual([rk.line, rk.column]);
            if (rk.endLine === rk.line)
              expect([fk.endLine, fk.endColumn], `${where} key end`).toEqual([rk.endLine, rk.endColumn]);
          }
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});

describe('merge keys', () => {
  it('are merged (YAML 1.1 <<), and a merged key locates to its mapping', () => {
    const text = 'base: &b\n  k: 1\nother:\n  <<: *b\n  j: 2\n';
    const g = loadYaml(text).guides[0]!;
    expect(g.data).toEqual({ base: { k: 1 }, other: { k: 1, j: 2 } });
    expect(g.sourceMap.locate(['other', 'j'])).toMatchObject({ line: 5, column: 6 });
    expect(g.sourceMap.locate(['other', 'k'])).toMatchObject({ line: 4 });
  });
  it('a value reached through an alias locates to the alias, where this guide uses it', () => {
    const g = loadYaml('base: &b\n  k: 1\nref: *b\n').guides[0]!;
    expect(g.sourceMap.locate(['ref', 'k'])).toMatchObject({ line: 3, column: 6 });
  });
});

describe('position events kept per file', () => {
  // The recorder fills one scratch array shared by all parses and keeps a copy per file: a big file
  // grows it (and gives it back), and files located after later parses still locate right.
  const big = `列表:\n${Array.from({ length: 150_000 }, (_, i) => `  - 项${i}\n`).join('')}末尾: 值\n`;
  const small = '名称: 甲\n子项:\n  键: 乙\n';

  it('a file with more events than the scratch space holds', () => {
    const g = loadYaml(big).guides[0]!;
    expect(g.sourceMap.locate(['列表', 149_999])).toMatchObject({ line: 150_001, column: 5 });
    expect(g.sourceMap.locate(['末尾'])).toMatchObject({ line: 150_002, column: 5 });
  });

  it('the recorder of a file keeps its events after other parses (not a view of the scratch space)', () => {
    const record = (text: string) => {
      const r = new PositionRecorder();
      jsyaml.load(text, { listener: r.listener });
      r.done();
      return r;
    };
    const first = record(small);
    record(big);
    record('x: 1\n');
    const root = first.documents()[0]!;
    expect(root.children.map((c) => c.value)).toEqual(['名称', '甲', '子项', null]);
    const leaf = root.children[3]!.children[1]!;
    expect([leaf.start, leaf.value]).toEqual([small.indexOf('乙') - 1, '乙']);
  });

  it('a parse that failed half-way leaves nothing behind for the next file', () => {
    const broken = new PositionRecorder();
    expect(() => jsyaml.load('甲: 一\n乙: 二\n丙: [\n', { listener: broken.listener })).toThrow();
    const r = new PositionRecorder();
    jsyaml.load(small, { listener: r.listener });
    r.done();
    expect(r.documents()[0]!.children.map((c) => c.value)).toEqual(['名称', '甲', '子项', null]);
  });

  it('each file keeps its own positions, whatever was parsed after it', () => {
    const first = loadYaml(small).guides[0]!;
    const second = loadYaml(big).guides[0]!;
    const third = loadYaml(`# 注释\n${small}`).guides[0]!;
    expect(first.sourceMap.locate(['子项', '键'])).toMatchObject({ line: 3, column: 6 });
    expect(third.sourceMap.locate(['子项', '键'])).toMatchObject({ line: 4, column: 6 });
    expect(second.sourceMap.locate(['末尾'])).toMatchObject({ line: 150_002, column: 5 });
  });
});
