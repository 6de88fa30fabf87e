// The floor: list the files of a set, read them and parse them, nothing else.
// Run as a child process (one fresh process per measurement):
//   node dist/bench/floor.js <dir|file.xlsx> [--parser js-yaml|js-yaml-pos|yaml-doc|xlsx|xlsx-dense]
// Prints one JSON line: { parser, files, bytes, units, listMs, parseMs, totalMs }.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import * as XLSX from 'xlsx';

export const PARSERS = ['js-yaml', 'js-yaml-pos', 'yaml-doc', 'xlsx', 'xlsx-dense'] as const;
export type Parser = (typeof PARSERS)[number];
export interface FloorResult {
  parser: Parser;
  files: number;
  bytes: number;
  units: number;
  listMs: number;
  parseMs: number;
  totalMs: number;
}

/** The files guide-lint would read in a directory, in a stable order. */
export const listFiles = (dir: string) => fg.sync('**/*.{yaml,yml,json}', { cwd: dir, absolute: true }).sort();

/** Parse one text; returns the number of units (documents, or position marks for js-yaml-pos). */
function parseText(file: string, text: string, parser: Parser): number {
  if (file.endsWith('.json')) return JSON.parse(text) === undefined ? 0 : 1;
  if (parser === 'yaml-doc') return parseDocument(text).errors.length === 0 ? 1 : 0;
  if (parser === 'js-yaml-pos') {
    const marks: number[] = []; // what a loader keeps to map paths to lines: one offset per node
    load(text, {
      listener: (ev, state) => {
        if (ev === 'open') marks.push(state.position);
      },
    });
    return marks.length;
  }
  load(text);
  return 1;
}

export function runFloor(target: string, parser: Parser): FloorResult {
  const t0 = performance.now();
  if (parser === 'xlsx' || parser === 'xlsx-dense') {
    const buf = readFileSync(target);
    const wb = XLSX.read(buf, { type: 'buffer', dense: parser === 'xlsx-dense' });
    let rows = 0;
    for (const sheet of Object.values(wb.Sheets)) rows += XLSX.utils.sheet_to_json(sheet, { header: 1 }).length;
    const ms = performance.now() - t0;
    return { parser, files: 1, bytes: buf.length, units: rows, listMs: 0, parseMs: ms, totalMs: ms };
  }
  const files = listFiles(target);
  const t1 = performance.now();
  let bytes = 0;
  let units = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    bytes += buf.length;
    units += parseText(f, buf.toString('utf8'), parser);
  }
  const t2 = performance.now();
  return { parser, files: files.length, bytes, units, listMs: t1 - t0, parseMs: t2 - t1, totalMs: t2 - t0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [target, flag, value] = process.argv.slice(2);
  const parser = (flag === '--parser' ? value : target?.endsWith('.xlsx') ? 'xlsx' : 'js-yaml') as Parser;
  if (!target || !PARSERS.includes(parser)) {
    console.error(`usage: floor.js <dir|file.xlsx> [--parser ${PARSERS.join('|')}]`);
    process.exit(2);
  }
  console.log(JSON.stringify(runFloor(target, parser)));
}
