import type { ResolvedConfig } from '../config/resolved-config.js';
import type { LintResult } from '../engine/lint.js';
import type { Lang } from '../model/types.js';

export interface FormatInput {
  result: LintResult;
  lang: Lang;
  version: string;
  color: boolean;
  cwd: string;
  /** One-line scorecard summary printed after the findings (lint command), if any. */
  scoreLine?: string;
  /** The run's configuration (rule metadata of plugins, configured severities: sarif). */
  config?: ResolvedConfig;
}

/** A formatter returns the whole output: text, or bytes for binary formats (xlsx). */
export type Formatter = (input: FormatInput) => string | Buffer | Promise<string | Buffer>;
