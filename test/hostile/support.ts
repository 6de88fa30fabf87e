// Runs the CLI on a folder holding one crafted file beside a known-good guide, and returns the
// JSON report: every hostile test asserts the finding, the exit code, and that the good guide
// was still linted.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';

export interface Report {
  status: number | null;
  stderr: string;
  summary: { files: number; guides: number; errors: number; warnings: number; infos: number };
  findings: {
    ruleId: string;
    message: string;
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
  }[];
}

export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-hostile-'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  writeFileSync(join(dir, 'good.yaml'), readFileSync(join(ROOT, 'test/support/base-guide.yaml')));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export function lintFolder(dir: string, args: string[] = []): Report {
  const r = runCli(['.', '--format', 'json', '--no-score', ...args], { cwd: dir });
  let parsed: Omit<Report, 'status' | 'stderr'>;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON report (exit ${r.status}): ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
  }
  return { status: r.status, stderr: r.stderr, ...parsed };
}

/** The good guide was linted and produced nothing. */
export function goodStillLinted(r: Report): void {
  if (r.summary.guides < 1) throw new Error('the good guide was not linted');
  const good = r.findings.filter((f) => f.file === 'good.yaml');
  if (good.length) throw new Error(`good.yaml has findings: ${JSON.stringify(good)}`);
}
