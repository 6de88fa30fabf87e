// One entry point: a file path → guides + source maps + load problems, dispatched by extension.
// Spreadsheet and JSON support are imported lazily so YAML runs never load SheetJS or jsonc-parser.

import { extname } from 'node:path';
import type { LoadProblem, LoadResult } from '../model/types.js';
import { LIMITS } from '../model/normalize.js';
import { classifyDocument, NOT_A_GUIDE, NOT_A_GUIDE_MESSAGES } from './classify.js';
import { decodeUtf8Text, readBytes, DEFAULT_MAX_BYTES } from './read.js';
import { loadYaml } from './yaml.js';
import type { ImportConfig } from './exchange/profiles.js';
import { defined } from '../util/defined.js';

export const TEXT_EXTENSIONS = ['.yaml', '.yml', '.json', '.jsonl'];
export const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'];
/** Workbooks are compressed and bounded by their own part/cell limits (spreadsheet/types.ts). */
export const SHEET_MAX_BYTES = 200 * 1024 * 1024;

export interface LoadOptions {
  maxBytes?: number;
  /** Spreadsheet header → element key. */
  columns?: Record<string, string>;
  /** CSV encoding override (e.g. gbk). */
  encoding?: string;
  /** `exchange`: read JSON as exported records whatever its content; `guide`: never; default: by content. */
  inputFormat?: 'auto' | 'guide' | 'exchange';
  /** Config `import:`: the profile for exported records, with overrides. */
  import?: ImportConfig;
  /** Exported records: lint every version, not only each unit's highest. */
  allVersions?: boolean;
}

export function isSpreadsheet(file: string): boolean {
  return SHEET_EXTENSIONS.includes(extname(file).toLowerCase());
}

export async function loadFile(file: string, opts: LoadOptions = {}): Promise<LoadResult> {
  // JSON Lines exports are streamed: no size limit, bounded memory.
  if (extname(file).toLowerCase() === '.jsonl' && opts.inputFormat !== 'guide') {
    const { fileHead, streamExchangeLines } = await import('./exchange/stream.js');
    let head: string | undefined;
    try {
      head = fileHead(file);
    } catch {
      head = undefined; // unreadable: readBytes says why
    }
    const profile = head === undefined ? undefined : await exchangeProfile(head, opts);
    if (profile) return streamExchangeLines(file, { profile, allVersions: opts.allVersions });
  }
  const read = readBytes(file, opts.maxBytes ?? (isSpreadsheet(file) ? SHEET_MAX_BYTES : DEFAULT_MAX_BYTES));
  if (!read.ok) return { guides: [], problems: [read.problem] };
  if (isSpreadsheet(file)) {
    const { loadSpreadsheet } = await import('./spreadsheet/index.js');
    return loadSpreadsheet(read.bytes, file, opts);
  }
  const decoded = decodeUtf8Text(read.bytes);
  if (!decoded.ok) return { guides: [], problems: [decoded.problem] };
  return loadText(file, decoded.text, opts);
}

/** A text format's guides from its decoded text (also an editor's unsaved buffer: src/lsp/). */
export async function loadText(file: string, text: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.jsonl') return onlyGuides(loadYaml(text));
  const exchange = await exchangeProfile(text, opts);
  if (exchange) {
    const { loadExchangeJson, loadExchangeLines } = await import('./exchange/load.js');
    return (ext === '.jsonl' ? loadExchangeLines : loadExchangeJson)(text, {
      profile: exchange,
      allVersions: opts.allVersions,
    });
  }
  const { loadJson } = await import('./json.js');
  return onlyGuides(loadJson(text));
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
const KIND_NAMES: Record<string, [string, string]> = {
  list: ['列表', 'list'],
  string: ['一段文字', 'text'],
  number: ['数字', 'number'],
  boolean: ['布尔值', 'boolean'],
  null: ['空值', 'null'],
};

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
  if (kinds.some((k) => !k.guide && k.kind === 'own-output'))
    return { guides: [], problems: [], skipped: 'own-output' };
  const first = kinds[0];
  let problem: LoadProblem;
  if (first && !first.guide && first.kind === 'mapping') {
    const shown = first.keys.slice(0, MAX_KEYS_SHOWN).join(', ') + (first.keys.length > MAX_KEYS_SHOWN ? ', …' : '');
    problem = {
      messageId: 'noGuideElements',
      text: NOT_A_GUIDE_MESSAGES.noGuideElements,
      ruleId: NOT_A_GUIDE,
      severity: 'info',
      data: { keys: shown || '—' },
      location: defined(r.guides[0]).sourceMap.start(),
    };
  } else {
    const p = r.problems[0];
    if (!p) return r;
    const kind = String(p.data?.kind ?? '');
    const [zh, en] = KIND_NAMES[kind] ?? [kind, kind];
    problem = {
      messageId: 'noGuideContent',
      text: NOT_A_GUIDE_MESSAGES.noGuideContent,
      ruleId: NOT_A_GUIDE,
      severity: 'info',
      data: { kindZh: zh, kindEn: en },
      // Kept for a problem built without a location, whatever its type says.
      location: (p as Partial<LoadProblem>).location ?? FILE_START,
    };
  }
  return { guides: [], problems: [problem], text: r.text };
}

/** The import profile to read a JSON text with, when it is exported records (forced, or by content). */
export async function exchangeProfile(text: string, opts: LoadOptions) {
  if (opts.inputFormat === 'guide') return undefined;
  const { resolveProfile, BUILTIN_PROFILES } = await import('./exchange/profiles.js');
  const declared = typeof opts.import?.profile === 'object' ? [opts.import.profile] : [];
  if (opts.inputFormat === 'exchange') return resolveProfile(opts.import);
  const { detectExport } = await import('./exchange-detect.js');
  const name = detectExport(text, declared);
  if (!name) return undefined;
  // A configured profile applies to files in its own shape; other shapes use their built-in profile.
  const configured =
    typeof opts.import?.profile === 'object' ? opts.import.profile.name : (opts.import?.profile ?? 'national');
  return name === configured
    ? resolveProfile(opts.import)
    : resolveProfile({ profile: defined(BUILTIN_PROFILES[name]).name });
}
