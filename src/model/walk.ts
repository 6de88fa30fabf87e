// Visits every known element of a guide, in every scope (materials, steps, …), with its
// dictionary entry and canonical path: the basis of data-driven rules. Paths are built only when a
// rule asks for one (when it reports): most elements are visited and found fine.

import { elementFor, type ElementDef, type Scope } from './elements.js';
import { isRecord, type Rec } from './normalize.js';
import type { ElementPath, PathSegment } from './types.js';

export type ElementVisitor = (def: ElementDef, value: unknown, path: () => ElementPath, scope: Scope) => void;

interface Trail {
  up: Trail | null;
  seg: PathSegment;
}

function pathOf(t: Trail | null): ElementPath {
  const out: ElementPath = [];
  for (let x = t; x; x = x.up) out.push(x.seg);
  return out.reverse();
}

export function walkElements(data: Rec, visit: ElementVisitor, scope: Scope = 'guide', base: Trail | null = null): void {
  for (const key of Object.keys(data)) {
    const def = elementFor(scope, key);
    if (!def || def.key !== key) continue; // unknown keys (normalised data holds element keys otherwise)
    const value = data[key];
    const trail: Trail = { up: base, seg: key };
    visit(def, value, () => pathOf(trail), scope);
    const sub = def.of ?? (def.type === 'timeLimit' ? 'timeLimit' : undefined);
    if (!sub) continue;
    if (Array.isArray(value)) value.forEach((x, i) => isRecord(x) && walkElements(x, visit, sub, { up: trail, seg: i }));
    else if (isRecord(value)) walkElements(value, visit, sub, trail);
  }
}
