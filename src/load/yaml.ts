// YAML: parsed with js-yaml (the fast path every run pays for); locations come lazily from the
// `yaml` package's node ranges, only for files that have findings (see docs/performance.md).

import jsyaml from 'js-yaml';
import { parseAllDocuments, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node as YNode } from 'yaml';
import type { ElementPath, LoadResult, Location, LoadProblem, SourceMap } from '../model/types.js';
import { LineIndex, spanLocation } from './lines.js';

// YAML 1.2 core schema (no timestamps, no yes/no booleans: "是否" values stay text) plus merge keys.
const mergeType = (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge;
const SCHEMA = jsyaml.CORE_SCHEMA.extend([mergeType]);

export function loadYaml(text: string): LoadResult {
  let docs: unknown[];
  try {
    docs = jsyaml.loadAll(text, undefined, { schema: SCHEMA });
  } catch (err) {
    return { guides: [], problems: [yamlError(err, text)], text };
  }
  const lazy = new LazyYamlDocs(text);
  let starts: number[] | undefined;
  const startOf = (i: number) => (starts ??= documentStarts(text))[i] ?? 1;
  const problems: LoadProblem[] = [];
  const guides: LoadResult['guides'] = [];
  docs.forEach((data, index) => {
    if (data === null || data === undefined) return; // an empty document between separators
    const sourceMap = lazy.sourceMap(index, startOf);
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ messageId: 'notAGuide', data: { kind: Array.isArray(data) ? 'list' : typeof data }, location: sourceMap.locate([]) });
      return;
    }
    guides.push({ data, index, sourceMap });
  });
  if (guides.length === 0 && problems.length === 0) {
    problems.push({ messageId: 'empty', location: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
  }
  return { guides, problems, text };
}

/**
 * The first content line of each document, from the document markers, without a full parse
 * (a line starting with "---" at column 0 is always a marker: block scalars are indented).
 * Documents are counted as js-yaml counts them: content before any marker is document 0.
 */
export function documentStarts(text: string): number[] {
  const docs: Array<{ marker?: number; content?: number }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (/^---(\s|$)/.test(raw)) {
      const rest = raw.slice(3).trim();
      docs.push({ marker: line, content: rest && !rest.startsWith('#') ? line : undefined });
      continue;
    }
    const t = raw.trim();
    if (t === '' || t.startsWith('#') || raw.startsWith('%') || /^\.\.\.(\s|$)/.test(raw)) continue;
    const last = docs.at(-1);
    if (!last) docs.push({ content: line });
    else last.content ??= line;
  }
  return docs.map((d) => d.content ?? d.marker ?? 1);
}

function yamlError(err: unknown, text: string): LoadProblem {
  const e = err as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const lines = text.split('\n');
  // js-yaml puts end-of-input errors one line past the last one: keep the location inside the file.
  let line = (e.mark?.line ?? 0) + 1;
  let column = (e.mark?.column ?? 0) + 1;
  if (line > lines.length || (line === lines.length && lines[line - 1] === '' && line > 1)) {
    line = lines[lines.length - 1] === '' && lines.length > 1 ? lines.length - 1 : lines.length;
    column = (lines[line - 1]?.length ?? 0) + 1;
  }
  const reason = e.reason ?? e.message ?? String(err);
  const dup = /duplicated mapping key/.test(reason);
  const endColumn = Math.max(column + 1, (lines[line - 1]?.length ?? 0) + 1);
  return {
    messageId: dup ? 'duplicateKey' : 'yamlSyntax',
    data: { reason },
    location: { line, column, endLine: line, endColumn },
  };
}

/** Parses the text with `yaml` on first use and maps paths to node ranges. */
class LazyYamlDocs {
  private docs?: Document.Parsed[];
  private ix?: LineIndex;
  constructor(private readonly text: string) {}

  private ensure() {
    if (!this.docs) {
      this.docs = parseAllDocuments(this.text, { merge: true, uniqueKeys: false }) as Document.Parsed[];
      this.ix = new LineIndex(this.text);
    }
    return { docs: this.docs, ix: this.ix! };
  }

  sourceMap(index: number, startOf: (index: number) => number): SourceMap {
    const find = (path: ElementPath, at: 'value' | 'key') => {
      const { docs, ix } = this.ensure();
      // js-yaml skips nothing, so document indexes agree; a null document still occupies its slot.
      const doc = docs[index];
      return { doc, ix, hit: doc ? walk(doc, path, at) : undefined };
    };
    return {
      locate: (path, at = 'value'): Location => {
        const { doc, ix, hit } = find(path, at);
        if (hit) return spanLocation(ix, hit[0], hit[1]);
        const start = doc?.range?.[0] ?? 0;
        return spanLocation(ix, start, start);
      },
      range: (path) => {
        const { hit } = find(path, 'value');
        return hit;
      },
      start: () => {
        const line = startOf(index);
        return { line, column: 1, endLine: line, endColumn: 1 };
      },
    };
  }
}

/** The [start, end) range of the node at `path`, or of the deepest ancestor found. */
function walk(doc: Document.Parsed, path: ElementPath, at: 'value' | 'key'): [number, number] | undefined {
  let node: unknown = doc.contents;
  let best = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    node = deref(node, doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && at === 'key') return rangeOf(pair.key) ?? best;
      // A key with no value (`份数:`) has no value node: point at the key.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) break;
    } else break;
    best = rangeOf(node) ?? best;
  }
  return best;
}

function deref(node: unknown, doc: Document.Parsed): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as YNode | undefined)?.range;
  if (!r) return undefined;
  // For a block collection the value end (r[1]) excludes trailing comments and blank lines.
  return [r[0], r[1]];
}
