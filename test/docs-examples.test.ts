// The command examples of README.md and docs/*.md run as written: every line of a fenced `sh` block
// that starts with `guide-lint` or `npx guide-lint` is run by a shell and must exit as the docs say,
// and where a ```text block follows, print what it shows. The conventions (docs/README.md):
//
//   <!-- exit: 1 -->        before a block: every command of the block exits 1 (default 0)
//   <!-- exit: 0,1 -->      before a block: the exit codes of its commands, in order
//   ```text after the block  the output of the block's last command (```xml too); a line only "…" stands
//                            for lines left out, every other line must appear as shown (trailing
//                            blanks aside), the pieces in order
//
// Each block's commands run, in order, in a fresh folder laid out like the repository root (a copy of fixtures/), plus
// the files the examples name for a user's own: guides/ (the clean sample set, with its forms), the
// power list 权责清单.xlsx, the exports 实施清单.xlsx, export.csv and exports/. `mkdir` lines of a
// block run too (they prepare a redirect). Nothing runs in the repository itself.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './support/cli.js';

/** Commands that cannot run here, each with its reason. Keep it short: prefer a runnable example. */
const SKIP: Record<string, string> = {
  'guide-lint serve --open                       # a local web page: drop files, get findings and the scorecard':
    'a server that runs until Ctrl-C (test/serve/)',
  'guide-lint serve --open        # http://127.0.0.1:8023/s/<token>/ (the token changes every run)':
    'a server that runs until Ctrl-C (test/serve/)',
  'guide-lint serve --open': 'a server that runs until Ctrl-C (test/serve/)',
};

