// Where an `extends` or `plugins` entry points: a path relative to the config file that names it,
// or an npm package found in node_modules from that folder upward (its "exports" — import, node
// or default condition — else "main", else index.js, else a guide-lint config file at its root).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { configFilesIn } from './load.js';
import { defined } from '../util/defined.js';

export function isPathSpecifier(spec: string): boolean {
  return (
    spec.startsWith('./') ||
    spec.startsWith('../') ||
    spec === '.' ||
    spec === '..' ||
    isAbsolute(spec) ||
    /^[A-Za-z]:[\\/]/.test(spec) ||
    spec.startsWith('.\\') ||
    spec.startsWith('..\\')
  );
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** A file, or a folder holding a config file (for `extends`) or an index.js/index.mjs (plugins). */
function fileOrFolder(p: string, kind: 'config' | 'plugin'): string | undefined {
  if (isFile(p)) return p;
  if (isDir(p)) {
    if (kind === 'config') return configFilesIn(p)[0];
    return ['index.mjs', 'index.js'].map((n) => join(p, n)).find(isFile);
  }
  return undefined;
}

function splitPackage(spec: string): [name: string, subpath: string] | undefined {
  const m = /^((?:@[^/\\]+\/)?[^/\\@][^/\\]*)(?:[/\\](.*))?$/.exec(spec);
  return m ? [defined(m[1]), m[2] ?? ''] : undefined;
}

function conditional(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const hit = conditional(t);
      if (hit) return hit;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    const o = target as Record<string, unknown>;
    for (const k of ['import', 'node', 'default', 'require'])
      if (Object.hasOwn(o, k)) {
        const hit = conditional(o[k]);
        if (hit) return hit;
      }
  }
  return undefined;
}

function packageEntry(pkgDir: string, subpath: string, kind: 'config' | 'plugin'): string | undefined {
  let pkg: { exports?: unknown; main?: unknown };
  try {
    pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as typeof pkg;
  } catch {
    pkg = {};
  }
  const key = subpath ? `./${subpath}` : '.';
  const exp = pkg.exports;
  if (exp !== undefined && exp !== null) {
    const map =
      typeof exp === 'object' && !Array.isArray(exp) && Object.keys(exp).some((k) => k.startsWith('.'))
        ? (exp as Record<string, unknown>)
        : { '.': exp };
    const target = Object.hasOwn(map, key) ? conditional(map[key]) : undefined;
    if (target) return fileOrFolder(resolve(pkgDir, target), kind);
  }
  if (subpath) return fileOrFolder(resolve(pkgDir, subpath), kind);
  if (typeof pkg.main === 'string') {
    const main = fileOrFolder(resolve(pkgDir, pkg.main), kind);
    if (main) return main;
  }
  return (
    ['index.mjs', 'index.js'].map((n) => join(pkgDir, n)).find(isFile) ??
    (kind === 'config' ? configFilesIn(pkgDir)[0] : undefined)
  );
}

/** The absolute file an entry names, or an Error saying why there is none. */
export function resolveSpecifier(spec: string, fromDir: string, kind: 'config' | 'plugin'): string | Error {
  if (isPathSpecifier(spec)) {
    const abs = resolve(fromDir, spec);
    if (!existsSync(abs)) return new Error(`${abs} does not exist`);
    return (
      fileOrFolder(abs, kind) ??
      new Error(kind === 'config' ? `no config file in ${abs}` : `no index.mjs or index.js in ${abs}`)
    );
  }
  const parts = splitPackage(spec);
  if (!parts) return new Error('not a path (start it with ./) nor an npm package name');
  const [name, subpath] = parts;
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', name);
    if (isDir(pkgDir)) {
      const hit = packageEntry(pkgDir, subpath, kind);
      if (hit) return hit;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  try {
    return createRequire(join(fromDir, 'noop.js')).resolve(spec);
  } catch {
    return new Error(`package "${name}" is not installed (npm install --save-dev ${name})`);
  }
}
