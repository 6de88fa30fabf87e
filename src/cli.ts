// The commander program. Commands import their implementation lazily so `--version` and a small
// lint start fast (see bench/).

import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';
import type { PresetName, ResolvedConfig } from './config/resolved-config.js';
import type { RunFlags } from './config/flags.js';
import type { Lang } from './model/types.js';
import type { LintCommandOptions } from './commands/lint.js';
import type { ScoreCommandOptions } from './commands/score.js';
import type { MergeCommandOptions } from './commands/merge.js';
import type { ServeCommandOptions } from './commands/serve.js';
import type { InitOptions } from './commands/init.js';
import { VERSION } from './version.js';
import { parseShardSpec } from './engine/shard-spec.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const EXAMPLES = `
Examples / 示例:
  guide-lint ./guides                         lint a folder of guides (YAML, JSON, xlsx, csv)
  guide-lint guides/ --format json -o out.json
  guide-lint guides/ --lang en --max-warnings 0
  guide-lint guides/ --rule office-hours:off
  guide-lint rules                            list the rules
  guide-lint explain place-address            show a rule's documentation
  guide-lint score guides/ --power-list 权责清单.xlsx --format html -o score.html
  guide-lint guides/ --shard 2/4 --format shard -o shard-2.json
  guide-lint merge shard-*.json --format sarif -o report.sarif
  guide-lint init --ci github                 write guide-lint.config.yaml and a CI workflow
  guide-lint serve --open                     a local web page: drop files, get findings and the scorecard
  guide-lint init --ci github --shards 4      …a workflow of 4 parallel shard jobs and a merge job
  guide-lint print-config guides/a.yaml       show the configuration that applies to a file

Exit codes: 0 no errors · 1 errors found (or too many warnings) · 2 usage, config or internal error, or no guide checked (--allow-empty) · 130 interrupted`;

function langOf(value: string | undefined): Lang {
  const v = value ?? process.env.GUIDE_LINT_LANG ?? 'zh';
  if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be zh or en, got "${v}"`);
  return v;
}

/** --lang, else GUIDE_LINT_LANG; undefined leaves it to config `lang:` (default zh). */
function explicitLang(value: string | undefined): Lang | undefined {
  const v = value ?? process.env.GUIDE_LINT_LANG;
  return v === undefined || v === '' ? undefined : langOf(v);
}

interface ConfigFlags {
  config?: string;
  configCode?: boolean;
  lang?: string;
  preset?: PresetName;
  rule?: string[];
}

// What commander hands each action: option names camel-cased, `--no-x` as `x` (default true), --lang
// still a string (checked by langOf). Each matches the options declared on its command below.
type LintFlags = ConfigFlags & RunFlags & Omit<LintCommandOptions, 'lang' | 'debug'>;
type ScoreFlags = ConfigFlags & RunFlags & Omit<ScoreCommandOptions, 'lang'>;
type ServeFlags = Omit<ServeCommandOptions, 'lang'> & { lang?: string };
type InitFlags = Omit<InitOptions, 'cwd' | 'lang'> & { lang?: string };
interface LangFlags {
  lang?: string;
  color: boolean;
}

/** --config FILE and --no-config-code, for every command that reads the config. */
function withConfigOptions(cmd: Command): Command {
  return cmd
    .option(
      '-c, --config <file>',
      'config file (default: guide-lint.config.{yaml,yml,json,mjs} or .guidelintrc.{yaml,yml}, from the working folder upward)',
    )
    .option('--no-config-code', 'refuse executable config (.mjs config files, plugins): for untrusted repositories');
}

/** The run's config: preset → config file (extends, rules, overrides) → --rule flags. */
async function loadConfig(o: ConfigFlags & RunFlags): Promise<ResolvedConfig> {
  const { resolveConfig } = await import('./config/resolve-config.js');
  const flags: RunFlags = {
    reportUnusedDisableDirectives: o.reportUnusedDisableDirectives,
    encoding: o.encoding,
    inputFormat: o.inputFormat,
    allVersions: o.allVersions,
  };
  return resolveConfig({
    cwd: process.cwd(),
    preset: o.preset,
    lang: explicitLang(o.lang),
    cliRules: o.rule,
    configFile: o.config,
    allowCode: o.configCode !== false,
    flags,
  });
}

