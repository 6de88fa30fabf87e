// JSON Lines exports read in two streaming passes, so memory stays bounded whatever the file's size:
// the first pass keeps only each unit's best version (a line number per unit), the second maps and
// yields the chosen units one at a time. Neither the text nor the parsed records are ever all held.

import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { LoadedGuide, LoadProblem, LoadResult } from '../../model/types.js';
import {
  compareVersions,
  duplicateUnit,
  guideOf,
  linePositions,
  noGuideField,
  unitsOfLine,
  type ExchangeOptions,
  type FoundUnit,
} from './load.js';
import { defined } from '../../util/defined.js';
import { fileLines } from '../../util/file-lines.js';

/** The first bytes of a file as text (for detection). */
export function fileHead(file: string, bytes = 65536): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return new StringDecoder('utf8').write(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** A unit's place: its line and its rank among the line's units (a line may hold an envelope). */
const place = (u: FoundUnit, k: number) => u.index * 64 + Math.min(k, 63);
const unitKey = (u: FoundUnit, k: number) => (u.code ? `${u.code}\u0000${u.handleItem}` : `#${place(u, k)}`);

interface VersionEntry {
  at: number;
  version: string;
  line: number;
  others?: Map<string, number>;
}

const VERSIONS = 2 ** 16;
const MAX_PLACE = 2 ** 53 / VERSIONS;

/** A unit's place and version as one number: the version strings of a file are few, each kept once. */
class VersionIds {
  private ids = new Map<string, number>();
  private versions: string[] = [];

  pack(at: number, version: string): number | VersionEntry {
    let id = this.ids.get(version);
    if (id === undefined && this.versions.length < VERSIONS) {
      id = this.versions.length;
      this.versions.push(version);
      this.ids.set(version, id);
    }
    return id === undefined || at >= MAX_PLACE ? { at, version, line: Math.floor(at / 64) } : at * VERSIONS + id;
  }

  unpack(v: number | VersionEntry): VersionEntry {
    if (typeof v !== 'number') return v;
    const at = this.placeOf(v);
    return { at, version: this.versions[v % VERSIONS] ?? '', line: Math.floor(at / 64) };
  }

  placeOf(v: number): number {
    return Math.floor(v / VERSIONS);
  }
}

export function streamExchangeLines(file: string, opts: ExchangeOptions): LoadResult {
  const problems: LoadProblem[] = [];
  // Pass 1: every unit's best version, duplicates reported. One entry per unit (a million units are a
  // million entries): while a unit has one version, a single number (its place and the version's id);
  // a full entry with the line of each version only once it has several.
  const units = new Map<string, number | VersionEntry>();
  const ids = new VersionIds();
  const kept = new Set<number>();
  let count = 0;
  for (const { line, text } of fileLines(file)) {
    if (text.trim() === '') continue;
    (quickUnit(text, line, opts.profile) ?? unitsOfLine(text, line, opts.profile, problems)).forEach((u, k) => {
      const key = unitKey(u, k);
      const packed = units.get(key);
      const e = packed === undefined ? undefined : ids.unpack(packed);
      const first = !e ? undefined : e.version === u.version ? e.line : e.others?.get(u.version);
      if (first !== undefined) {
        problems.push(duplicateUnit(u, first));
        return;
      }
      count++;
      if (opts.allVersions) kept.add(place(u, k));
      if (!e) {
        units.set(key, ids.pack(place(u, k), u.version));
        return;
      }
      if (typeof packed === 'number') units.set(key, e);
      (e.others ??= new Map()).set(u.version, u.index);
      if (compareVersions(u.version, e.version) > 0) {
        e.others.set(e.version, e.line);
        Object.assign(e, { at: place(u, k), version: u.version, line: u.index });
      }
    });
  }
  const chosen = kept;
  if (!opts.allVersions) for (const b of units.values()) chosen.add(typeof b === 'number' ? ids.placeOf(b) : b.at);
  units.clear();
  const skipped = count - chosen.size;
  // Pass 2: the chosen units, mapped and handed over one at a time.
  function* guides(): Generator<LoadedGuide> {
    let index = 0;
    const ignored: LoadProblem[] = [];
    for (const { line, text } of fileLines(file)) {
      if (!hasPlaceOnLine(chosen, line)) continue;
      const units = unitsOfLine(text, line, opts.profile, ignored);
      ignored.length = 0;
      for (let k = 0; k < units.length; k++) {
        if (!chosen.has(place(defined(units[k]), k))) continue;
        const g = guideOf(defined(units[k]), opts.profile, index);
        if (g) {
          index++;
          yield g;
        } else problems.push(noGuideField(defined(units[k])));
      }
    }
  }
  return { guides: [], stream: guides, problems, skippedVersions: skipped, exported: true };
}

/** Whether any unit of `line` (an envelope may hold several) was chosen. */
function hasPlaceOnLine(chosen: Set<number>, line: number): boolean {
  if (chosen.has(line * 64)) return true;
  for (let k = 1; k < 64; k++) if (chosen.has(line * 64 + k)) return true;
  return false;
}

/**
 * The first pass's common case, cheaply: a line that is one plain record (its item table an object
 * or a one-row array). JSON.parse makes far less garbage than a located tree; anything else (an
 * envelope, several items, a broken line) goes through unitsOfLine, which also reports problems.
 */
function quickUnit(text: string, line: number, profile: ExchangeOptions['profile']): FoundUnit[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const lower = new Map(Object.keys(data).map((k) => [k.toLowerCase(), (data as Record<string, unknown>)[k]]));
  const rows: Record<string, unknown>[] = [];
  for (const t of profile.itemTables) {
    const v = t === '' ? data : lower.get(t.toLowerCase());
    const row = Array.isArray(v) ? (v.length === 1 ? (v[0] as unknown) : v.length === 0 ? undefined : null) : v;
    if (row === null) return undefined; // several items in one record: joined by key, the slow way
    if (row && typeof row === 'object' && !Array.isArray(row)) rows.push(row as Record<string, unknown>);
  }
  const known = new Set(profile.records.filter(Boolean).map((r) => defined(r.split('.')[0]).toLowerCase()));
  if ([...lower.keys()].some((k) => known.has(k) && !profile.itemTables.some((t) => t.toLowerCase() === k)))
    return undefined; // an envelope
  const text1 = (names: string[]) => {
    for (const n of names)
      for (const row of rows)
        for (const [k, v] of Object.entries(row))
          if (
            k.toLowerCase() === n.toLowerCase() &&
            (typeof v === 'string' || typeof v === 'number') &&
            String(v).trim()
          )
            return String(v).trim();
    return '';
  };
  const offset = text.search(/\S/);
  const record = { type: 'object', offset, length: 1 } as FoundUnit['rows']['record'];
  return [
    {
      rows: { record, itemRows: [], tables: new Map() },
      index: line,
      code: text1(profile.unit.code),
      handleItem: text1(profile.unit.handleItem),
      version: text1(profile.unit.version),
      ix: linePositions(line),
    },
  ];
}
