// Property-based fuzzing of the loaders and the rule engine (issue 8): guides generated from the
// element dictionary (serialised to YAML and JSON) and real fixture files, mutated in the ways
// broken exports and hand edits break them. Shared by test/hostile/fuzz.test.ts (a fixed seed,
// few runs) and `npm run fuzz` (harness/fuzz.ts: any seed, many runs).
//
// Properties, for every input:
//   - linting never throws and reports no internal error (a rule crash is an internal error);
//   - every finding has a location inside the file: 1 ≤ line ≤ line count, 1 ≤ column ≤ length of
//     that line + 1, the same for the end, and the end is not before the start;
//   - the same input gives the same output (byte-identical JSON).

import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.js';
import { presetConfig, type ResolvedConfig } from '../src/config/resolved-config.js';
import { lintFile, lintLoaded, type FileResult } from '../src/engine/lint-file.js';
import { loadJson } from '../src/load/json.js';
import { loadYaml } from '../src/load/yaml.js';
import { decodeUtf8Text } from '../src/load/read.js';
import { ELEMENTS, type ElementDef, type Scope } from '../src/model/elements.js';
import type { Finding } from '../src/model/types.js';
import { defined } from '../src/util/defined.js';

// ---------------------------------------------------------------------------------------------
// Paths and fixtures

/** The repository root, from src (harness/) or from dist (dist/harness/). */
export const ROOT = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.split(/[\\/]/).includes('dist') ? join(here, '..', '..') : join(here, '..');
})();

export interface Sample {
  name: string;
  text: string;
  json: boolean;
}

