// One entry point: a file path → guides + source maps + load problems, dispatched by extension.
// Spreadsheet and JSON support are imported lazily so YAML runs never load SheetJS or jsonc-parser.

import { extname } from 'node:path';
import type { LoadResult } from '../model/types.js';
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
  return loadText(file, decoded.text);
}

/** A text format's guides from its decoded text (also an editor's unsaved buffer: src/lsp/). */
export async function loadText(file: string, text: string): Promise<LoadResult> {
  if (extname(file).toLowerCase() !== '.json') return loadYaml(text);
  const { loadJson } = await import('./json.js');
  return loadJson(text);
}
