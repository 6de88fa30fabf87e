// Property: for random sets of guides (YAML, JSON arrays, CSV and xlsx workbooks, broken files,
// 基本编码 shared by guides that land in different shards, item-10 deviations split across shards)
// and n ∈ {1, 2, 3, 7}, merging the n shard results gives byte for byte the JSON report, the SARIF
// log and the score JSON of one run over the whole set. In-process (src/): each shard is a lint()
// with `shard`, its result goes through the shard file's bytes (JSON or gzip) and back.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { computeScore } from '../../src/commands/score.js';
import { scoreConfig, scoreGuides, scoreResult } from '../../src/score/run.js';
import { lint } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import {
  buildShard,
  mergeForScore,
  mergeShards,
  parseShard,
  serializeShard,
  type NamedShard,
  type Reading,
} from '../../src/engine/shard-result.js';
import { shardOfPath } from '../../src/engine/shard.js';
import { getFormatter } from '../../src/format/index.js';
import { getScoreFormatter } from '../../src/format/score-formats.js';
import { readPowerList, type PowerList } from '../../src/score/power-list.js';
import { uniformity } from '../../src/score/uniformity.js';
import { fullSummaries } from '../../src/score/summary.js';
import { SummaryTable } from '../../src/score/summary-table.js';
import type { ResolvedConfig } from '../../src/config/resolved-config.js';
import { VERSION } from '../../src/version.js';
import { SUMMARY_COLLECTOR } from '../../src/score/summary-collector.js';
import { rulesForReport } from '../../src/engine/registry.js';
import { runs } from '../support/fast.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = yaml.load(readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8')) as Record<string, unknown>;
const POWER_LIST = join(ROOT, 'fixtures/power-list/clean.csv');
const WORKBOOK = join(ROOT, 'fixtures/sheets/flat-merged.xlsx');
const dirs: string[] = [];
afterAll(() => {
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  });
});

// Few values per element, so that guides share 基本编码 and disagree on 名称/类型/依据 (item 10).
const guideArb = fc.record({
  code: fc.constantFrom('000117012000', '000117012000', '000139011000', null),
  name: fc.constantFrom('食品经营许可（新办）', '食品经营许可', '出版物批发单位设立审批'),
  type: fc.constantFrom('行政许可', '行政确认', '公共服务'),
  basis: fc.constantFrom('《中华人民共和国食品安全法》第三十五条', '《食品经营许可和备案管理办法》第六条'),
  level: fc.constantFrom('省级', '市级', '县级'),
  department: fc.constantFrom('呼和浩特市市场监督管理局', '土默特左旗市场监督管理局', '内蒙古自治区新闻出版局'),
  promised: fc.constantFrom(20, 10, 5, 30),
  powerCode: fc.constantFrom('150100-XK-0012', '150000-XK-0131', '159999-XX-0001', null),
  /** 空表 of the first material: a spreadsheet form of the set (not a guide, left out when referenced). */
  form: fc.boolean(),
});
type G = typeof guideArb extends fc.Arbitrary<infer T> ? T : never;

const fileArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('yaml' as const),
      guides: fc.array(guideArb, { minLength: 1, maxLength: 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      guides: fc.array(guideArb, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('csv' as const),
      guides: fc.array(guideArb, { minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('broken' as const), guides: fc.constant([] as G[]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('xlsx' as const), guides: fc.constant([] as G[]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('report' as const), guides: fc.constant([] as G[]) }) },
);
const setArb = fc.array(fc.record({ folder: fc.constantFrom('', 'city/', 'county/a/'), file: fileArb }), {
  minLength: 2,
  maxLength: 12,
});

function guideData(g: G): Record<string, unknown> {
  return {
    ...BASE,
    事项名称: g.name,
    ...(g.code ? { 基本编码: g.code } : { 基本编码: undefined }),
    事项类型: g.type,
    实施主体: g.department,
    行使层级: g.level,
    设定依据: g.basis,
    承诺办结时限: { 数值: g.promised, 单位: '工作日' },
    权责清单编码: g.powerCode ? [g.powerCode] : undefined,
    申请材料: (BASE.申请材料 as Record<string, unknown>[]).map((m, i) =>
      i === 0 && g.form ? { ...m, 空表: 'form.csv' } : m,
    ),
  };
}

const CSV_HEAD =
  '事项名称,基本编码,事项类型,实施主体,行使层级,设定依据,法定办结时限,承诺办结时限,办件类型,办理深度,网办地址,权责清单编码';
const csvRow = (g: G) =>
  [
    g.name,
    g.code ?? '',
    g.type,
    g.department,
    g.level,
    g.basis,
    '20个工作日',
    `${g.promised}个工作日`,
    '承诺件',
    'Ⅲ级',
    'https://zwfw.example.gov.cn/item/1',
    g.powerCode ?? '',
  ].join(',');

function writeSet(set: { folder: string; file: { kind: string; guides: G[] } }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-shard-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'forms'));
  // A form a guide may reference (空表: form.csv): a spreadsheet without guides.
  writeFileSync(join(dir, 'form.csv'), '姓名,联系电话\n,\n');
  for (const f of ['blank.docx', 'sample.docx', 'blank.pdf'])
    copyFileSync(join(ROOT, 'test/support/forms', f), join(dir, 'forms', f));
  set.forEach(({ folder, file }, i) => {
    const name = `${folder}g${i}`;
    const put = (ext: string, text: string | Buffer) => {
      const p = join(dir, `${name}.${ext}`);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
    };
    if (file.kind === 'yaml') put('yaml', yaml.dump(guideData(file.guides[0]!), { skipInvalid: true }));
    else if (file.kind === 'json')
      put(
        'json',
        JSON.stringify(file.guides.map(guideData), (_k, v) => v, 2),
      );
    else if (file.kind === 'csv') put('csv', `${CSV_HEAD}\n${file.guides.map(csvRow).join('\n')}\n`);
    else if (file.kind === 'broken') put('yaml', '事项名称: 测试\n办理地点: [未闭合\n');
    else if (file.kind === 'report')
      put('json', JSON.stringify({ tool: { name: 'guide-lint', version: '0.0.1' }, summary: {}, findings: [] }));
    else put('xlsx', readFileSync(WORKBOOK));
  });
  return dir;
}

const BY = ['department', 'level'] as const;

async function reports(
  result: Awaited<ReturnType<typeof lint>>,
  config: ResolvedConfig,
  cwd: string,
): Promise<{ json: string; sarif: string }> {
  const input = {
    result,
    lang: config.lang,
    version: VERSION,
    color: false,
    cwd,
    config,
    rules: await rulesForReport(config.plugins),
  };
  return {
    json: String(await (await getFormatter('json'))(input)),
    sarif: String(await (await getFormatter('sarif'))(input)),
  };
}

const scoreJson = async (card: Parameters<Awaited<ReturnType<typeof getScoreFormatter>>>[0]['card']) =>
  String(await (await getScoreFormatter('json'))({ card, color: false }));

/** Shard runs of a set, through their files' bytes, read as `reading` makes them. */
async function shardsOf(
  cwd: string,
  config: ResolvedConfig,
  n: number,
  kind: 'lint' | 'score',
  reading: () => Reading,
) {
  const shards: NamedShard[] = [];
  for (let i = 1; i <= n; i++) {
    const r = await lint({ cwd, paths: ['.'], config, collector: SUMMARY_COLLECTOR, shard: { index: i, total: n } });
    const name = `shard-${i}.json${i % 2 ? '.gz' : ''}`;
    shards.push({
      name,
      shard: parseShard(serializeShard(buildShard(r, { kind, paths: ['.'], config, cwd }), name), name, reading()),
    });
  }
  return shards.reverse();
}

/** …merged into a lint result, guides as full summaries (a report and its one-line score). */
const mergedRun = async (cwd: string, config: ResolvedConfig, n: number, kind: 'lint' | 'score') =>
  mergeShards(await shardsOf(cwd, config, n, kind, () => ({ summaries: 'full', table: new SummaryTable() })), cwd);

/** …merged as `merge --score` does: the guides as rows of one table, only the files a scorecard needs kept. */
async function mergedCard(
  cwd: string,
  config: ResolvedConfig,
  n: number,
  kind: 'lint' | 'score',
  powerList: PowerList,
) {
  const table = new SummaryTable();
  const merged = mergeForScore(await shardsOf(cwd, config, n, kind, () => ({ summaries: 'score', table })), table, cwd);
  return scoreGuides(
    fullSummaries(merged.guides),
    merged.files,
    { cwd, config: merged.config, by: [...BY], lang: config.lang },
    powerList,
  );
}

describe('merge of shard results = one run', () => {
  let splitDeviations = 0;

  it('JSON, SARIF and score JSON are byte-identical for n ∈ {1, 2, 3, 7}', async () => {
    await fc.assert(
      fc.asyncProperty(setArb, async (set) => {
        const cwd = writeSet(set);
        const config = await resolveConfig({ cwd, discover: false });
        const powerList = await readPowerList(POWER_LIST, cwd);
        const single = await lint({ cwd, paths: ['.'], config, collector: SUMMARY_COLLECTOR });
        const want = await reports(single, config, cwd);
        const { card } = await computeScore(['.'], {
          cwd,
          config,
          powerList: POWER_LIST,
          by: [...BY],
          lang: config.lang,
        });
        const wantScore = await scoreJson(card);
        // Item-10 deviations whose group spans shards (for n = 2): the case this test is about.
        const u = uniformity(fullSummaries(single.guides));
        for (const d of u.deviations)
          if (shardOfPath(d.guide.file, 2) !== shardOfPath(d.holder.file, 2)) splitDeviations++;
        for (const n of [1, 2, 3, 7]) {
          const merged = await mergedRun(cwd, config, n, 'lint');
          const got = await reports(merged.result, merged.config, cwd);
          expect(got.json, `json, n = ${n}`).toBe(want.json);
          expect(got.sarif, `sarif, n = ${n}`).toBe(want.sarif);
          // The one-line score under a stylish report is made from these summaries.
          const fromReport = await scoreResult(
            merged.result,
            { cwd, config: merged.config, by: [...BY], lang: config.lang },
            powerList,
          );
          expect(await scoreJson(fromReport), `score from the report's merge, n = ${n}`).toBe(wantScore);
          const scored = await mergedCard(cwd, config, n, 'lint', powerList);
          expect(await scoreJson(scored), `merge --score, n = ${n}`).toBe(wantScore);
        }
        // Score shards (rules off) give the same scorecard.
        expect(await scoreJson(await mergedCard(cwd, scoreConfig(config), 3, 'score', powerList))).toBe(wantScore);
      }),
      { numRuns: runs(12), seed: 21 },
    );
    expect(splitDeviations).toBeGreaterThan(0);
  }, 120_000);
});
