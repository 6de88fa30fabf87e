// Paths relative to a root, "/"-separated, for many files under that root: the split of a shard
// and the walk compute one for each of 100,000s of files, and path.relative() resolves both paths
// every time. A path under the root is its tail; any other goes through path.relative().

import { relative, sep } from 'node:path';

/** A function giving each absolute path relative to `root`, "/"-separated (as path.relative would). */
export function relativeFrom(root: string): (abs: string) => string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  const slow = (abs: string) => relative(root, abs).split(sep).join('/');
  // The tail is path.relative()'s answer only for a normalized path
  // (no "." or ".." segments, no doubled or trailing separator).
  const odd = sep === '/' ? /\/\.{1,2}(?:\/|$)|\/\/|\/$/ : /[\\/]\.{1,2}(?:[\\/]|$)|[\\/][\\/]|[\\/]$|\//;
  return (abs) => {
    if (!abs.startsWith(prefix) || abs.length === prefix.length || odd.test(abs)) return slow(abs);
    const tail = abs.slice(prefix.length);
    return sep === '/' ? tail : tail.split(sep).join('/');
  };
}
