// detach() must give a string that does not keep its source text alive: memo tables and findings
// keep these across files. Measured on the heap of a child process (--expose-gc): 200 sources of
// ~1 MB each, one 40-character slice of each kept.
import { describe, expect, it } from 'vitest';
import { detach } from '../../src/util/detach.js';
import { distModule, runScript } from '../support/child.js';

function heapMbKeeping(mode: 'detach' | 'slice'): number {
  const script = `
    const { detach } = await import(${distModule('util/detach.js')});
    const kept = [];
    for (let i = 0; i < 200; i++) {
      const source = ('文件' + i + '内容' + 'x'.repeat(10) + '中').repeat(40000);
      const s = source.slice(100 + i, 140 + i);
      kept.push(${mode === 'detach' ? 'detach(s)' : 's'});
    }
    gc(); gc();
    console.log(process.memoryUsage().heapUsed / 1e6, kept.length);`;
  return Number(runScript(['--expose-gc'], script).split(' ')[0]);
}

describe('detach', () => {
  it('returns an equal string', () => {
    for (const s of ['', 'short', '某某市政务服务中心一楼综合窗口', 'x'.repeat(1000)]) expect(detach(s)).toBe(s);
    const source = '前缀' + '某某市政务服务中心一楼综合窗口'.repeat(100);
    expect(detach(source.slice(2, 40))).toBe(source.slice(2, 40));
  });

  it('keeps no source alive (a slice keeps them all)', () => {
    const sliced = heapMbKeeping('slice');
    const detached = heapMbKeeping('detach');
    expect(sliced).toBeGreaterThan(100); // the measurement sees retention: ~280 MB
    expect(detached).toBeLessThan(30);
  });
});
