// Messages between a job's worker thread and the server.

import type { LintResult } from '../engine/lint.js';
import type { Scorecard } from '../score/types.js';

export interface JobProgress {
  /** 'upload' before the worker starts; 'lint' while files and guides are checked; 'score' at the end. */
  phase: 'upload' | 'lint' | 'score' | 'done' | 'failed';
  filesDone: number;
  filesTotal: number;
  /** Guides of the file being linted. */
  guidesDone: number;
  guidesTotal: number;
  /** Guides checked so far, all files. */
  guidesAll: number;
  file?: string;
}

export type WorkerOut =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: LintResult; card: Scorecard; powerError?: string }
  | { type: 'failed'; error: string };
