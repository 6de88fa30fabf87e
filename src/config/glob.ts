// A small glob matcher for config `overrides[].files` and `ignore` (gitignore-style, relative to
// the config file's folder). Dependency-free: it runs in every worker thread, and fast-glob has no
// matcher API (its micromatch is not ours to import; path.matchesGlob is experimental on Node 20).
//
//   *  any characters but "/"      **  any folders (also none)      ?  one character
//   [abc] [!a-z]  a class          {a,b}  alternatives              \x  a literal x
//
// gitignore semantics: a pattern without "/" (other than a trailing one) matches a name at any
// depth; with one, it is anchored at the base folder; a leading "/" anchors too; a folder pattern
// matches everything below it; a leading "!" re-includes what an earlier pattern matched.

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function classAt(glob: string, i: number): [string, number] | undefined {
  let j = i + 1;
  let negate = false;
  if (glob[j] === '!' || glob[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  const start = j;
  for (; j < glob.length; j++) {
    const c = glob[j]!;
    if (c === ']' && j > start) return [`[${negate ? '^' : ''}${body}]`, j];
    if (c === '\\' && j + 1 < glob.length) {
      body += `\\${glob[++j]}`;
      continue;
    }
    body += c === '^' || c === '[' || c === '\\' ? `\\${c}` : c;
  }
  return undefined;
}

/** The alternatives of the brace group starting at i (top-level commas only), and its end. */
function bracesAt(glob: string, i: number): [string[], number] | undefined {
  let depth = 0;
  const parts: string[] = [];
  let cur = '';
  for (let j = i; j < glob.length; j++) {
    const c = glob[j]!;
    if (c === '\\' && j + 1 < glob.length) {
      cur += c + glob[++j];
      continue;
    }
    if (c === '{') {
      if (depth++ === 0) continue;
    } else if (c === '}') {
      if (--depth === 0) {
        parts.push(cur);
        return parts.length > 1 ? [parts, j] : undefined;
      }
    } else if (c === ',' && depth === 1) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  return undefined;
}

function source(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const before = i === 0 || glob[i - 1] === '/';
        const after = glob[i + 2];
        if (before && after === '/') {
          out += '(?:[^/]*/)*'; // "**/": any folders, also none
          i += 2;
          continue;
        }
        if (before && after === undefined) {
          out += '.*';
          i += 1;
          continue;
        }
      }
      while (glob[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const cls = classAt(glob, i);
      if (cls) {
        out += cls[0];
        i = cls[1];
      } else out += '\\[';
    } else if (c === '{') {
      const alt = bracesAt(glob, i);
      if (alt) {
        out += `(?:${alt[0].map(source).join('|')})`;
        i = alt[1];
      } else out += '\\{';
    } else if (c === '\\' && i + 1 < glob.length) {
      out += glob[++i]!.replace(SPECIAL, '\\$&');
    } else out += c.replace(SPECIAL, '\\$&');
  }
  return out;
}

/** A glob → a RegExp over a "/"-separated relative path (case-insensitive, as file discovery is). */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${source(glob)}$`, 'i');
}

interface Compiled {
  negate: boolean;
  re: RegExp;
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
  return { negate, re: new RegExp(`^${source(base)}(?:/.*)?$`, 'i') };
}

/** gitignore-style patterns → a predicate over "/"-separated paths relative to the base folder. */
export function gitignoreMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const compiled = patterns.map(compileGitignore).filter((c): c is Compiled => c !== undefined);
  return (rel: string) => {
    if (rel === '' || rel.startsWith('../') || rel === '..') return false;
    let hit = false;
    for (const c of compiled) if (c.negate === hit && c.re.test(rel)) hit = !c.negate;
    return hit;
  };
}