function walkFiles(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, out);
    else if (/\.(ya?ml|json)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** The real guides the mutations start from: the fixture set and the tests' base guide. */
export function fixtureSamples(): Sample[] {
  const files = [
    ...walkFiles(join(ROOT, 'fixtures', 'guides')),
    join(ROOT, 'test', 'support', 'base-guide.yaml'),
  ].sort();
  return files.map((f) => ({
    name: f
      .slice(ROOT.length + 1)
      .split('\\')
      .join('/'),
    text: readFileSync(f, 'utf8'),
    json: extname(f).toLowerCase() === '.json',
  }));
}

// ---------------------------------------------------------------------------------------------
// Guides from the dictionary

const HAN =
  '事项名称材料申请人办理地点窗口号政务服务中心街道门牌室楼市区县旗盟工作日自然日即办承诺件原件复印件纸质电子食品经营许可证营业执照法第条款项《》（）、，。：；“”';
const hanChar = fc.constantFrom(...Array.from(HAN));
const hanText = fc.array(hanChar, { minLength: 0, maxLength: 24 }).map((cs) => cs.join(''));

/** Text that YAML and JSON must carry as a string: Han, ASCII, YAML indicators, odd whitespace. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hanText },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '无',
      '/',
      '是',
      '否',
      'true',
      'null',
      '~',
      '0',
      '-1',
      '1e400',
      '0x1F',
      '.inf',
      '.nan',
      '2024-01-01',
      '12:30',
      '- x',
      ': x',
      '? x',
      '#x',
      '&a',
      '*a',
      '!!str x',
      '<<',
      '{a: 1}',
      '[1, 2]',
      '"',
      "'",
      '|',
      '>',
      '\t',
      'a\nb',
      'a\r\nb',
      '\u00a0\u3000',
      '\uFEFF',
      '\u2028',
      '𠀀𠀁',
      '__proto__',
      'constructor',
      'toString',
    ),
  },
);

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...Array.from('0123456789')), { minLength: min, maxLength: max }).map((d) => d.join(''));

const hugeNumber = fc.constantFrom(
  0,
  -0,
  -1,
  1.5,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  -1e21,
  123456789012345,
);

const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(anyText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(anyText, anyText, { maxKeys: 3 }) },
);

function enumArb(def: ElementDef): fc.Arbitrary<unknown> {
  const vs = defined(def.values).values;
  const spellings = vs.flatMap((v) => [
    v.label,
    ...(v.code !== undefined ? [v.code] : []),
    ...(v.accepts ?? []),
    ...(v.variants ?? []),
  ]);
  const codes = vs.filter((v) => v.code !== undefined).map((v) => Number(v.code));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...spellings) },
    { weight: 1, arbitrary: codes.length ? fc.constantFrom(...codes) : junk },
    { weight: 1, arbitrary: junk },
  );
}

const timeLimitText = fc
  .tuple(
    fc.oneof(fc.integer({ min: -3, max: 400 }).map(String), fc.constantFrom('二十', '0.5', '1e3', '')),
    fc.constantFrom('个工作日', '工作日', '自然日', '天', '日', '个月', '小时', '', '即办', '当场办结'),
  )
  .map(([n, u]) => (u === '即办' || u === '当场办结' ? u : `${n}${u}`));

const phoneText = fc.oneof(
  fc
    .tuple(fc.constantFrom('0471', '0477', '010', '0', ''), fc.constantFrom('-', '', ' ', '—'), digits(5, 9))
    .map(([a, s, n]) => `${a}${s}${n}`),
  fc.constantFrom('12345', '13800000000', '400-123-4567', '0471-6945678', '0471-6945678、0471-6945679', '无'),
  digits(0, 14),
);

const urlText = fc.oneof(
  fc.constantFrom(
    'https://zwfw.nmg.gov.cn/item/000117012000',
    'http://example.gov.cn/a?b=c#d',
    'www.example.com',
    'http:/x',
    'ftp://x/y',
    'https://',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '\\\\server\\share\\a.docx',
  ),
  fc.webUrl(),
);

const fileRefText = fc.oneof(
  fc.constantFrom(
    'forms/blank.docx',
    'forms/sample.docx',
    'forms/blank.pdf',
    'forms/missing.docx',
    'forms/零字节表格.docx',
    '../../etc/passwd',
    '/dev/null',
    'C:\\forms\\a.docx',
    'forms/',
    '.',
    '',
    'https://example.gov.cn/a.docx',
  ),
  urlText,
  anyText,
);

function valueArb(def: ElementDef, depth: number): fc.Arbitrary<unknown> {
  const sub = def.of;
  const recs = (scope: Scope) => fc.array(recordArb(scope, depth + 1), { minLength: 0, maxLength: 3 });
  const base: fc.Arbitrary<unknown> = (() => {
    switch (def.type) {
      case 'text':
        return anyText;
      case 'code':
        return fc.oneof(
          digits(0, 33),
          fc.constantFrom('000117012000', '11150100MB0143308J3000117012000', '11150100MB0143308J2000117012000'),
          fc.integer({ min: 0, max: 2 ** 40 }),
        );
      case 'integer':
      case 'count':
        return fc.oneof(
          fc.integer({ min: -2, max: 12 }),
          fc.constantFrom('1', '2份', '一次', '1次', '原件1份', '原件1份，复印件2份', '若干'),
          hugeNumber,
        );
      case 'number':
        return fc.oneof(
          fc.integer({ min: -2, max: 400 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom('20', '二十'),
        );
      case 'timeLimit':
        return fc.oneof(timeLimitText, recordArb('timeLimit', depth + 1), fc.integer({ min: 0, max: 60 }));
      case 'enum':
        return enumArb(def);
      case 'enumList':
        return fc.oneof(fc.array(enumArb(def), { maxLength: 4 }), enumArb(def));
      case 'textList':
        return fc.oneof(fc.array(anyText, { maxLength: 4 }), anyText);
      case 'url':
        return urlText;
      case 'phone':
        return fc.oneof(phoneText, fc.array(phoneText, { maxLength: 2 }));
      case 'fileRef':
        return fileRefText;
      case 'places':
        return fc.oneof(
          anyText,
          fc.array(anyText, { maxLength: 3 }),
          fc.constant('呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口'),
        );
      case 'basisList':
        return fc.oneof(recs(defined(sub)), anyText, fc.array(anyText, { maxLength: 2 }));
      case 'yesNoOrList':
        return fc.oneof(fc.constantFrom('否', '无', '是'), recs(defined(sub)));
      case 'records':
        return fc.oneof(
          { weight: 5, arbitrary: recs(defined(sub)) },
          { weight: 1, arbitrary: recordArb(defined(sub), depth + 1) },
        );
      case 'record':
        return recordArb(defined(sub), depth + 1);
    }
  })();
  return fc.oneof({ weight: 8, arbitrary: base }, { weight: 1, arbitrary: junk });
}

type Entry = [key: string, value: unknown];

const memo = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

/**
 * A record of a scope: each element present or not, under its key or a synonym (sometimes two
 * synonyms of one element: a duplicate), plus unknown keys, in a shuffled order.
 */
export function recordArb(scope: Scope, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const id = `${scope}:${depth}`;
  const hit = memo.get(id);
  if (hit) return hit;
  const defs = ELEMENTS[scope];
  const nested = depth >= 2; // guide → record → timeLimit at most
  const perDef = defs.map((def) => {
    const names = [def.key, ...(def.aliases ?? [])];
    const value = nested && (def.type === 'records' || def.type === 'record') ? junk : valueArb(def, depth);
    return fc.option(
      fc
        .tuple(fc.constantFrom(...names), value, fc.option(fc.constantFrom(...names), { freq: 20 }))
        .map(([k, v, dup]): Entry[] =>
          dup !== null && dup !== k
            ? [
                [k, v],
                [dup, v],
              ]
            : [[k, v]],
        ),
      { freq: 5, nil: null },
    );
  });
  const unknown = fc.array(
    fc.tuple(fc.oneof(anyText, fc.constantFrom('承诺办结时间', '办理地址1', '备 注', '事项名称 ', '__proto__')), junk),
    { maxLength: 2 },
  );
  const arb = fc
    .tuple(fc.tuple(...perDef), unknown, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
    .map(([present, extra, order]) => {
      const entries: Entry[] = [...present.flatMap((p) => p ?? []), ...extra];
      // A shuffle driven by generated numbers (so shrinking stays meaningful).
      for (let i = entries.length - 1; i > 0; i--) {
        const j = defined(order[i % order.length]) % (i + 1);
        if (defined(order[(i + 3) % order.length]) % 3 === 0)
          [entries[i], entries[j]] = [defined(entries[j]), defined(entries[i])];
      }
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of entries) if (!(k in out)) out[k] = v;
      return out;
    });
  memo.set(id, arb);
  return arb;
}

export const guideArb = recordArb('guide');

const DUMP_STYLES: jsyaml.DumpOptions[] = [
  { lineWidth: -1 },
  { lineWidth: 20, indent: 4 },
  { flowLevel: 1 },
  { flowLevel: 0 },
  { noCompatMode: true, quotingType: '"' },
  { forceQuotes: true },
  { sortKeys: true, noArrayIndent: true },
];

/** A YAML text of one to three generated guides (the second and third after `---`). */
export const yamlGuideText: fc.Arbitrary<string> = fc
  .tuple(fc.array(guideArb, { minLength: 1, maxLength: 3 }), fc.nat({ max: DUMP_STYLES.length - 1 }), fc.boolean())
  .map(([guides, style, marker]) => {
    const docs = guides.map((g) => jsyaml.dump(g, { ...DUMP_STYLES[style], noRefs: true, skipInvalid: true }));
    return (marker ? '---\n' : '') + docs.join('---\n');
  });

/** A JSON text of one guide or an array of guides. */
export const jsonGuideText: fc.Arbitrary<string> = fc
  .tuple(fc.array(guideArb, { minLength: 1, maxLength: 2 }), fc.boolean(), fc.constantFrom(0, 1, 2, '\t'))
  .map(([guides, array, indent]) => JSON.stringify(array ? guides : guides[0], null, indent));

// ---------------------------------------------------------------------------------------------
// Mutations

export type Mutation =
  | { kind: 'flip'; at: number; ch: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'insertLine'; line: number; text: string }
  | { kind: 'crlf'; all: boolean }
  | { kind: 'bom' }
  | { kind: 'tabs'; line: number }
  | { kind: 'nest'; at: number; depth: number; open: string; close: string }
  | { kind: 'number'; at: number; text: string };

const SPECIAL_CHARS = [
  ':',
  '-',
  ' ',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '<',
  '\t',
  '\n',
  '\r',
  '\0',
  '\\',
  '\uFEFF',
  '\u2028',
  '\u0085',
  '\uD800',
  '\uDC00',
  '事',
  '：',
  '\u00a0',
  '\u3000',
];

const INSERTS = [
  '&a ',
  '*a',
  '*b',
  '<<: *a',
  '<<: [*a, *a]',
  '&a [*a]',
  '!!binary ',
  '!!js/function "x"',
  '!<tag:yaml.org,2002:str> ',
  '? ',
  '- ',
  ': ',
  '---',
  '...',
  '%YAML 1.1',
  '%TAG ! tag:x,2000:',
  '|',
  '>-',
  '"',
  "'",
  '{',
  '[',
  '\t',
  '\uFEFF',
  '\r\n',
  '\0',
  '# guide-lint-disable',
  '# guide-lint-disable-next-line',
  '# guide-lint-enable',
  '# guide-lint-disable-line enum-values',
  '\\u0000',
  '"\\ud800"',
  '1e400',
  '9'.repeat(40),
];

const INSERT_LINES = [
  'a: &a {x: 1}',
  '<<: *a',
  'b: *a',
  '&x',
  '*x: 1',
  '- 1',
  '? [a, b]\n: c',
  '---',
  '...',
  '\t事项名称: x',
  ' 事项名称: x',
  '事项名称: x',
  '__proto__: {a: 1}',
  'constructor: x',
  '申请材料: &m\n  - 材料名称: x',
  '办理流程: *m',
  '# guide-lint-disable',
  '# guide-lint-enable',
  '# guide-lint-disable-next-line enum-values',
  '"\\ud800": 1',
  '{"a": 1}',
  ']',
  '}',
];

const NUMBERS = [
  '1e400',
  '-1e400',
  '99999999999999999999999999999',
  '0x7fffffffffffffff',
  '0o777',
  '.inf',
  '-.Inf',
  '.NaN',
  '-0',
  '1_000',
  '0.0000000000000000000001',
  '1e-400',
  '+12',
  '0b101',
  '08',
  '1.7976931348623157e309',
];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    ch: fc.oneof(fc.constantFrom(...SPECIAL_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('insertLine' as const), line: fc.nat(), text: fc.constantFrom(...INSERT_LINES) }),
  fc.record({ kind: fc.constant('crlf' as const), all: fc.boolean() }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('tabs' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constantFrom(199, 200, 201, 1000, 5000)),
    open: fc.constantFrom('[', '{', '- ', '{"a":'),
    close: fc.constantFrom(']', '}', ''),
  }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), text: fc.constantFrom(...NUMBERS) }),
);

