// Exact places (and display texts) of the scorecard's cross-guide findings: item 10's deviations
// and the unknown 权责清单编码 of items 7/9. Summaries keep only where a guide starts and a hash of
// its 设定依据; after the run, only the files of those guides (and of one guide holding each
// expected 设定依据) are loaded again through the normal loader, and the element is located with
// the file's source map. They are rare, so this is cheap; each file is read once.

import { resolve } from 'node:path';
import { loadFile, type LoadOptions } from '../load/index.js';
import { isRecord, normalizeGuide, type Rec } from '../model/normalize.js';
import { textOf } from '../model/guide.js';
import type { ElementPath, LoadedGuide, Location } from '../model/types.js';
import type { Coverage } from './coverage.js';
import type { GuideSummary } from './summary.js';
import { canon } from './summary.js';
import type { Uniformity } from './uniformity.js';

/** 设定依据 as a person reads it: "《名称》条款；《名称》条款". */
export function basisDisplay(v: unknown): string {
  const one = (x: unknown) =>
    isRecord(x) ? `${textOf(x['名称']) ?? ''}${textOf(x['条款']) ?? ''}` : (textOf(x) ?? '');
  if (v === undefined || v === null) return '';
  return (Array.isArray(v) ? v.map(one) : [one(v)]).filter(Boolean).join('；');
}

interface Placed {
  line: number;
  column: number;
  sheet?: string;
  cell?: string;
}

function place(target: Placed, loc: Location): void {
  target.line = loc.line;
  target.column = loc.column;
  if (loc.sheet !== undefined) {
    target.sheet = loc.sheet;
    target.cell = loc.cell;
  }
}

/** Re-reads the files of the given guides (each once) and gives each guide's loaded form. */
async function reload(
  guides: GuideSummary[],
  cwd: string,
  opts: LoadOptions,
): Promise<(g: GuideSummary) => { lg: LoadedGuide; norm: ReturnType<typeof normalizeGuide> } | undefined> {
  const wanted = new Map<string, Set<number>>();
  for (const g of guides) {
    const set = wanted.get(g.file) ?? new Set<number>();
    set.add(g.index);
    wanted.set(g.file, set);
  }
  const loaded = new Map<string, Map<number, { lg: LoadedGuide; norm: ReturnType<typeof normalizeGuide> }>>();
  for (const [file, indexes] of wanted) {
    const byIndex = new Map<number, { lg: LoadedGuide; norm: ReturnType<typeof normalizeGuide> }>();
    try {
      const r = await loadFile(resolve(cwd, file), opts);
      for (const lg of r.guides)
        if (indexes.has(lg.index)) byIndex.set(lg.index, { lg, norm: normalizeGuide(lg.data) });
    } catch {
      // The file changed or vanished since the run: keep the guide's start.
    }
    loaded.set(file, byIndex);
  }
  return (g) => loaded.get(g.file)?.get(g.index);
}

/** The written path of a 权责清单编码 entry: the list item holding `code`, or the element itself. */
function codePath(data: Rec, code: string): ElementPath {
  const v = data['权责清单编码'];
  if (Array.isArray(v)) {
    const i = v.findIndex((x) => canon(textOf(x) ?? '') === code);
    if (i >= 0) return ['权责清单编码', i];
  }
  return ['权责清单编码'];
}

export async function locateFindings(
  u: Uniformity,
  cov: Coverage | null,
  cwd: string,
  opts: LoadOptions = {},
): Promise<void> {
  const unknown = cov?.unknown ?? [];
  if (u.deviations.length === 0 && unknown.length === 0) return;
  const guides: GuideSummary[] = [];
  for (const d of u.deviations) guides.push(d.guide, ...(d.element === '设定依据' ? [d.holder] : []));
  for (const x of unknown) guides.push(x.guide);
  const get = await reload(guides, cwd, opts);
  const basisOf = (g: GuideSummary) => {
    const hit = get(g);
    return hit ? basisDisplay(hit.norm.data['设定依据']) : undefined;
  };
  for (const d of u.deviations) {
    const hit = get(d.guide);
    if (!hit) continue;
    place(d, hit.lg.sourceMap.locate(hit.norm.written([d.element])));
    if (d.element === '设定依据') {
      d.value = basisOf(d.guide) ?? d.value;
      d.expected = basisOf(d.holder) ?? d.expected;
    }
  }
  for (const x of unknown) {
    const hit = get(x.guide);
    if (hit) place(x, hit.lg.sourceMap.locate(hit.norm.written(codePath(hit.norm.data, x.code))));
  }
}
