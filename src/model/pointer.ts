// JSON Pointers (RFC 6901, as Ajv reports instancePath) → element paths.

import type { ElementPath } from './types.js';

/** "/申请材料/0/材料名称" → ["申请材料", 0, "材料名称"]; "" → []. */
export function pointerToPath(pointer: string): ElementPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