/** Applies a mutation; positions are taken modulo the text (or line count), so any number works. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = (n: number) => n % Math.max(1, lines.length);
  const pos = (n: number) => n % (text.length + 1);
  switch (m.kind) {
    case 'flip': {
      if (text.length === 0) return m.ch;
      const at = m.at % text.length;
      return text.slice(0, at) + m.ch + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'deleteLine':
      lines.splice(li(m.line), 1);
      return lines.join('\n');
    case 'duplicateLine': {
      const i = li(m.line);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'indent': {
      const i = li(m.line);
      const l = lines[i] ?? '';
      lines[i] = m.delta >= 0 ? ' '.repeat(m.delta) + l : l.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
    case 'insert': {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'insertLine':
      lines.splice(li(m.line), 0, m.text);
      return lines.join('\n');
    case 'crlf':
      if (m.all) return text.replace(/\r?\n/g, '\r\n');
      return lines.map((l, i) => (i % 2 ? `${l}\r` : l)).join('\n');
    case 'bom':
      return `\uFEFF${text}`;
    case 'tabs': {
      const i = li(m.line);
      lines[i] = (lines[i] ?? '').replace(/^( +)/, (s) => '\t'.repeat(Math.max(1, s.length >> 1)));
      return lines.join('\n');
    }
    case 'nest': {
      const at = pos(m.at);
      return text.slice(0, at) + m.open.repeat(m.depth) + '1' + m.close.repeat(m.depth) + text.slice(at);
    }
    case 'number': {
      // Replaces the first number at or after the position (or inserts one there).
      const at = pos(m.at);
      const rest = text.slice(at);
      const hit = /\d+(\.\d+)?/.exec(rest);
      if (!hit) return text.slice(0, at) + m.text + rest;
      return text.slice(0, at) + rest.slice(0, hit.index) + m.text + rest.slice(hit.index + hit[0].length);
    }
  }
}

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 5 });

export interface Case {
  /** Where the text came from (a fixture path or "generated"). */
  origin: string;
  text: string;
  json: boolean;
}

