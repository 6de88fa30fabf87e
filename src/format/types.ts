import type { ResolvedConfig } from '../config/resolved-config.js';
import type { LintResult } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Lang } from '../model/types.js';

export interface FormatInput {
  result: LintResult;
  lang: Lang;
  version: string;
  color: boolean;
  cwd: string;
  /** One-line scorecard summary printed after the findings (lint command), if any. */
  scoreLine?: string;
  /** The run's configuration (configured severities: sarif). */
  config?: ResolvedConfig;
  /** The rules of the run, built-in and plugin (their metadata: sarif's rule descriptors). */
  rules: readonly Rule[];
  /** Given, a format that can stream (xlsx) writes its output through it, piece by piece, and returns nothing more. */
  sink?: (chunk: Buffer) => void;
}

/** A formatter returns the whole output: text, or bytes for binary formats (xlsx). */
export type Formatter = (input: FormatInput) => string | Buffer | Promise<string | Buffer>;
