// Headers → element targets, through the one element dictionary (src/model/elements.ts), the
// config `columns:` mapping and a few spreadsheet-only forms: a sub-record column of the items
// sheet (审批结果类型 → 审批结果.类型), a dotted path (申请材料.份数), the lint-ignore column.
// Also finds the header row below any title rows.

import { elementFor, namesOf, type ElementDef, type Scope } from '../../model/elements.js';
import { isBlank, textOfCell, type RawRow } from './types.js';
import { defined } from '../../util/defined.js';

export type RecordScope = 'material' | 'step' | 'special' | 'intermediary';
export type SheetKind = 'items' | RecordScope;

/** Where a column's values go: an element path in the guide or in a record of a sub-scope. */
export interface Target {
  scope: 'guide' | RecordScope;
  /** Canonical keys: [element] or [element, sub-key] (审批结果.类型). */
  path: string[];
  def: ElementDef;
}

export type Mapped = { kind: 'element'; target: Target } | { kind: 'ignoreRules' } | { kind: 'skip' };

/** The guide list element each record scope fills. */
export const RECORD_ELEMENT: Record<RecordScope, string> = {
  material: '申请材料',
  step: '办理流程',
  special: '特殊环节',
  intermediary: '中介服务',
};
export const RECORD_SCOPES: RecordScope[] = ['material', 'step', 'special', 'intermediary'];

/** The key naming one record of a scope (its "name" column). */
export const NAME_KEY: Record<RecordScope, string> = {
  material: '材料名称',
  step: '环节名称',
  special: '名称',
  intermediary: '名称',
};

/** Sub-record columns of the items sheet (审批结果 is a record; exports give each field a column). */
const NESTED: Record<string, [string, string]> = {
  审批结果名称: ['审批结果', '名称'],
  审批结果类型: ['审批结果', '类型'],
  结果类型: ['审批结果', '类型'],
  审批结果样本: ['审批结果', '样本'],
  结果样本: ['审批结果', '样本'],
  审批结果样本下载: ['审批结果', '样本'],
};

export const IGNORE_HEADERS = new Set(['lint-ignore', 'lintignore', 'guide-lint-ignore', '忽略规则', '不检查规则']);

/** Header text as people write it in exports: line breaks, spaces, required-marks (*, （必填）) removed. */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .replace(/[(（](必填|选填|必须|可选)[)）]$/, '');
}

/** Generic synonyms too vague to move a column of the items sheet into a record scope. */
const VAGUE = new Set(['名称', '类型', '形式', '来源', '数量', '时限', '结果', '环节', '依据', '种类', '备注']);

function scopeElement(scope: Scope, name: string): ElementDef | undefined {
  return elementFor(scope, name);
}

function guideTarget(name: string): Target | undefined {
  const def = scopeElement('guide', name);
  if (def) return { scope: 'guide', path: [def.key], def };
  const nested = Object.hasOwn(NESTED, name) ? NESTED[name] : undefined;
  if (nested) {
    const parent = defined(scopeElement('guide', nested[0]));
    const sub = defined(scopeElement(defined(parent.of), nested[1]));
    return { scope: 'guide', path: [parent.key, sub.key], def: sub };
  }
  return undefined;
}

function recordTarget(scope: RecordScope, name: string): Target | undefined {
  const def = scopeElement(scope, name);
  return def ? { scope, path: [def.key], def } : undefined;
}

/** A dotted header: 申请材料.份数, 办理流程.办理时限, 审批结果.类型. */
function dottedTarget(name: string): Target | undefined {
  const dot = name.search(/[.．·]/);
  if (dot <= 0) return undefined;
  const head = name.slice(0, dot);
  const tail = name.slice(dot + 1);
  const parent = scopeElement('guide', head);
  if (!parent?.of) return undefined;
  const scope = RECORD_SCOPES.find((s) => RECORD_ELEMENT[s] === parent.key);
  if (scope) return recordTarget(scope, tail);
  const sub = scopeElement(parent.of, tail);
  return sub ? { scope: 'guide', path: [parent.key, sub.key], def: sub } : undefined;
}

export interface HeaderMapper {
  map(raw: string, kind: SheetKind | 'any'): Mapped | undefined;
}

/** The mapper of one run: config `columns:` first (own keys only), then the dictionary. */
export function headerMapper(columns: Record<string, string> | undefined): HeaderMapper {
  const config = new Map<string, string>();
  for (const k of Object.keys(columns ?? {})) {
    const v = (columns as Record<string, unknown>)[k];
    if (typeof v === 'string') config.set(normalizeHeader(k), v);
  }
  const cache = new Map<string, Mapped | undefined>();
  const resolve = (name: string, kind: SheetKind | 'any'): Mapped | undefined => {
    if (IGNORE_HEADERS.has(name.toLowerCase())) return { kind: 'ignoreRules' };
    if (kind !== 'items' && kind !== 'any') {
      // A record sheet: its own scope, then the join keys (and any guide element is a join key candidate).
      const own = recordTarget(kind, name) ?? dottedTarget(name);
      if (own) return { kind: 'element', target: own };
      const g = guideTarget(name);
      return g?.path.length === 1 ? { kind: 'element', target: g } : undefined;
    }
    const g = guideTarget(name) ?? dottedTarget(name);
    if (g) return { kind: 'element', target: g };
    if (kind === 'items' && VAGUE.has(name)) return undefined;
    for (const s of RECORD_SCOPES) {
      const t = recordTarget(s, name);
      if (t) return { kind: 'element', target: t };
    }
    return undefined;
  };
  return {
    map(raw, kind) {
      const name = normalizeHeader(raw);
      if (!name) return undefined;
      const key = `${kind}\u0000${name}`;
      if (cache.has(key)) return cache.get(key);
      let out: Mapped | undefined;
      const configured = config.get(name);
      if (configured !== undefined) {
        const to = normalizeHeader(configured);
        out = to === '' || to === '-' || to.toLowerCase() === 'ignore' ? { kind: 'skip' } : resolve(to, kind);
      }
      out ??= resolve(name, kind);
      cache.set(key, out);
      return out;
    },
  };
}

/** Whether a config `columns:` value names a target (an element, a dotted path, lint-ignore, or ignore / -). */
export function isColumnTarget(value: string): boolean {
  const to = normalizeHeader(value);
  if (to === '' || to === '-' || to.toLowerCase() === 'ignore') return true;
  return headerMapper(undefined).map(to, 'any') !== undefined;
}

/** Every name a `columns:` value may take, for a "did you mean". */
export function columnTargetNames(): string[] {
  return [
    ...new Set([
      ...namesOf('guide'),
      ...RECORD_SCOPES.flatMap((s) => namesOf(s)),
      ...Object.keys(NESTED),
      'ignore',
      'lint-ignore',
    ]),
  ];
}

export const HEADER_SCAN_ROWS = 30;

/** The header row: among the first rows, the one naming the most known elements (at least 2, or 1 in a one-column sheet). */
export function findHeaderRow(rows: RawRow[], mapper: HeaderMapper): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = defined(rows[i]).cells;
    let score = 0;
    let filled = 0;
    for (const cell of cells) {
      if (isBlank(cell)) continue;
      filled++;
      const text = textOfCell(cell);
      if (text.length <= 40 && mapper.map(text, 'any')) score++;
    }
    const enough = score >= 2 || (score === 1 && filled === 1);
    if (enough && score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