/** A real fixture file with one to five mutations. */
export function mutatedFixtureArb(samples: Sample[]): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.constantFrom(...samples), mutationsArb)
    .map(([s, ms]) => ({ origin: s.name, text: ms.reduce(mutate, s.text), json: s.json }));
}

/** A generated guide, as YAML or JSON, sometimes mutated. */
export const generatedArb: fc.Arbitrary<Case> = fc
  .tuple(fc.boolean(), yamlGuideText, jsonGuideText, fc.array(mutationArb, { maxLength: 3 }))
  .map(([json, y, j, ms]) => ({ origin: 'generated', text: ms.reduce(mutate, json ? j : y), json }));

/**
 * Guides whose every element is shared by alias (`&a` … `*a`) and merged (`<<:`): the structures
 * js-yaml and the lazy `yaml` locator must agree on.
 */
export const aliasedYamlArb: fc.Arbitrary<Case> = fc
  .tuple(guideArb, guideArb, fc.nat({ max: 3 }))
  .map(([a, b, how]) => {
    const ya = jsyaml.dump(a, { noRefs: true, lineWidth: -1 }).replace(/\n/g, '\n  ');
    const yb = jsyaml.dump(b, { noRefs: true, lineWidth: -1 });
    const text =
      how === 0
        ? `base: &a\n  ${ya}\n<<: *a\n${yb}`
        : how === 1
          ? `x: &a\n  ${ya}\n---\n<<: [*a]\n`
          : how === 2
            ? `申请材料: &m [${JSON.stringify(a)}]\n办理流程: *m\n情形: *m\n`
            : `${yb}---\n*a\n`;
    return { origin: 'aliased', text, json: false };
  });