function colorOf(flag: boolean): boolean {
  if (!flag) return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- isTTY is undefined (not false) on a pipe
  return Boolean(process.stdout.isTTY);
}

function intOption(name: string) {
  return (v: string) => {
    if (!/^-?\d+$/.test(v)) throw new UsageError(`${name} expects an integer, got "${v}"`);
    return Number(v);
  };
}

function encodingOption(v: string): string {
  // iconv-lite names (gbk, gb18030, utf-8, utf-16le, big5 …); checked when the first CSV is read.
  if (!/^[\w.:-]{2,40}$/.test(v))
    throw new UsageError(`--encoding expects an encoding name such as gbk or utf-8, got "${v}"`);
  return v;
}

const THREADS_HELP = "worker threads: a number, or 'auto' (one per core on sets of 5,000 files or more; default 1)";

function threadsOption(v: string): number | 'auto' {
  if (v === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(v)) throw new UsageError(`--threads expects a positive integer or auto, got "${v}"`);
  return Number(v);
}

/**
 * A usage error is one line on stderr (commander's message, its "Did you mean" joined in) and a
 * pointer to the help, never the whole help text.
 */
export function usageLine(message: string, command?: string): string {
  const text = message
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  return `guide-lint: ${text} (see guide-lint ${command ? `${command} ` : ''}--help)\n`;
}

