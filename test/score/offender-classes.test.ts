// A national scorecard's offender lists are made as they are written (src/util/lazy-list.ts), so they
// cost nothing to hold, only to make. That holds only while every offender of a list shares one V8
// hidden class: an object built as `{ ...offender, more }` gets a hidden class of its own on Node 20,
// and hidden classes are made in the old generation, so writing out a million-guide scorecard filled
// it with hundreds of megabytes of them. Checked on the built scorecard (dist/) in a child process
// with V8's %HaveSameMap, for the offenders of every measure of a set where every measure misses.

import { describe, expect, it } from 'vitest';
import { distModule as mod, runScript } from '../support/child.js';

/** Per checklist item: offenders read, and how many hidden classes they have among them. */
type Classes = Record<string, { offenders: number; classes: number }>;

function offenderClasses(): Classes {
  const script = `
const { buildScorecard } = await import(${mod('score/scorecard.js')});
const { resolveTargets } = await import(${mod('score/targets.js')});
const guides = [];
for (let i = 0; i < 120; i++)
  guides.push({
    file: 'guides/g' + i + '.yaml', index: 0, line: 1 + (i % 4), column: 1,
    // Items of 12 guides each under one 基本编码; one guide of each names its item otherwise (item 10).
    name: '事项' + Math.floor(i / 12) + (i % 12 === 5 ? '（旧称）' : ''),
    basicCode: String(110000000000 + Math.floor(i / 12)), implCode: null, type: '行政许可',
    department: '部门' + (i % 3), level: '市级', statutory: 20, promised: i % 2 ? 20 : 19, immediate: false,
    online: false, depth: i % 3, situations: false, basisKey: 'k', powerCodes: null,
    forms: 1, blanks: 0, samples: 0,
  });
const card = buildScorecard({ guides, files: guides.length, powerList: null, targets: resolveTargets(), by: ['department', 'level'], lang: 'zh', version: 'test' });
const measures = [card.measures, ...card.byDepartment.map((b) => b.measures), ...card.byLevel.map((b) => b.measures)].flat();
const out = {};
for (const m of measures) {
  const seen = [];
  for (const o of m.offenders) if (!seen.some((s) => %HaveSameMap(s, o))) seen.push(o);
  const e = (out[m.item] ??= { offenders: 0, classes: 0 });
  e.offenders += m.offenders.length;
  e.classes = Math.max(e.classes, seen.length);
}
console.log(JSON.stringify(out));`;
  return JSON.parse(runScript(['--allow-natives-syntax'], script)) as Classes;
}

describe('offenders of a measure', () => {
  it('share one hidden class, item 10’s deviations included', () => {
    const classes = offenderClasses();
    // The set misses these measures, each with offenders to compare.
    for (const item of ['2', '3', '4', '10', '11', '23', '24']) expect(classes[item]?.offenders).toBeGreaterThan(1);
    for (const [item, c] of Object.entries(classes))
      expect({ item, classes: Math.min(c.classes, 2) }).toEqual({ item, classes: Math.min(c.offenders, 1) });
  }, 60_000);
});