interface Example {
  file: string;
  /** The commands of one block run one after another in one folder (a baseline, then its use). */
  block: number;
  line: number;
  command: string;
  exit: number;
  setup: string[];
  output?: { line: number; text: string };
}

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const FENCE = /^(\s*)```(\S*)\s*$/;
const COMMAND = /^(npx )?guide-lint(\s|$)/;

/** The examples of one Markdown file, with their expected exit codes and shown outputs. */
export function examplesOf(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  let exits: number[] | undefined;
  let last: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^\s*<!--\s*exit:\s*([\d,\s]+)-->\s*$/.exec(lines[i]!);
    if (marker) {
      exits = marker[1]!.split(',').map((s) => Number(s.trim()));
      continue;
    }
    const fence = FENCE.exec(lines[i]!);
    if (!fence) continue;
    const [, indent, lang] = fence;
    let j = i + 1;
    const body: { line: number; text: string }[] = [];
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++)
      body.push({ line: j + 1, text: lines[j]!.slice(indent!.length) });
    if (lang === 'sh' || lang === 'bash' || lang === 'shell') {
      // Join continuation lines, then keep the guide-lint commands (and mkdir, as their setup).
      const logical: { line: number; text: string }[] = [];
      for (const b of body) {
        const prev = logical.at(-1);
        if (prev?.text.endsWith('\\')) prev.text = `${prev.text.slice(0, -1).trimEnd()} ${b.text.trim()}`;
        else logical.push({ line: b.line, text: b.text.trim() });
      }
      const setup = logical.filter((l) => l.text.startsWith('mkdir ')).map((l) => l.text);
      const commands = logical.filter((l) => COMMAND.test(l.text));
      if (exits && exits.length > 1 && exits.length !== commands.length) {
        throw new Error(
          `${file}:${i + 1}: <!-- exit: ${exits.join(',')} --> names ${exits.length} exit codes for ${commands.length} commands`,
        );
      }
      last = commands.map((c, k) => ({
        file,
        block: i + 1,
        line: c.line,
        command: c.text.replace(/^npx /, ''),
        exit: exits ? (exits.length > 1 ? exits[k]! : exits[0]!) : 0,
        setup,
      }));
      out.push(...last);
    } else if ((lang === 'text' || lang === 'xml') && last.length) {
      last.at(-1)!.output = { line: i + 1, text: body.map((b) => b.text).join('\n') };
      last = [];
    } else last = [];
    exits = undefined;
    i = j;
  }
  return out;
}

/** Where the commands run: the repository root's fixtures, and the files the examples call a user's own. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-docs-'));
  const copy = (from: string, to: string) => {
    cpSync(join(ROOT, from), join(dir, to), { recursive: true });
  };
  copy('fixtures', 'fixtures');
  copy('fixtures/guides/clean', 'guides');
  copy('fixtures/guides/forms', 'forms'); // the clean guides name ../forms/
  copy('fixtures/power-list/clean.xlsx', '权责清单.xlsx');
  copy('fixtures/sheets/relational.xlsx', '实施清单.xlsx');
  copy('fixtures/sheets/export-gbk.csv', 'export.csv');
  copy('fixtures/sheets', 'exports');
  return dir;
}

const bin = mkdtempSync(join(tmpdir(), 'guide-lint-docs-bin-'));
writeFileSync(join(bin, 'guide-lint'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin, 'guide-lint'), 0o755);
const made: string[] = [bin];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
}, 120_000);

const folders = new Map<string, string>();

function run(example: Example): { status: number | null; output: string } {
  const key = `${example.file}:${example.block}`;
  let dir = folders.get(key);
  if (!dir) {
    // The blocks run one after another: the previous block's folder is done with.
    for (const old of folders.values()) rmSync(old, { recursive: true, force: true });
    folders.clear();
    dir = sandbox();
    made.push(dir);
    folders.set(key, dir);
  }
  const dropped = new Set(['FORCE_COLOR', 'GUIDE_LINT_LANG', 'NODE_OPTIONS']);
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries({ ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' }).filter(
      ([k]) => !dropped.has(k),
    ),
  );
  const script = [...example.setup, example.command].join('\n');
  // setup lines are idempotent (mkdir -p): running them before each command of the block is harmless.
  const r = spawnSync('/bin/sh', ['-c', script], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Whether every piece of `shown` (split at lines that are only "…") appears in `actual`, in order. */
export function showsOutput(shown: string, actual: string): { ok: boolean; missing?: string } {
  const norm = (s: string) => s.split('\n').map((l) => l.trimEnd());
  const have = norm(actual);
  const pieces: string[][] = [[]];
  for (const l of norm(shown)) {
    if (l.trim() === '…' || l.trim() === '...') pieces.push([]);
    else pieces.at(-1)!.push(l);
  }
  let from = 0;
  for (const piece of pieces) {
    while (piece.length && piece[0] === '') piece.shift();
    while (piece.length && piece.at(-1) === '') piece.pop();
    if (!piece.length) continue;
    let at = -1;
    for (let i = from; i + piece.length <= have.length && at < 0; i++)
      if (piece.every((l, k) => have[i + k] === l)) at = i;
    if (at < 0) return { ok: false, missing: piece.join('\n') };
    from = at + piece.length;
  }
  return { ok: true };
}

describe('docs examples', () => {
  const all = DOCS.flatMap((f) => examplesOf(f, readFileSync(join(ROOT, f), 'utf8')));
  it('the docs hold examples to check (README and docs/)', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((e) => e.output).length).toBeGreaterThanOrEqual(3);
  });
  it('the skip-list names only commands the docs still hold', () => {
    for (const c of Object.keys(SKIP))
      expect(
        all.map((e) => e.command),
        c,
      ).toContain(c);
  });
  for (const ex of all) {
    const name = `${ex.file}:${ex.line}: ${ex.command}`;
    if (SKIP[ex.command]) {
      it.skip(`${name} (${SKIP[ex.command]})`, () => undefined);
      continue;
    }
    it(name, { timeout: 180_000 }, () => {
      const r = run(ex);
      expect(r.status, `${name}\n${r.output}`).toBe(ex.exit);
      if (ex.output) {
        const m = showsOutput(ex.output.text, r.output);
        expect(
          m.ok,
          `${ex.file}:${ex.output.line}: the shown output differs; not found:\n${m.missing}\n\nactual output:\n${r.output}`,
        ).toBe(true);
      }
    });
  }
});

describe('the docs-examples conventions', () => {
  it('markers, continuation lines, npx, mkdir setup and the output block', () => {
    const md = [
      '<!-- exit: 0,1 -->',
      '```sh',
      'mkdir -p out',
      'npx guide-lint a \\',
      '  --quiet   # comment',
      'guide-lint b',
      'npm test',
      '```',
      '',
      'prose',
      '',
      '```text',
      'x',
      '…',
      'y',
      '```',
      '```sh',
      'guide-lint c',
      '```',
    ].join('\n');
    const ex = examplesOf('x.md', md);
    expect(ex.map((e) => [e.command, e.exit])).toEqual([
      ['guide-lint a --quiet   # comment', 0],
      ['guide-lint b', 1],
      ['guide-lint c', 0],
    ]);
    expect(ex[0]!.setup).toEqual(['mkdir -p out']);
    expect(ex[1]!.output?.text).toBe('x\n…\ny');
    expect(() => examplesOf('x.md', '<!-- exit: 0,1 -->\n```sh\nguide-lint a\n```')).toThrow(
      /names 2 exit codes for 1 commands/,
    );
  });
  it('a shown output: pieces in order, "…" for what is left out', () => {
    expect(showsOutput('a\n…\nc  ', 'a\nb\nc\nd').ok).toBe(true);
    expect(showsOutput('c\n…\na', 'a\nb\nc').ok).toBe(false);
    expect(showsOutput('a\nc', 'a\nb\nc').ok).toBe(false);
  });
});

describe('docs cite the repository only', () => {
  it('no tracked file points at ../shared or at the reference folders beside the repository', () => {
    const r = spawnSync(
      'git',
      [
        'grep',
        '-nIE',
        String.raw`(\.\./shared|/work/shared|(^|[^a-z])shared/(domain|seed|realdata))`,
        '--',
        '.',
        ':!dist',
        ':!test/docs-examples.test.ts',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout).toBe('');
  });
  it('docs/safety.md states the js-yaml range package.json holds', () => {
    const range = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies['js-yaml']!;
    expect(readFileSync(join(ROOT, 'docs/safety.md'), 'utf8')).toContain(`\`package.json\` requires \`${range}\``);
  });
});
