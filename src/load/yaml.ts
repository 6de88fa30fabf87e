// YAML: parsed once with js-yaml (the fast path every run pays for); locations come from node
// positions js-yaml reports to a listener during that parse (yaml-positions.ts), with the `yaml`
// package's ranges as a fallback, only for files that have findings (bench/RESULTS.md).

import jsyaml from 'js-yaml';
import type { Document, Node as YNode } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { ElementPath, LoadResult, Location, LoadProblem, SourceMap } from '../model/types.js';
import { LineIndex, spanLocation } from './lines.js';
import { PositionRecorder, findNode, trimmedRange } from './yaml-positions.js';
import { defined } from '../util/defined.js';

// YAML 1.2 core schema (no timestamps, no yes/no booleans: "是否" values stay text) plus merge keys.
const mergeType = (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge;
const SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [mergeType] });

export function loadYaml(text: string): LoadResult {
  let docs: unknown[];
  const positions = new PositionRecorder();
  try {
    docs = jsyaml.loadAll(text, undefined, { schema: SCHEMA, listener: positions.listener });
  } catch (err) {
    return { guides: [], problems: [yamlError(err, text)], text };
  }
  positions.done();
  const lazy = new LazyYamlDocs(text, positions);
  let starts: number[] | undefined;
  // Most files hold one guide: its start needs only the first content line, not a pass over the file.
  const startOf = (i: number) =>
    (i === 0 && docs.length === 1 ? documentStarts(text, 0) : (starts ??= documentStarts(text)))[i] ?? 1;
  const problems: LoadProblem[] = [];
  const guides: LoadResult['guides'] = [];
  docs.forEach((data, index) => {
    if (data === null || data === undefined) return; // an empty document between separators
    const sourceMap = lazy.sourceMap(index, startOf, data);
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        messageId: 'notAGuide',
        data: { kind: Array.isArray(data) ? 'list' : typeof data },
        location: sourceMap.locate([]),
      });
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
export function documentStarts(text: string, upTo = Infinity): number[] {
  const docs: { marker?: number; content?: number }[] = [];
  let line = 0;
  for (let pos = 0; pos <= text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const raw = text.slice(pos, nl);
    pos = nl + 1;
    line++;
    if (/^---(\s|$)/.test(raw)) {
      if (docs.length > upTo) break;
      const rest = raw.slice(3).trim();
      docs.push({ marker: line, content: rest && !rest.startsWith('#') ? line : undefined });
      continue;
    }
    const t = raw.trim();
    if (t === '' || t.startsWith('#') || raw.startsWith('%') || /^\.\.\.(\s|$)/.test(raw)) continue;
    const last = docs.at(-1);
    if (!last) docs.push({ content: line });
    else last.content ??= line;
    // Only the first `upTo + 1` documents are needed: stop once the last of them has content.
    if (docs.length > upTo && defined(docs.at(-1)).content !== undefined) break;
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
  const dup = reason.includes('duplicated mapping key');
  // To the end of the line, and never past it (an error at the end of the input is zero-width).
  const lineEnd = (lines[line - 1]?.length ?? 0) + 1;
  column = Math.min(column, lineEnd);
  const endColumn = Math.max(column, lineEnd);
  return {
    messageId: dup ? 'duplicateKey' : 'yamlSyntax',
    data: { reason },
    location: { line, column, endLine: line, endColumn },
  };
}

/**
 * Maps paths to ranges: from js-yaml's recorded node positions; when their shape does not line up
 * with the data, from the `yaml` package's ranges (parsed on first need). Both only for files that
 * have findings.
 */
class LazyYamlDocs {
  private docs?: Document.Parsed[];
  private index?: LineIndex;
  constructor(
    private readonly text: string,
    private readonly positions: PositionRecorder,
  ) {}

  private ix(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  private yamlDocs(): Document.Parsed[] {
    return (this.docs ??= yamlLib().parseAllDocuments(this.text, {
      merge: true,
      uniqueKeys: false,
    }) as Document.Parsed[]);
  }

  /** [start, end) of the node at path, and whether the path was followed to its end. */
  private find(
    index: number,
    data: unknown,
    path: ElementPath,
    at: 'value' | 'key',
  ): { range: [number, number]; exact: boolean } | undefined {
    const root = this.positions.documents()[index];
    if (root) {
      const hit = findNode(root, data, path, at);
      if (hit.shapeOk) return { range: trimmedRange(this.text, hit.node), exact: hit.exact };
    }
    const doc = this.yamlDocs()[index];
    const range = doc ? walk(doc, path, at) : undefined;
    return range ? { range, exact: false } : undefined;
  }

  sourceMap(index: number, startOf: (index: number) => number, data: unknown): SourceMap {
    return {
      locate: (path, at = 'value'): Location => {
        const hit = this.find(index, data, path, at);
        if (hit) return spanLocation(this.ix(), hit.range[0], hit.range[1]);
        const line = startOf(index);
        return { line, column: 1, endLine: line, endColumn: 1 };
      },
      range: (path) => {
        const hit = this.find(index, data, path, 'value');
        return hit?.exact ? hit.range : undefined;
      },
      start: () => {
        const line = startOf(index);
        return { line, column: 1, endLine: line, endColumn: 1 };
      },
    };
  }
}

/**
 * The `yaml` package's locations of paths in a text (the reference the fast path is tested against):
 * the text is parsed once, each call walks one path of document `index`.
 */
export function yamlLocator(
  text: string,
): (index: number, path: ElementPath, at?: 'value' | 'key') => Location | undefined {
  const docs = yamlLib().parseAllDocuments(text, { merge: true, uniqueKeys: false }) as Document.Parsed[];
  const lines = new LineIndex(text);
  return (index, path, at = 'value') => {
    const doc = docs[index];
    const range = doc ? walk(doc, path, at) : undefined;
    return range ? spanLocation(lines, range[0], range[1]) : undefined;
  };
}

/** The [start, end) range of the node at `path`, or of the deepest ancestor found. */
function walk(doc: Document.Parsed, path: ElementPath, at: 'value' | 'key'): [number, number] | undefined {
  const { isMap, isSeq, isPair, isScalar } = yamlLib();
  let node: unknown = doc.contents;
  let best = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = defined(path[i]);
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
  return yamlLib().isAlias(node) ? node.resolve(doc) : node;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as YNode | undefined)?.range;
  if (!r) return undefined;
  // For a block collection the value end (r[1]) excludes trailing comments and blank lines.
  return [r[0], r[1]];
}
