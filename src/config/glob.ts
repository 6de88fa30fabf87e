// Globs of config `overrides[].files` and `ignore` (gitignore-style, relative to the config file's
// folder), matched with picomatch (the matcher of micromatch, fast-glob and ESLint's flat config):
//
//   *  any characters but "/"      **  any folders (also none)      ?  one character
//   [abc] [!a-z]  a class          {a,b}  alternatives              \x  a literal x
//
// gitignore semantics on top: a pattern without "/" (other than a trailing one) matches a name at
// any depth; with one, it is anchored at the base folder; a leading "/" anchors too; a folder
// pattern matches everything below it; a leading "!" re-includes what an earlier pattern matched.

import picomatch from 'picomatch';
import { defined } from '../util/defined.js';

/** Case-insensitive (as file discovery is); "*" also matches names starting with a dot; only the
 * syntax above (no extglobs, no whole-pattern "!": gitignore's "!" is handled below). */
const OPTIONS: picomatch.PicomatchOptions = { nocase: true, dot: true, noextglob: true, nonegate: true };

/** Characters picomatch reads as regex or extglob syntax, literal in this dialect. */
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
export function globToRegExp(glob: string): RegExp {
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

function compileGitignore(pattern: string): Compiled | undefined {
  let p = pattern.trim().replace(/\\(?=[^*?[\]{}!\\])/g, '/');
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  const anchored = p.startsWith('/');
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  if (!p) return undefined;
  const base = anchored || p.includes('/') ? p : `**/${p}`;
  // The path itself, or anything below it (a folder pattern ignores the whole folder).
  const self = globToRegExp(base);
  if (base.endsWith('/**')) return { negate, test: (rel) => self.test(rel) };
  const below = globToRegExp(`${base}/**`);
  return { negate, test: (rel) => self.test(rel) || below.test(rel) };
}

/** gitignore-style patterns → a predicate over "/"-separated paths relative to the base folder. */
export function gitignoreMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const compiled = patterns.map(compileGitignore).filter((c): c is Compiled => c !== undefined);
  return (rel: string) => {
    if (rel === '' || rel.startsWith('../') || rel === '..') return false;
    let hit = false;
    for (const c of compiled) if (c.negate === hit && c.test(rel)) hit = !c.negate;
    return hit;
  };
}