// ---------------------------------------------------------------------------------------------
// The properties

const RECOMMENDED = presetConfig(builtinRules, 'recommended', 'zh');
const STRICT = presetConfig(builtinRules, 'strict', 'en');

export function configFor(strict: boolean): ResolvedConfig {
  return strict ? STRICT : RECOMMENDED;
}

/** A virtual file in the repository's test folder (so form references resolve like real ones). */
export const VIRTUAL_DIR = join(ROOT, 'test', 'support');

export function lintText(c: Case, strict = false): FileResult {
  const loaded = c.json ? loadJson(c.text) : loadYaml(c.text);
  const file = join(VIRTUAL_DIR, c.json ? 'fuzz.json' : 'fuzz.yaml');
  return lintLoaded(file, loaded, {
    cwd: VIRTUAL_DIR,
    config: configFor(strict),
    rules: builtinRules,
    keepText: false,
  });
}

/** Why a location is outside the text, or undefined. `text` is the text the loader read. */
export function locationProblem(f: Finding, text: string): string | undefined {
  const lines = text.split('\n');
  const count = lines.length;
  const ok = (line: number, column: number) =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    line >= 1 &&
    line <= count &&
    column >= 1 &&
    column <= defined(lines[line - 1]).length + 1;
  if (f.sheet !== undefined) return undefined; // spreadsheet cells are located by cell, not by line
  if (!ok(f.line, f.column))
    return `start ${f.line}:${f.column} outside the text (${count} lines, line length ${lines[f.line - 1]?.length})`;
  if (!ok(f.endLine, f.endColumn))
    return `end ${f.endLine}:${f.endColumn} outside the text (${count} lines, line length ${lines[f.endLine - 1]?.length})`;
  if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column))
    return `end ${f.endLine}:${f.endColumn} before start ${f.line}:${f.column}`;
  return undefined;
}

export class PropertyFailure extends Error {}

/** Checks one linted result against the text the loader read; throws a PropertyFailure. */
export function checkResult(r: FileResult, text: string): void {
  if (r.internalErrors.length) throw new PropertyFailure(`internal errors: ${r.internalErrors.join('; ')}`);
  for (const f of r.findings) {
    const p = locationProblem(f, text);
    if (p) throw new PropertyFailure(`${f.ruleId} (${f.message}): ${p}`);
  }
}

/** Deterministic JSON of a result (fix edits included, text excluded). */
export function resultJson(r: FileResult): string {
  return JSON.stringify({
    findings: r.findings,
    guides: r.guides,
    suppressed: r.suppressed,
    internalErrors: r.internalErrors,
  });
}

/** The in-memory property: lint twice, check the first result, compare both. */
export function checkCase(c: Case, strict = false): void {
  const a = lintText(c, strict);
  checkResult(a, c.text);
  const b = lintText(c, strict);
  if (resultJson(a) !== resultJson(b)) throw new PropertyFailure('the same input gave different results');
}

