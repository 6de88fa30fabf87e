// Summarize a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per package.
import { readFileSync } from 'node:fs';
import { defined } from '../src/util/defined.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  pct: number;
}

/** Where a script URL belongs: a package, guide-lint's own code, node internals or V8 pseudo-frames. */
function bucket(url: string, fn: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  const own = /\/dist\/(src|rules)\//.exec(url);
  if (own) return `guide-lint ${own[1]}/`;
  if (url.includes('/dist/bench/')) return 'bench';
  if (url.startsWith('node:')) return 'node internals';
  if (url === '' && fn && !fn.startsWith('('))
    return 'no script (V8 builtins, eval/new Function code such as ajv validators)';
  return fn.startsWith('(') ? fn : url || '(native)';
}

export function summarize(file: string, top = 15): { total: number; functions: SelfTime[]; packages: SelfTime[] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fns = new Map<string, SelfTime>();
  const pkgs = new Map<string, SelfTime>();
  let total = 0;
  const add = (m: Map<string, SelfTime>, key: string, name: string, where: string, ms: number) => {
    const e = m.get(key) ?? defined(m.set(key, { name, where, ms: 0, pct: 0 }).get(key));
    e.ms += ms;
  };
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const f = defined(byId.get(id)).callFrame;
    const short = f.url.includes('/node_modules/')
      ? f.url.replace(/^.*\/node_modules\//, '')
      : f.url.replace(/^.*?\/dist\//, 'dist/');
    const where = f.url ? `${short}:${f.lineNumber + 1}` : '';
    const name = f.functionName || '(anonymous)';
    add(fns, `${name}@${where}`, name, where, ms);
    const b = bucket(f.url, f.functionName);
    add(pkgs, b, b, '', ms);
    total += ms;
  });
  const rank = (m: Map<string, SelfTime>, k: number) =>
    [...m.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, k)
      .map((e) => ({ ...e, pct: (100 * e.ms) / total }));
  return { total, functions: rank(fns, top), packages: rank(pkgs, 12) };
}
