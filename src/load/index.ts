// One entry point: a file path → guides + source maps + load problems, dispatched by extension.
// Spreadsheet and JSON support are imported lazily so YAML runs never load SheetJS or jsonc-parser.

import { extname } from 'node:path';
import type { LoadProblem, LoadResult } from '../model/types.js';
import { LIMITS } from '../model/normalize.js';
import { classifyDocument, NOT_A_GUIDE } from './classify.js';
import { decodeUtf8Text, readBytes, DEFAULT_MAX_BYTES } from './read.js';
import { loadYaml } from './yaml.js';

export const TEXT_EXTENSIONS = ['.yaml', '.yml', '.json'];
export const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'];
/** Workbooks are compressed and bounded by their own part/cell limits (spreadsheet/types.ts). */
export const SHEET_MAX_BYTES = 200 * 1024 * 1024;

export interface LoadOptions {
  maxBytes?: number;
  /** Spreadsheet header → element key. */
  columns?: Record<string, string>;
  /** CSV encoding override (e.g. gbk). */
  encoding?: string;
}

export function isSpreadsheet(file: string): boolean {
  return SHEET_EXTENSIONS.includes(extname(file).toLowerCase());
}

export async function loadFile(file: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const read = readBytes(file, opts.maxBytes ?? (isSpreadsheet(file) ? SHEET_MAX_BYTES : DEFAULT_MAX_BYTES));
  if (!read.ok) return { guides: [], problems: [read.problem] };
  if (isSpreadsheet(file)) {
    const { loadSpreadsheet } = await import('./spreadsheet/index.js');
    return loadSpreadsheet(read.bytes, file, opts);
  }
  const decoded = decodeUtf8Text(read.bytes);
  if (!decoded.ok) return { guides: [], problems: [decoded.problem] };
  if (extname(file).toLowerCase() !== '.json') return onlyGuides(loadYaml(decoded.text));
  const { loadJson } = await import('./json.js');
  return onlyGuides(loadJson(decoded.text));
}

/** More nodes than the normaliser accepts (aliases expanded: each reference counts again). */
function overBudget(data: unknown): boolean {
  const stack: unknown[] = [data];
  let nodes = 0;
  while (stack.length) {
    const v = stack.pop();
    if (++nodes > LIMITS.maxNodes) return true;
    if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) stack.push(x);
  }
  return false;
}

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const MAX_KEYS_SHOWN = 6;
const KIND_NAMES: Record<string, [string, string]> = { list: ['列表', 'list'], string: ['一段文字', 'text'], number: ['数字', 'number'], boolean: ['布尔值', 'boolean'], null: ['空值', 'null'] };

/**
 * A file that parsed but none of whose documents is a guide (classifyDocument) is not linted as
 * one: a single info says so and why (or nothing at all for guide-lint's own reports). A file with
 * one guide document is a guide file: its other documents are linted (and reported) as guides.
 */
function onlyGuides(r: LoadResult): LoadResult {
  if (r.problems.some((p) => p.messageId !== 'notAGuide')) return r;
  const kinds = r.guides.map((g) => classifyDocument(g.data));
  if (kinds.some((k) => k.guide)) return r;
  // An alias bomb stays the finding it is today (the normaliser refuses it): never a quiet note.
  if (r.guides.some((g) => overBudget(g.data))) return r;
  if (kinds.some((k) => !k.guide && k.kind === 'own-output')) return { guides: [], problems: [], skipped: 'own-output' };
  const first = kinds[0];
  let problem: LoadProblem;
  if (first && !first.guide && first.kind === 'mapping') {
    const shown = first.keys.slice(0, MAX_KEYS_SHOWN).join(', ') + (first.keys.length > MAX_KEYS_SHOWN ? ', …' : '');
    problem = { messageId: 'noGuideElements', ruleId: NOT_A_GUIDE, severity: 'info', data: { keys: shown || '—' }, location: r.guides[0]!.sourceMap.start() };
  } else {
    const p = r.problems[0];
    if (!p) return r;
    const kind = String(p.data?.kind ?? '');
    const [zh, en] = KIND_NAMES[kind] ?? [kind, kind];
    problem = { messageId: 'noGuideContent', ruleId: NOT_A_GUIDE, severity: 'info', data: { kindZh: zh, kindEn: en }, location: p.location ?? FILE_START };
  }
  return { guides: [], problems: [problem], text: r.text };
}