/** The text a file's bytes decode to, as the loader sees it (lossy when they are not UTF-8). */
export function textOfBytes(bytes: Buffer): string {
  const d = decodeUtf8Text(bytes);
  return d.ok ? d.text : new TextDecoder('utf-8').decode(bytes);
}

/** Bytes of a case, sometimes broken at the byte level (invalid UTF-8, UTF-16, NUL). */
export const byteMutationArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'utf16' as const }) },
);
export type ByteMutation = typeof byteMutationArb extends fc.Arbitrary<infer T> ? T : never;

export function toBytes(text: string, m: ByteMutation): Buffer {
  const b = Buffer.from(text, 'utf8');
  switch (m.kind) {
    case 'none':
      return b;
    case 'byte': {
      if (b.length === 0) return Buffer.from([m.byte]);
      const c = Buffer.from(b);
      c[m.at % c.length] = m.byte;
      return c;
    }
    case 'cut':
      return b.subarray(0, m.at % (b.length + 1)); // may cut a multi-byte character
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
}

/** A scratch folder holding copies of the form files guides reference. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-fuzz-'));
  mkdirSync(join(dir, 'forms'));
  for (const f of readdirSync(join(ROOT, 'test', 'support', 'forms')))
    writeFileSync(join(dir, 'forms', f), readFileSync(join(ROOT, 'test', 'support', 'forms', f)));
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

let fileCounter = 0;

/** The file property: the bytes written to a file, linted twice through lintFile. */
export async function checkFileCase(dir: string, c: Case, m: ByteMutation, strict = false): Promise<void> {
  const bytes = toBytes(c.text, m);
  const file = join(dir, `case-${++fileCounter}${c.json ? '.json' : '.yaml'}`);
  writeFileSync(file, bytes);
  try {
    const opts = { cwd: dir, config: configFor(strict), rules: builtinRules };
    const a = await lintFile(file, opts);
    checkResult(a, textOfBytes(bytes));
    const b = await lintFile(file, opts);
    if (resultJson(a) !== resultJson(b)) throw new PropertyFailure('the same file gave different results');
  } finally {
    rmSync(file, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Type confusion, exhaustively: every element of every scope, in a clean guide, set to each value
// of the wrong (and right) shape. Rules read elements by their expected type; this is where a
// `String(record)` or a `.length` of a number would throw.

export const SWEEP_VALUES: unknown[] = [
  {},
  { a: 1 },
  { 数值: {}, 单位: [] },
  [],
  [{}],
  [[1]],
  [null],
  true,
  false,
  0,
  -1,
  1e21,
  1.5,
  null,
  '',
  ' ',
  '0',
  'x',
];

/** Where each scope's records sit in a guide (a path to the record). */
const SCOPE_PATHS: Record<Scope, (string | number)[][]> = {
  guide: [[]],
  material: [['申请材料', 0]],
  step: [['办理流程', 0]],
  special: [['特殊环节', 0]],
  intermediary: [['中介服务', 0]],
  basis: [['设定依据', 0]],
  fee: [['收费项目', 0]],
  result: [['审批结果']],
  faq: [['常见问题', 0]],
  timeLimit: [['法定办结时限'], ['办理流程', 0, '办理时限']],
};

export interface SweepCase extends Case {
  strict: boolean;
}

/** The sweep's cases (`json`: YAML, JSON or both; `strict`: recommended, strict or both; with `every`
 * > 1 only every n-th case is made). */
export function* typeSweep(opts: { json: boolean[]; strict: boolean[]; every?: number }): Generator<SweepCase> {
  let seen = 0;
  const base = jsyaml.load(readFileSync(join(ROOT, 'test', 'support', 'base-guide.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  for (const scope of Object.keys(SCOPE_PATHS) as Scope[]) {
    for (const path of SCOPE_PATHS[scope]) {
      for (const def of ELEMENTS[scope]) {
        for (const [vi, v] of SWEEP_VALUES.entries()) {
          const g = structuredClone(base);
          let rec: Record<string | number, unknown> = g;
          path.forEach((seg, i) => {
            const next = rec[seg];
            if (next === null || typeof next !== 'object') rec[seg] = typeof path[i + 1] === 'number' ? [{}] : {};
            rec = rec[seg] as Record<string | number, unknown>;
          });
          rec[def.key] = structuredClone(v);
          for (const json of opts.json) {
            let text: string | undefined;
            for (const strict of opts.strict) {
              if (seen++ % (opts.every ?? 1) !== 0) continue;
              text ??= json ? JSON.stringify(g, null, 1) : jsyaml.dump(g, { lineWidth: -1 });
              yield { origin: `sweep ${scope} ${def.key} = ${JSON.stringify(SWEEP_VALUES[vi])}`, text, json, strict };
            }
          }
        }
      }
    }
  }
}

/** Runs the sweep (with `every` > 1 only every n-th case); the failures, as "origin: message" lines. */
export function runTypeSweep(opts: { json: boolean[]; strict: boolean[]; every?: number }): {
  cases: number;
  failures: string[];
} {
  let cases = 0;
  const failures: string[] = [];
  for (const c of typeSweep(opts)) {
    cases++;
    try {
      checkCase(c, c.strict);
    } catch (err) {
      failures.push(
        `${c.origin} (${c.json ? 'JSON' : 'YAML'}, ${c.strict ? 'strict' : 'recommended'}): ${(err as Error).message}`,
      );
    }
  }
  return { cases, failures };
}

// ---------------------------------------------------------------------------------------------
// The property set, for the test (few runs) and the script (many)

export interface FuzzProperty {
  name: string;
  /** Share of the total runs this property gets. */
  weight: number;
  /** Sync or async; the value tuple's type does not matter to the runners. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  property: (samples: Sample[], dir: string) => fc.IRawProperty<any>;
}

export const PROPERTIES: FuzzProperty[] = [
  {
    name: 'generated guides (YAML and JSON, sometimes mutated)',
    weight: 3,
    property: () =>
      fc.property(generatedArb, fc.boolean(), (c, strict) => {
        checkCase(c, strict);
      }),
  },
  {
    name: 'mutated fixture files',
    weight: 4,
    property: (samples) =>
      fc.property(mutatedFixtureArb(samples), fc.boolean(), (c, strict) => {
        checkCase(c, strict);
      }),
  },
  {
    name: 'aliases and merge keys',
    weight: 1,
    property: () =>
      fc.property(aliasedYamlArb, fc.array(mutationArb, { maxLength: 2 }), (c, ms) => {
        checkCase({ ...c, text: ms.reduce(mutate, c.text) });
      }),
  },
  {
    name: 'files on disk (lintFile: bytes, encodings, BOMs)',
    weight: 1,
    property: (samples, dir) =>
      fc.asyncProperty(
        fc.oneof(mutatedFixtureArb(samples), generatedArb),
        byteMutationArb,
        fc.boolean(),
        (c, m, strict) => checkFileCase(dir, c, m, strict),
      ),
  },
];

export interface RunOutcome {
  name: string;
  runs: number;
  failed: boolean;
  report: string;
}

/** Runs every property with the seed (`runs` shared out by weight), then the type sweep. */
export async function runAll(opts: {
  seed: number;
  runs: number;
  sweep?: boolean;
  onProgress?: (o: RunOutcome) => void;
}): Promise<RunOutcome[]> {
  const samples = fixtureSamples();
  const dir = scratchDir();
  const total = PROPERTIES.reduce((n, p) => n + p.weight, 0);
  const out: RunOutcome[] = [];
  try {
    for (const p of PROPERTIES) {
      const runs = Math.max(1, Math.round((opts.runs * p.weight) / total));
      const details = await fc.check(p.property(samples, dir), { seed: opts.seed, numRuns: runs, endOnFailure: false });
      const o: RunOutcome = {
        name: p.name,
        runs,
        failed: details.failed,
        report: details.failed
          ? `${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance)}\n${fc.defaultReportMessage(details)}`
          : '',
      };
      out.push(o);
      opts.onProgress?.(o);
    }
    if (opts.sweep !== false) {
      const sweep = runTypeSweep({ json: [false, true], strict: [false, true] });
      const o: RunOutcome = {
        name: 'type confusion sweep (every element × every shape)',
        runs: sweep.cases,
        failed: sweep.failures.length > 0,
        report: sweep.failures.slice(0, 20).join('\n'),
      };
      out.push(o);
      opts.onProgress?.(o);
    }
  } finally {
    removeDir(dir);
  }
  return out;
}
