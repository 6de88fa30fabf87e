// The .scenario format (Spectral's shape, extended to several steps): a scenario is a list of
// sections read in order. Files and env set the stage, each `command` runs the built CLI in a fresh
// temporary folder, and the assertion sections after a command check that command's result.
//
//   ====test====             one line: what a user would call the scenario
//   ====files====            "--- name" starts a file (its text follows); "--- name < path" copies a
//                            repository file or folder, and "old => new" lines under it edit the
//                            copy; may appear again between commands (an edit)
//   ====delete====           paths to remove, one a line
//   ====env====              KEY=value sets, KEY= unsets (GUIDE_LINT_LANG and the colour variables
//                            are unset by default), for the following commands
//   ====stdin====            standard input of the next command
//   ====command====          `guide-lint ARGS` with shell quoting; `cd SUB && guide-lint …` runs in SUB
//   ====status====           the exit code
//   ====stdout====           exact standard output
//   ====contains====         lines that must each appear in stdout
//   ====not_contains====     lines that must not appear in stdout
//   ====matches====          regular expressions, one a line, that stdout must match (flag m)
//   ====json====             stdout parsed as JSON contains this JSON (toMatchObject)
//   ====stderr====           lines that must each appear in stderr
//   ====stderr_exact====     exact standard error
//   ====save_stdout NAME==== no body: keep stdout as the file NAME (to compare it later with `same`)
//   ====file NAME====        the exact text of a file the command wrote
//   ====file_contains NAME==== lines that file must hold
//   ====file_matches NAME==== regular expressions that file must match (flag m)
//   ====file_json NAME====   the file parsed as JSON contains this JSON
//   ====same====             "A B" lines: the two files are byte-identical
//   ====absent====           paths that must not exist
//
// In commands and expected text, {dir} is the scenario folder, {root} the repository and {version}
// the package's version; outputs are
// compared with the scenario folder written as {dir}. Exact sections keep their final line break.
//
// UPDATE_SCENARIOS=1 rewrites the exact sections (status, stdout, stderr_exact, file) with what the
// build printed, as snapshot tools do: review the diff before committing it.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { ROOT, runCli, type CliResult } from './cli.js';

export interface Section {
  name: string;
  arg: string;
  body: string;
}

export interface Scenario {
  test: string;
  sections: Section[];
}

export function parseScenario(text: string): Scenario {
  const parts = text.split(/^====([a-z_]+)(?: ([^\n]*?))?====\n/m);
  const sections: Section[] = [];
  for (let i = 1; i < parts.length; i += 3)
    sections.push({ name: parts[i]!, arg: (parts[i + 1] ?? '').trim(), body: parts[i + 2] ?? '' });
  return { test: (sections.find((s) => s.name === 'test')?.body ?? '').trim(), sections };
}

/** Non-empty lines, trailing spaces dropped. */
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);

/** Splits a command line as a POSIX shell would for plain words, '…' and "…" (no expansions). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end === -1) throw new Error(`unclosed ${c} in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

function writeFiles(dir: string, body: string): void {
  for (const chunk of body.split(/^--- /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    const head = chunk.slice(0, nl === -1 ? undefined : nl).trim();
    const copy = /^(.+?)\s+<\s+(.+)$/.exec(head);
    const target = join(dir, copy ? copy[1]! : head);
    mkdirSync(dirname(target), { recursive: true });
    const text = nl === -1 ? '' : chunk.slice(nl + 1);
    if (!copy) writeFileSync(target, text);
    else if (!text.trim()) cpSync(join(ROOT, copy[2]!), target, { recursive: true });
    else writeFileSync(target, edit(readFileSync(join(ROOT, copy[2]!), 'utf8'), text));
  }
}

/** Applies "old => new" lines (first occurrence each; \n in new is a line break) to a copied file. */
function edit(text: string, rules: string): string {
  for (const rule of lines(rules)) {
    const m = /^(.+?) =>(?: (.*))?$/.exec(rule);
    if (!m || !text.includes(m[1]!)) throw new Error(`cannot apply "${rule}"`);
    const to = (m[2] ?? '').replaceAll('\\n', '\n');
    text = text.replace(m[1]!, () => to);
  }
  return text;
}

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const DEFAULT_ENV: Record<string, string | undefined> = { GUIDE_LINT_LANG: undefined };

export function printScenario(sc: Scenario): string {
  return sc.sections.map((s) => `====${s.name}${s.arg ? ` ${s.arg}` : ''}====\n${s.body}`).join('');
}

const RECORDED = new Set(['status', 'stdout', 'stderr_exact', 'file']);