export function buildProgram(): Command {
  const program = new Command('guide-lint');
  program
    .description('Lint government service guides (政务服务事项办事指南) against the standardization checklist')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces of internal errors')
    .configureOutput({
      outputError: (str, write) => {
        write(usageLine(str));
      },
    })
    .exitOverride();

  const lintCommand = withConfigOptions(program.command('lint [paths...]', { isDefault: true }));
  // `lint` is the default command: the top-level help shows its options too.
  program.addHelpText(
    'after',
    () =>
      `\nLint options (guide-lint [paths...] [options]):\n${lintCommand.helpInformation().split(/^Options:\n/m)[1] ?? ''}${EXAMPLES}`,
  );
  lintCommand
    .description('lint guide files, folders or globs (default: .)')
    .addOption(
      new Option(
        '-f, --format <name>',
        'output format: stylish | json | sarif | junit | github | gitlab | html | xlsx (repeatable, pairs with --output; xlsx needs one)',
      )
        .argParser(collect)
        .default([]),
    )
    .addOption(
      new Option(
        '-o, --output <file>',
        'write the report to a file (repeatable; without its own --format, the format comes from the extension: .json .sarif .xml (junit) .html .xlsx, else stylish)',
      )
        .argParser(collect)
        .default([]),
    )
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', intOption('--max-warnings'))
    .option('--lang <lang>', 'message language: zh | en (default zh)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured)')
    .addOption(
      new Option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)')
        .argParser(collect)
        .default([]),
    )
    .addOption(
      new Option('--rule <id:severity>', 'set a rule severity: off | info | warning | error (repeatable)')
        .argParser(collect)
        .default([]),
    )
    .addOption(new Option('--preset <name>', 'rule preset').choices(['recommended', 'strict']))
    .option('--no-score', 'do not print the one-line scorecard summary')
    .option('--threads <n>', THREADS_HELP, threadsOption)
    .option('--fix', 'apply safe fixes to the input files (atomically; comments and layout kept)')
    .option('--fix-dry-run', 'print the fixes as a diff without writing')
    .option('--report-unused-disable-directives', 'report guide-lint-disable comments that suppress nothing')
    .option(
      '--encoding <name>',
      'encoding of CSV inputs (default: detected — UTF-8, UTF-8 with BOM, UTF-16 or GB18030/GBK)',
      encodingOption,
    )
    .option('--annotate <dir>', 'write a copy of each spreadsheet input to DIR with a comment on every offending cell')
    .addOption(
      new Option(
        '--input-format <format>',
        'how to read JSON inputs: auto (by content) | guide | exchange (exported records, docs/import.md)',
      ).choices(['auto', 'guide', 'exchange']),
    )
    .option('--all-versions', "exported records: lint every record, not only each item's highest task_version")
    .option('--baseline <file>', 'suppress (and count) the findings recorded in this baseline file; report new ones')
    .option(
      '--update-baseline',
      'record all current findings in the baseline (--baseline FILE, default guide-lint-baseline.json)',
    )
    .option('--cache', 'do not lint again files unchanged since the last --cache run')
    .option('--cache-location <path>', 'the cache file, or a folder for .guidelintcache (default ./.guidelintcache)')
    .option('--allow-empty', 'pass when no guide was checked (by default that exits 2)')
    .option(
      '--shard <i/n>',
      'lint only shard i of n (a stable split by file path); with --format shard -o FILE, join the shards with guide-lint merge',
      parseShardSpec,
    )
    .action(async (paths: string[], o: LintFlags) => {
      const { runLint } = await import('./commands/lint.js');
      const config = await loadConfig(o);
      const lang = config.lang;
      process.exitCode = await runLint(
        paths,
        {
          format: o.format,
          output: o.output,
          quiet: o.quiet,
          maxWarnings: o.maxWarnings,
          lang,
          color: colorOf(o.color),
          ignorePattern: o.ignorePattern,
          score: o.score,
          threads: o.threads,
          fix: o.fix,
          fixDryRun: o.fixDryRun,
          annotate: o.annotate,
          baseline: o.baseline,
          updateBaseline: o.updateBaseline,
          cache: o.cache,
          cacheLocation: o.cacheLocation,
          debug: Boolean(program.opts<{ debug?: boolean }>().debug),
          allowEmpty: o.allowEmpty,
          shard: o.shard,
        },
        config,
      );
    });

  withConfigOptions(program.command('score [paths...]'))
    .description('scorecard of checklist items 1–11 (and 23, 24) against their targets, per department or level')
    .option('--power-list <file>', 'the power list (权责清单: xlsx, xls, csv, yaml or json) for items 7 and 9')
    .addOption(
      new Option(
        '--by <view>',
        'breakdown: department | level | none (repeatable or comma-separated; default department)',
      )
        .argParser(collect)
        .default([]),
    )
    .option('-f, --format <name>', 'table | json | html | xlsx | shard (with --shard)', 'table')
    .option('-o, --output <file>', 'write the score to a file (required for xlsx)')
    .option('--fail-under', 'exit 1 when any measure misses its target (for CI)')
    .option('--lang <lang>', 'zh | en (default zh)')
    .option('--no-color', 'no colours')
    .addOption(
      new Option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)')
        .argParser(collect)
        .default([]),
    )
    .option('--threads <n>', THREADS_HELP, threadsOption)
    .option(
      '--shard <i/n>',
      'summaries of shard i of n only, written with --format shard -o FILE; score them with guide-lint merge --score',
      parseShardSpec,
    )
    .addOption(
      new Option('--input-format <format>', 'how to read JSON inputs: auto | guide | exchange').choices([
        'auto',
        'guide',
        'exchange',
      ]),
    )
    .option('--all-versions', "exported records: score every record, not only each item's highest task_version")
    .action(async (paths: string[], o: ScoreFlags) => {
      const { runScore } = await import('./commands/score.js');
      const config = await loadConfig(o);
      const lang = config.lang;
      process.exitCode = await runScore(
        paths,
        {
          powerList: o.powerList,
          by: o.by,
          format: o.format,
          output: o.output,
          failUnder: o.failUnder,
          lang,
          color: colorOf(o.color),
          ignorePattern: o.ignorePattern,
          threads: o.threads,
          shard: o.shard,
        },
        config,
      );
    });

  program
    .command('merge <shards...>')
    .description(
      'join shard results (--shard i/n --format shard) into the report, or with --score the scorecard, of one run',
    )
    .addOption(
      new Option(
        '-f, --format <name>',
        'report format (repeatable, pairs with --output); with --score: table | json | html | xlsx',
      )
        .argParser(collect)
        .default([]),
    )
    .addOption(new Option('-o, --output <file>', 'write to a file (repeatable)').argParser(collect).default([]))
    .option('--score', 'print the scorecard of the whole set instead of the report')
    .option('--no-score', 'no one-line scorecard summary under a stylish report')
    .addOption(new Option('--by <view>', 'with --score: department | level | none').argParser(collect).default([]))
    .option('--power-list <file>', 'with --score: the power list (权责清单) for items 7 and 9')
    .option('--fail-under', 'with --score: exit 1 when any measure misses its target')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', intOption('--max-warnings'))
    .option(
      '--baseline <file>',
      'suppress the findings recorded in this baseline (default: the one the shards were given)',
    )
    .option('--update-baseline', 'record all findings of the merged run in the baseline')
    .option('--allow-empty', 'pass when no guide was checked (by default that exits 2)')
    .option('--no-color', 'no colours')
    .action(async (shards: string[], o: MergeCommandOptions) => {
      const { runMerge } = await import('./commands/merge.js');
      process.exitCode = await runMerge(shards, {
        format: o.format,
        output: o.output,
        score: o.score,
        by: o.by,
        powerList: o.powerList,
        failUnder: o.failUnder,
        quiet: o.quiet,
        maxWarnings: o.maxWarnings,
        baseline: o.baseline,
        updateBaseline: o.updateBaseline,
        allowEmpty: o.allowEmpty,
        color: colorOf(o.color),
      });
    });

  withConfigOptions(program.command('serve'))
    .description(
      'a local web page: drop guide files, see the findings, download the annotated copy and the scorecard (127.0.0.1 only)',
    )
    .option('--port <n>', 'port (default 8023, or any free port when it is taken)', intOption('--port'))
    .option('--host <address>', 'address to listen on (loopback only unless --allow-remote)', '127.0.0.1')
    .option('--allow-remote', 'allow a non-loopback --host (the page is then reachable from other machines)')
    .option('--open', 'open the page in the default browser')
    .option('--max-upload <MB>', 'size limit of one upload in megabytes (default 200)', Number)
    .addOption(new Option('--preset <name>', 'rule preset (the page can switch)').choices(['recommended', 'strict']))
    .option('--lang <lang>', 'language of the page and messages: zh | en (default zh; the page can switch)')
    .action(async (o: ServeFlags) => {
      const { runServe } = await import('./commands/serve.js');
      process.exitCode = await runServe({
        port: o.port,
        host: o.host,
        allowRemote: o.allowRemote,
        open: o.open,
        maxUpload: o.maxUpload,
        config: o.config,
        configCode: o.configCode,
        preset: o.preset,
        lang: explicitLang(o.lang),
      });
    });

  program
    .command('rules')
    .description('list the rules: id, checklist item, default severity, fixable, what it checks')
    .option('--lang <lang>', 'zh | en')
    .option('--format <name>', 'table | json', 'table')
    .action(async (o: { lang?: string; format: string }) => {
      const { printRules } = await import('./commands/rules.js');
      process.stdout.write(printRules(langOf(o.lang), o.format));
    });

  program
    .command('template')
    .description('write an empty implementation-list workbook that guide-lint reads back')
    .option('-o, --output <file>', 'the .xlsx file to write (default: 实施清单模板.xlsx, never overwritten)')
    .option('--lang <lang>', 'language of the notes row: zh | en (default zh)')
    .action(async (o: { output?: string; lang?: string }) => {
      const { runTemplate } = await import('./commands/template.js');
      process.stdout.write(await runTemplate(process.cwd(), o.output, langOf(o.lang)));
    });

  withConfigOptions(program.command('convert <export>'))
    .description(
      'write one YAML guide per item of an export (exchange records, docs/import.md), each element commented with its source field',
    )
    .requiredOption('-o, --output <dir>', 'folder to write the guides to')
    .addOption(new Option('--input-format <format>', 'auto | exchange').choices(['auto', 'exchange']))
    .option('--all-versions', 'one guide per record, not only per item at its highest task_version')
    .option('--lang <lang>', 'zh | en')
    .action(async (file: string, o: ConfigFlags & RunFlags & { output: string }) => {
      const { runConvert } = await import('./commands/convert.js');
      const config = await loadConfig(o);
      process.exitCode = await runConvert(resolve(process.cwd(), file), resolve(process.cwd(), o.output), config);
    });

  program
    .command('explain <rule>')
    .description("print a rule's documentation: what it checks, its messages, examples and options")
    .option('--lang <lang>', 'zh | en (default zh)')
    .option('--no-color', 'no colours')
    .action(async (id: string, o: LangFlags) => {
      const { explain } = await import('./format/explain.js');
      process.stdout.write(explain(id, langOf(o.lang), colorOf(o.color)));
    });

  program
    .command('schema')
    .description('print the guide JSON Schema (for editors: # yaml-language-server: $schema=…)')
    .option('--path', 'print the schema file path instead of its content')
    .option('--config', 'the config file schema (guide-lint.config.yaml) instead of the guide schema')
    .action(async (o: { path?: boolean; config?: boolean }) => {
      if (o.config) {
        const [{ CONFIG_SCHEMA_FILE }, { readFile }] = await Promise.all([
          import('./config/schema.js'),
          import('node:fs/promises'),
        ]);
        process.stdout.write(o.path ? `${CONFIG_SCHEMA_FILE}\n` : await readFile(CONFIG_SCHEMA_FILE, 'utf8'));
        return;
      }
      const { printSchema } = await import('./commands/rules.js');
      process.stdout.write(await printSchema(Boolean(o.path)));
    });

  withConfigOptions(
    program
      .command('print-config <file>')
      .description(
        'print the configuration that applies to a file, as JSON (config file, presets, overrides, every rule)',
      ),
  )
    .addOption(
      new Option('--rule <id:severity>', 'set a rule severity (repeatable), as for lint')
        .argParser(collect)
        .default([]),
    )
    .addOption(new Option('--preset <name>', 'rule preset').choices(['recommended', 'strict']))
    .option('--lang <lang>', 'zh | en')
    .action(async (file: string, o: ConfigFlags) => {
      const config = await loadConfig(o);
      const { printConfig } = await import('./commands/print-config.js');
      process.stdout.write(printConfig(config, file));
    });

  program
    .command('lsp')
    .description('language server for editors (VS Code, Neovim, Helix …), on standard input and output')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .option('--lang <lang>', 'message language: zh | en (default: config `lang:`, else zh)')
    .option('--no-config-code', 'refuse executable config (.mjs config files, plugins)')
    .action(async (o: { lang?: string; configCode?: boolean }) => {
      const { runLsp } = await import('./commands/lsp.js');
      await runLsp({ lang: explicitLang(o.lang), allowCode: o.configCode !== false });
    });

  program
    .command('init')
    .description('write a starter guide-lint.config.yaml, and a CI workflow with --ci')
    .addOption(new Option('--format <name>', 'config file format').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('--preset <name>', 'rule preset').choices(['recommended', 'strict']).default('recommended'))
    .addOption(
      new Option(
        '--ci <provider>',
        'also write a CI workflow: github (.github/workflows/guide-lint.yml) | gitlab (.gitlab-ci.yml)',
      ).choices(['github', 'gitlab']),
    )
    .option('--path <folder>', 'folder the CI job lints (default: guides/ when it exists, else .)')
    .option(
      '--from <source>',
      'where the CI job installs guide-lint from: a tarball path or URL (default ./tools/guide-lint-VERSION.tgz), a git URL, or npm',
    )
    .option(
      '--shards <n>',
      'with --ci: lint in n parallel jobs (--shard i/n) and merge their results in one more job',
      intOption('--shards'),
    )
    .option('--force', 'overwrite the files this invocation writes (an existing config is kept with --ci)')
    .option('--lang <lang>', 'zh | en')
    .action(async (o: InitFlags) => {
      const { runInit } = await import('./commands/init.js');
      if (o.shards !== undefined && (o.shards < 1 || o.shards > 256))
        throw new UsageError(`--shards expects 1 to 256, got ${o.shards}`);
      if (o.shards !== undefined && !o.ci)
        throw new UsageError('--shards writes a split CI workflow: give --ci github or --ci gitlab');
      process.stdout.write(
        await runInit({
          shards: o.shards,
          cwd: process.cwd(),
          format: o.format,
          preset: o.preset,
          ci: o.ci,
          path: o.path,
          force: o.force,
          lang: langOf(o.lang),
          from: o.from,
        }),
      );
    });

  // The default command's help is the top-level help; the others point at their own.
  for (const cmd of program.commands) {
    const name = cmd.name() === 'lint' ? undefined : cmd.name();
    cmd.configureOutput({
      outputError: (str, write) => {
        write(usageLine(str, name));
      },
    });
  }
  return program;
}

