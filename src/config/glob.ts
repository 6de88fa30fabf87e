// guide-lint's one pattern dialect: gitignore's. Patterns are relative to a base folder (the config
// file's, or the working folder for .guidelintignore and --ignore-pattern); paths are matched in
// "/"-separated form relative to it. As ESLint did, ignore patterns go through the `ignore` package
// (git's rules exactly) and `overrides[].files` through picomatch:
//
//   *  any characters but "/"      **  any folders (also none)      ?  one character
//   [abc] [!a-z]  a class          \x  a literal x (a backslash is an escape, never a separator)
//   name   at any depth            a/b, /a  anchored at the base    dir/  a folder and all below it
//
// `ignore`: "!" re-includes what an earlier pattern ignored, but never below an ignored folder (as
// in git). `files`: also {a,b}; "!" excludes what an earlier pattern matched, file by file.

import ignore from 'ignore';
import picomatch from 'picomatch';
import { defined } from '../util/defined.js';

/** Whether a "/"-separated path from path.relative() leaves its base folder ("../…", or an absolute
 * path on another drive). */
export const leavesBase = (rel: string) => rel === '..' || rel.startsWith('../') || /^(?:\/|[a-z]:\/)/i.test(rel);

const outside = (rel: string) => rel === '' || leavesBase(rel);

/**
 * gitignore patterns (the lines of an ignore file) → whether a path relative to their base folder is
 * ignored. A folder is asked with a trailing "/"; paths outside the base folder never are.
 */
export function ignoreMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const ig = ignore({ ignorecase: true }).add(patterns);
  return (rel) => !outside(rel) && ig.ignores(rel);
}

/** Case-insensitive (as file discovery is); "*" also matches names starting with a dot; only the
 * syntax above (no extglobs, no whole-pattern "!": the list's "!" is handled below). */
const OPTIONS: picomatch.PicomatchOptions = { nocase: true, dot: true, noextglob: true, nonegate: true };

/** Characters picomatch reads as regex or extglob syntax, literal in gitignore. */
const LITERAL = new Set(['(', ')', '|', '+', '@', '!']);

/** The glob in picomatch's terms: "[!…]" as "[^…]", and LITERAL characters escaped outside classes. */
function dialect(glob: string): string {
  // A leading "." segment stays literal (picomatch would drop a leading "./").
  let out = /^\.(?:\/|$)/.test(glob) ? '\\' : '';
  for (let i = 0; i < glob.length; i++) {
    const c = defined(glob[i]);
    if (c === '\\' && i + 1 < glob.length) {
      out += c + defined(glob[++i]);
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, end);
      out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else out += LITERAL.has(c) ? `\\${c}` : c;
  }
  return out;
}

/** A glob → a RegExp over a "/"-separated relative path. */
function globToRegExp(glob: string): RegExp {
  const re = picomatch.makeRe(dialect(glob), OPTIONS);
  if (!glob.endsWith('/**') || glob.length < 4 || glob.endsWith('**/**')) return re;
  // "dir/**" is what is below dir, not dir itself (picomatch matches both).
  const self = picomatch.makeRe(dialect(glob.slice(0, -3)), OPTIONS);
  return new RegExp(`(?=${re.source})(?!${self.source})`, re.flags);
}

interface Compiled {
  negate: boolean;
  test: (rel: string) => boolean;
}

function compileFilesPattern(pattern: string): Compiled | undefined {
  let p = pattern.trim();
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  const anchored = p.startsWith('/');
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  if (!p) return undefined;
  const base = anchored || p.includes('/') ? p : `**/${p}`;
  // The path itself, or anything below it (a folder pattern covers the whole folder).
  const self = globToRegExp(base);
  if (base.endsWith('/**')) return { negate, test: (rel) => self.test(rel) };
  const below = globToRegExp(`${base}/**`);
  return { negate, test: (rel) => self.test(rel) || below.test(rel) };
}

/** `overrides[].files` globs → whether a file's path relative to their base folder matches. */
export function filesMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const compiled = patterns.map(compileFilesPattern).filter((c): c is Compiled => c !== undefined);
  return (rel: string) => {
    if (outside(rel)) return false;
    let hit = false;
    for (const c of compiled) if (c.negate === hit && c.test(rel)) hit = !c.negate;
    return hit;
  };
}
