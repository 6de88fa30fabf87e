// Visits every known element of a guide, in every scope (materials, steps, …), with its
// dictionary entry and canonical path: the basis of data-driven rules.

import { elementFor, type ElementDef, type Scope } from './elements.js';
import { isRecord, type Rec } from './normalize.js';
import type { ElementPath } from './types.js';

export type ElementVisitor = (def: ElementDef, value: unknown, path: ElementPath, scope: Scope) => void;

export function walkElements(data: Rec, visit: ElementVisitor, scope: Scope = 'guide', base: ElementPath = []): void {
  for (const key of Object.keys(data)) {
    const def = elementFor(scope, key);
    if (!def || def.key !== key) continue; // unknown keys (normalised data holds element keys otherwise)
    const value = data[key];
    const path = [...base, key];
    visit(def, value, path, scope);
    const sub = def.of ?? (def.type === 'timeLimit' ? 'timeLimit' : undefined);
    if (!sub) continue;
    if (Array.isArray(value)) value.forEach((x, i) => isRecord(x) && walkElements(x, visit, sub, [...path, i]));
    else if (isRecord(value)) walkElements(value, visit, sub, path);
  }
}