/**
 * Last-resort guards of the exit code (issue 8: an internal error exits 2, never 0 or 1): an
 * exception nothing caught (a plugin's timer), and the process ending before the command finished
 * (a plugin calling process.exit(), a promise that never settles).
 */
function guardExit(debug: boolean): { done(): void } {
  let finished = false;
  const fatal = (err: unknown) => {
    const e = err as Error | undefined;
    process.stderr.write(`guide-lint: internal error: ${e?.message ?? String(err)}\n`);
    if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  process.on('exit', (code) => {
    if (finished || code === 2) return;
    process.stderr.write(
      `guide-lint: internal error: the process was ended before the command finished (exit code ${code})\n`,
    );
    process.exitCode = 2;
  });
  return { done: () => void (finished = true) };
}

/**
 * Standard output or error closed early (`guide-lint … | head`): stop writing to it and finish the
 * run quietly, with the exit code it would have had (no "internal error: write EPIPE").
 */
function quietClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
      stream.write = () => true;
    });
  }
}

/**
 * Ctrl-C (SIGINT) or SIGTERM: remove the temporary files of writes in progress (reports, cache,
 * --fix), then exit 130 (143), which ends the worker threads with the process.
 */
function stopOnSignals(guard: { done(): void }, argv: string[]): void {
  const stop = async (signal: NodeJS.Signals) => {
    if ((await import('./util/signals.js')).signalsClaimed()) return;
    guard.done();
    (await import('./util/atomic-write.js')).removeTempFiles();
    const en =
      argv[argv.indexOf('--lang') + 1] === 'en' || (!argv.includes('--lang') && process.env.GUIDE_LINT_LANG === 'en');
    process.stderr.write(en ? `guide-lint: interrupted (${signal})\n` : `guide-lint: 已中断（${signal}）\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', (s) => void stop(s));
  process.once('SIGTERM', (s) => void stop(s));
}

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  const guard = guardExit(debug);
  quietClosedPipes();
  stopOnSignals(guard, argv);
  try {
    await buildProgram().parseAsync(argv);
    guard.done();
  } catch (err) {
    guard.done();
    if (err instanceof CommanderError) {
      // help and version exit 0; every usage error exits 2 (commander already printed it).
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    const e = err as Error;
    process.stderr.write(`guide-lint: ${e.message}\n`);
    if (debug && !(err instanceof UsageError)) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  }
}
