// Bounded memoisation for the pure value parsers. A set of guides repeats the same strings (a
// department's phone, office hours and address appear in every one of its guides), so each
// distinct string is parsed once. Results are shared: callers must treat them as read-only.
// A new entry is made from a copy of the input (see detach): the table must not keep whole files.

import { detach } from '../util/detach.js';

const LIMIT = 4_096;

/** Stands for a parser's `undefined` in a table, so a miss costs one lookup, not two. */
const UNDEFINED = Symbol('undefined');

export function memoizeText<T>(fn: (input: string) => T): (input: string) => T {
  const cache = new Map<string, T | typeof UNDEFINED>();
  return (input: string) => {
    const hit = cache.get(input);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const key = typeof input === 'string' ? detach(input) : input; // callers may pass other values by mistake
    const made = fn(key);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, made === undefined ? UNDEFINED : made);
    return made;
  };
}

/** For parsers taking any value: strings and numbers are memoised, other inputs are not. */
export function memoizeValue<T>(fn: (input: unknown) => T): (input: unknown) => T {
  const byString = memoizeText((s: string) => fn(s));
  const byNumber = memoizeText((s: string) => fn(Number(s)));
  return (input: unknown) =>
    typeof input === 'string' ? byString(input) : typeof input === 'number' ? byNumber(String(input)) : fn(input);
}
