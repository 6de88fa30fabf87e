// Worker thread of one `serve` job: lints the uploaded folder with the engine (progress per file
// and per guide, posted at most every PROGRESS_MS) and scores it, so the server's own thread
// stays free for the page, progress events and other uploads.

import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { lint } from '../engine/lint.js';
import { scoreResult } from '../score/run.js';
import { plainScorecard } from '../score/scorecard.js';
import { readPowerList } from '../score/power-list.js';
import type { Lang } from '../model/types.js';
import type { JobProgress, WorkerOut } from './job-types.js';
import { SUMMARY_COLLECTOR } from '../score/summary-collector.js';
import { defined } from '../util/defined.js';
import { errorMessage } from '../util/error-message.js';

export interface JobInit {
  cwd: string;
  config: ResolvedConfig;
  powerList?: string;
  lang: Lang;
}

const PROGRESS_MS = 100;
const init = workerData as JobInit;
const progress: JobProgress = {
  phase: 'lint',
  filesDone: 0,
  filesTotal: 0,
  guidesDone: 0,
  guidesTotal: 0,
  guidesAll: 0,
};
let guidesBefore = 0;
let last = 0;
const post = (msg: WorkerOut) => {
  defined(parentPort).postMessage(msg);
};
const tick = (force: boolean) => {
  const now = Date.now();
  if (!force && now - last < PROGRESS_MS) return;
  last = now;
  post({ type: 'progress', progress: { ...progress } });
};

try {
  const result = await lint({
    cwd: init.cwd,
    paths: ['.'],
    config: init.config,
    threads: 1,
    collector: SUMMARY_COLLECTOR,
    onFile: (done, total, file) => {
      guidesBefore += progress.guidesTotal;
      Object.assign(progress, {
        guidesAll: guidesBefore,
        filesDone: done,
        filesTotal: total,
        guidesDone: 0,
        guidesTotal: 0,
        file: file?.slice(init.cwd.length + 1),
      });
      tick(true);
    },
    onGuide: (done, total) => {
      progress.guidesDone = done;
      progress.guidesTotal = total;
      progress.guidesAll = guidesBefore + done;
      tick(false);
    },
  });
  progress.phase = 'score';
  tick(true);
  let powerError: string | undefined;
  let powerList = null;
  if (init.powerList) {
    try {
      powerList = await readPowerList(init.powerList, init.cwd);
    } catch (err) {
      powerError = (err as Error).message;
    }
  }
  const card = await scoreResult(
    result,
    { cwd: init.cwd, config: init.config, by: ['department', 'level'], lang: init.lang },
    powerList,
  );
  post({ type: 'done', result, card: plainScorecard(card), powerError });
} catch (err) {
  post({ type: 'failed', error: errorMessage(err) });
}
