// End-to-end scenarios: each test/scenarios/*.scenario file holds the input files, the commands,
// their exit codes and their output, together (the format: test/support/scenario.ts).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { parseScenario, printScenario, runScenario } from '../support/scenario.js';

const DIR = join(ROOT, 'test', 'scenarios');
const RECORD = process.env.UPDATE_SCENARIOS === '1';

describe('scenarios', () => {
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.scenario'))
    .sort()) {
    const sc = parseScenario(readFileSync(join(DIR, file), 'utf8'));
    const commands = sc.sections.filter((s) => s.name === 'command').length;
    // Each command is a Node start-up and a lint: allow each the time of one e2e test.
    it(`${file}: ${sc.test}`, { timeout: 30_000 * Math.max(1, commands) }, () => {
      runScenario(sc, RECORD);
      if (RECORD) writeFileSync(join(DIR, file), printScenario(sc));
    });
  }
});
