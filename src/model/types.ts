// Types shared by loaders, engine, rules, score and formatters.

export type PathSegment = string | number;
export type ElementPath = PathSegment[];

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Lang = 'zh' | 'en';

/** A location inside an input file. Lines and columns are 1-based; end is exclusive of nothing (points at the last char + 1). */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Spreadsheet inputs only. */
  sheet?: string;
  cell?: string;
  header?: string;
}

/** Maps element paths (as written in the file) to locations. Built by each loader; may resolve lazily. */
export interface SourceMap {
  /** `at: 'key'` locates the key of the last segment instead of its value. Never throws: falls back to the nearest ancestor. */
  locate(path: ElementPath, at?: 'value' | 'key'): Location;
  /** Byte/char offsets of the value, for --fix text edits (text formats only). */
  range?(path: ElementPath): [start: number, end: number] | undefined;
  /** Where the guide starts, cheaply (no full location pass): for summaries and file-level findings. */
  start(): Location;
}

/** One guide as loaded: raw data (as the parser made it; never changed), where it came from, how to locate its paths. */
export interface LoadedGuide {
  data: unknown;
  /** Index of the guide in its file (YAML document or JSON array element or spreadsheet row group). */
  index: number;
  sourceMap: SourceMap;
  /** Spreadsheet: rule ids listed in the row's lint-ignore column. */
  ignoreRules?: string[];
  /** Exported records: the source field behind an element path (messages name it; JSON adds `sourceField`). */
  sourceFieldOf?(path: ElementPath, lang: Lang): SourceField | undefined;
  /** The same guide seen through each of its windows: only rules of `variantItems` run on them; findings not already reported are kept. */
  variants?: Pick<LoadedGuide, 'data' | 'sourceMap' | 'sourceFieldOf'>[];
  variantItems?: number[];
  /** Loader findings that belong to this guide (unknown codes …). */
  problems?: LoadProblem[];
  /** What identifies the record besides its name (task_code), for grouping findings. */
  unit?: string;
}

export interface SourceField {
  /** The element as the guide model names it. */
  element: string;
  /** The source field (or fields) as the export writes it. */
  field: string;
  /** How messages name it: the field, with a note when the value is derived. */
  label: string;
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  /** The key of the rule's message (not in the JSON, SARIF or other reports: their fields are fixed). */
  messageId?: string;
  item: number | null;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Path of the element as written in the file. */
  path: ElementPath;
  /** 事项名称 (or a code) of the guide; null for file-level findings. */
  guide: string | null;
  sheet?: string;
  cell?: string;
  header?: string;
  /** A human suggestion (not applied). */
  suggestion?: string;
  fix?: TextEdit;
  /** The offending value, when the finding is about a value (used by baseline fingerprints). */
  value?: string;
  /** Exported records: the source field the finding is about. */
  sourceField?: string;
  /** Exported records: the record's unit (task_code) the finding belongs to. */
  unit?: string;
}

/** A file-level problem found while loading (parse errors, encoding, size limits). */
export interface LoadProblem {
  /** A key of the engine's messages, or any id when `text` is given. */
  messageId: string;
  /** The message template, when the loader brings its own (spreadsheets). */
  text?: { zh: string; en: string };
  severity?: Severity;
  data?: Record<string, string | number>;
  location: Location;
  ruleId?: string;
}

export interface LoadResult {
  guides: LoadedGuide[];
  problems: LoadProblem[];
  /** Original text, for suppression comments and --fix (text formats only). */
  text?: string;
  /** Set when the file is not linted and not reported at all (a report guide-lint wrote). */
  skipped?: 'own-output';
  /** Exported records: older versions of a unit not linted (see --all-versions). */
  skippedVersions?: number;
  /** The input is a platform export (never rewritten by --fix). */
  exported?: boolean;
  /** Guides handed over one at a time (large JSON Lines exports); `problems` may grow while it runs. */
  stream?: () => Iterable<LoadedGuide>;
}

/** What a rule learns when it stats a file relative to the guide (a form, a sample). */
export interface FileInfo {
  exists: boolean;
  size: number;
}
