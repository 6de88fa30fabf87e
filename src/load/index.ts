// One entry point: a file path → guides + source maps + load problems, dispatched by extension.
// Spreadsheet and JSON support are imported lazily so YAML runs never load SheetJS or jsonc-parser.

import { extname } from 'node:path';
import type { LoadResult } from '../model/types.js';
import { decodeUtf8Text, readBytes, DEFAULT_MAX_BYTES } from './read.js';
import { loadYaml } from './yaml.js';
import type { ImportConfig } from './exchange/profiles.js';

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
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.jsonl') return loadYaml(decoded.text);
  const exchange = await exchangeProfile(decoded.text, opts);
  if (exchange) {
    const { loadExchangeJson, loadExchangeLines } = await import('./exchange/load.js');
    return (ext === '.jsonl' ? loadExchangeLines : loadExchangeJson)(decoded.text, { profile: exchange, allVersions: opts.allVersions });
  }
  const { loadJson } = await import('./json.js');
  return loadJson(decoded.text);
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
  const configured = typeof opts.import?.profile === 'object' ? opts.import.profile.name : (opts.import?.profile ?? 'national');
  return name === configured ? resolveProfile(opts.import) : resolveProfile({ profile: BUILTIN_PROFILES[name]!.name });
}
