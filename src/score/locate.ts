// Exact places (and display texts) of item 10's deviations. Summaries keep only where a guide starts
// and a hash of its 设定依据; after the run, only the files of deviating guides (and of one guide
// holding each expected 设定依据) are loaded again through the normal loader, and the deviating
// element is located with the file's source map. Deviations are rare, so this is cheap; each file is
// read once.

import { resolve } from 'node:path';
import { loadFile, type LoadOptions } from '../load/index.js';
import { isRecord, normalizeGuide, type Rec } from '../model/normalize.js';
import { textOf } from '../model/guide.js';
import type { LoadedGuide } from '../model/types.js';
import type { GuideSummary } from './summary.js';
import type { Uniformity } from './uniformity.js';

/** 设定依据 as a person reads it: "《名称》条款；《名称》条款". */
export function basisDisplay(v: unknown): string {
  const one = (x: unknown) => (isRecord(x) ? `${textOf(x['名称']) ?? ''}${textOf(x['条款']) ?? ''}` : (textOf(x) ?? ''));
  if (v === undefined || v === null) return '';
  return (Array.isArray(v) ? v.map(one) : [one(v)]).filter(Boolean).join('；');
}

export async function locateDeviations(u: Uniformity, cwd: string, opts: LoadOptions = {}): Promise<void> {
  if (u.deviations.length === 0) return;
  const wanted = new Map<string, Set<number>>();
  const want = (g: GuideSummary) => {
    const set = wanted.get(g.file) ?? new Set<number>();
    set.add(g.index);
    wanted.set(g.file, set);
  };
  for (const d of u.deviations) {
    want(d.guide);
    if (d.element === '设定依据') want(d.holder);
  }
  const loaded = new Map<string, Map<number, LoadedGuide>>();
  for (const [file, indexes] of wanted) {
    const byIndex = new Map<number, LoadedGuide>();
    try {
      const r = await loadFile(resolve(cwd, file), opts);
      for (const lg of r.guides) if (indexes.has(lg.index)) byIndex.set(lg.index, lg);
    } catch {
      // The file changed or vanished since the run: keep the guide's start.
    }
    loaded.set(file, byIndex);
  }
  const data = new Map<LoadedGuide, ReturnType<typeof normalizeGuide>>();
  const norm = (lg: LoadedGuide) => {
    let n = data.get(lg);
    if (!n) data.set(lg, (n = normalizeGuide(lg.data)));
    return n;
  };
  const basisOf = (g: GuideSummary): string | undefined => {
    const lg = loaded.get(g.file)?.get(g.index);
    return lg ? basisDisplay((norm(lg).data as Rec)['设定依据']) : undefined;
  };
  for (const d of u.deviations) {
    const lg = loaded.get(d.guide.file)?.get(d.guide.index);
    if (!lg) continue;
    const n = norm(lg);
    const loc = lg.sourceMap.locate(n.written([d.element]));
    d.line = loc.line;
    d.column = loc.column;
    if (loc.sheet !== undefined) {
      d.sheet = loc.sheet;
      d.cell = loc.cell;
    }
    if (d.element === '设定依据') {
      d.value = basisOf(d.guide) ?? d.value;
      d.expected = basisOf(d.holder) ?? d.expected;
    }
  }
}