/**
 * Runs a parsed scenario in a new temporary folder; vitest assertions fail it. With `record`, the
 * exact sections take the actual output instead (and are not checked).
 */
export function runScenario(sc: Scenario, record = false): void {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-scenario-'));
  const fill = (s: string) => s.replaceAll('{dir}', dir).replaceAll('{root}', ROOT).replaceAll('{version}', VERSION);
  const unfill = (s: string) => s.replaceAll(dir, '{dir}').replaceAll(ROOT, '{root}');
  const expected = (s: string) => s.replaceAll('{version}', VERSION);
  const rel = (name: string) => resolve(dir, fill(name));
  const env: Record<string, string | undefined> = { ...DEFAULT_ENV };
  let stdin: string | undefined;
  let r: CliResult | undefined;
  let ran = '';
  try {
    for (const section of sc.sections) {
      const { name, arg, body } = section;
      if (name === 'test') continue;
      if (record && r && RECORDED.has(name)) {
        const actual =
          name === 'status'
            ? `${r.status}\n`
            : name === 'file'
              ? readFileSync(rel(arg), 'utf8')
              : name === 'stdout'
                ? r.stdout
                : r.stderr;
        section.body = unfill(actual).replaceAll(`"version": "${VERSION}"`, '"version": "{version}"');
        continue;
      }
      if (name === 'files') writeFiles(dir, body);
      else if (name === 'delete') for (const p of lines(body)) rmSync(rel(p), { recursive: true, force: true });
      else if (name === 'env')
        for (const l of lines(body)) {
          const eq = l.indexOf('=');
          env[l.slice(0, eq)] = l.slice(eq + 1) || undefined;
        }
      else if (name === 'stdin') stdin = body;
      else if (name === 'command') {
        ran = body.trim();
        const cd = /^cd (\S+) && (.*)$/.exec(ran);
        const words = shellWords(fill(cd ? cd[2]! : ran));
        if (words[0] !== 'guide-lint') throw new Error(`a command starts with guide-lint: ${ran}`);
        const out = runCli(words.slice(1), { cwd: cd ? rel(cd[1]!) : dir, env, input: stdin });
        r = { status: out.status, stdout: unfill(out.stdout), stderr: unfill(out.stderr) };
        stdin = undefined;
      } else check(name, arg, body);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  function check(name: string, arg: string, body: string): void {
    if (!r) throw new Error(`====${name}==== comes before any command`);
    const ctx = `${ran}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    const file = () => unfill(readFileSync(rel(arg), 'utf8'));
    switch (name) {
      case 'status':
        expect(r.status, ctx).toBe(Number(body.trim()));
        return;
      case 'stdout':
        expect(r.stdout, ran).toBe(expected(body));
        return;
      case 'contains':
        for (const l of lines(body)) expect(r.stdout, ctx).toContain(expected(l));
        return;
      case 'not_contains':
        for (const l of lines(body)) expect(r.stdout, ctx).not.toContain(expected(l));
        return;
      case 'matches':
        for (const l of lines(body)) expect(r.stdout, ctx).toMatch(new RegExp(l, 'm'));
        return;
      case 'json':
        expect(JSON.parse(r.stdout), ctx).toMatchObject(JSON.parse(expected(body)));
        return;
      case 'stderr':
        for (const l of lines(body)) expect(r.stderr, ctx).toContain(expected(l));
        return;
      case 'stderr_exact':
        expect(r.stderr, ctx).toBe(expected(body));
        return;
      case 'save_stdout':
        writeFileSync(rel(arg), r.stdout);
        return;
      case 'file':
        expect(file(), `${ran}: ${arg}`).toBe(expected(body));
        return;
      case 'file_contains':
        for (const l of lines(body)) expect(file(), `${ran}: ${arg}`).toContain(expected(l));
        return;
      case 'file_matches':
        for (const l of lines(body)) expect(file(), `${ran}: ${arg}`).toMatch(new RegExp(l, 'm'));
        return;
      case 'file_json':
        expect(JSON.parse(file()), `${ran}: ${arg}`).toMatchObject(JSON.parse(expected(body)));
        return;
      case 'same':
        for (const l of lines(body)) {
          const [a, b] = l.split(/\s+/) as [string, string];
          expect(readFileSync(rel(a)).equals(readFileSync(rel(b))), `${ran}: ${a} and ${b} differ`).toBe(true);
        }
        return;
      case 'absent':
        for (const p of lines(body)) expect(existsSync(rel(p)) && statSync(rel(p)), `${ran}: ${p}`).toBe(false);
        return;
      default:
        throw new Error(`unknown section ====${name}====`);
    }
  }
}
