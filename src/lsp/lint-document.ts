// One open document through the engine: its text as the editor has it (not the file on disk),
// loaded by the same loaders and linted by lintLoaded with the config that applies to its path.

import { dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintLoaded, INTERNAL_ERROR, type FileResult } from '../engine/lint-file.js';
import { DEFAULT_MAX_BYTES } from '../load/read.js';
import { loadText } from '../load/index.js';
import { ENGINE_MESSAGES, localize } from '../engine/messages.js';
import { forgetStats } from '../engine/stat-cache.js';
import type { Finding, Lang } from '../model/types.js';
import type { ConfigOutcome } from './configs.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { namesOf } from '../model/elements.js';
import { defined } from '../util/defined.js';

/** What the server lints: YAML and JSON guides (spreadsheets are not edited as text). */
export const LINTED_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The path of a file: URI (undefined for untitled: and other schemes). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isGuideFile(path: string): boolean {
  return LINTED_EXTENSIONS.includes(extname(path).toLowerCase());
}

let guideKey: RegExp | undefined;

/**
 * Whether a YAML or JSON text is a guide (some top-level element key of the dictionary, canonical or
 * synonym, starts a line): editors open workflow files, package.json … which are not linted.
 */
export function looksLikeGuide(text: string): boolean {
  guideKey ??= new RegExp(`^[ \\t[{]*(?:-[ \\t]+)?["']?(?:${namesOf('guide').join('|')})["']?[ \\t]*:`, 'm');
  return guideKey.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}

/**
 * Whether the server lints a document: a guide, or (JSON) exported records in an import profile's
 * field set, detected as the CLI detects them (or forced by config `inputFormat: exchange`).
 */
export async function isLintable(absFile: string, text: string, config: ResolvedConfig | undefined): Promise<boolean> {
  if (looksLikeGuide(text)) return true;
  if (extname(absFile).toLowerCase() !== '.json' || config?.inputFormat === 'guide') return false;
  if (config?.inputFormat === 'exchange') return true;
  const { exchangeProfile } = await import('../load/index.js');
  return (await exchangeProfile(text, { import: config?.import })) !== undefined;
}

export interface DocumentLint {
  findings: Finding[];
  /** The text the findings' offsets refer to (the document's, without a byte order mark). */
  text: string;
  /** 1 when the document starts with a byte order mark: columns of line 1 and offsets shift by it. */
  bom: number;
  json: boolean;
  /** Rule crashes and load failures, for the server's log. */
  internalErrors: string[];
  /** Milliseconds spent in load + rules. */
  ms: number;
  /** Not linted: too large (hovers and completion stay off too). */
  refused: boolean;
}

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function fileFinding(ruleId: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, item: null, severity, message, file: '', ...FILE_START, path: [], guide: null };
}

export async function lintDocument(
  absFile: string,
  rawText: string,
  outcome: ConfigOutcome,
  lang: Lang,
): Promise<DocumentLint> {
  // process.hrtime, not performance.now(): the first use of the `performance` global loads Node's
  // perf_hooks internals, a tenth of the instructions before the first diagnostics.
  const t0 = process.hrtime.bigint();
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? rawText.slice(1) : rawText;
  const json = extname(absFile).toLowerCase() === '.json';
  const done = (findings: Finding[], internalErrors: string[] = [], refused = false): DocumentLint => ({
    findings,
    text,
    bom,
    json,
    internalErrors,
    ms: Number(process.hrtime.bigint() - t0) / 1e6,
    refused,
  });
  if (!outcome.ok) {
    const msg =
      lang === 'zh'
        ? `配置文件有误，未检查此文件：${outcome.message}`
        : `the config file is invalid, this file was not linted: ${outcome.message}`;
    return done([fileFinding('config-error', msg)]);
  }
  const { config, rules } = outcome.value;
  const limit = config.maxBytes ?? DEFAULT_MAX_BYTES;
  // Cheap bound first: a UTF-8 byte is at most 3 per UTF-16 unit.
  const size = text.length * 3 > limit ? Buffer.byteLength(text, 'utf8') : 0;
  if (size > limit)
    return done(
      [
        fileFinding(
          'parse-error',
          localize(defined(ENGINE_MESSAGES.tooLarge), config.lang, { size, limit }),
          'warning',
        ),
      ],
      [],
      true,
    );
  // Forms appear and disappear while the server runs: stat them afresh for every lint.
  forgetStats();
  try {
    // The CLI's load options (lint-file.ts): exported records are read with the config's import profile.
    const loaded = await loadText(absFile, text, {
      maxBytes: limit,
      inputFormat: config.inputFormat,
      import: config.import,
      allVersions: config.allVersions,
    });
    const r: FileResult = lintLoaded(absFile, loaded, { cwd: dirname(absFile), config, rules });
    return done(r.findings, r.internalErrors);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return done(
      [fileFinding(INTERNAL_ERROR, localize(defined(ENGINE_MESSAGES.internal), config.lang, { reason }))],
      [reason],
    );
  }
}
