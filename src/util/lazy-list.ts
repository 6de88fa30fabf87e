// An array whose elements are made when read: `make(from[i])` on each access, never stored. A
// scorecard of a national set names millions of offenders (every guide of every missed measure, for
// the whole set and again per department and level); printed one at a time, they are garbage as
// soon as they are written, so the scorecard holds only the lists of guides they are made from.
// A Proxy over an empty array of the same length, so that Array.isArray, the array methods,
// iteration, JSON.stringify and deep equality see an ordinary read-only array.

const indexOf = (key: string | symbol, length: number): number => {
  if (typeof key !== 'string' || key === '' || key.length > 10) return -1;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < length && String(n) === key ? n : -1;
};

/** The key under which a lazy list gives its reader of element i (elementReader). */
const READER = Symbol('lazy list reader');

export function lazyList<S, T>(from: ArrayLike<S>, make: (s: S) => T): T[] {
  if (from.length === 0) return [];
  const length = from.length;
  const read = (i: number): T => make(from[i] as S);
  // An empty target, its length reported by the traps: set on the array, a length up to ~500,000
  // would get storage for as many holes (8 bytes each; every department's offenders of every measure).
  const target: T[] = [];
  const readOnly = () => {
    throw new TypeError('a lazy list is read-only');
  };
  return new Proxy(target, {
    get(t, key, receiver): unknown {
      if (key === 'length') return length;
      if (key === READER) return read;
      const i = indexOf(key, length);
      return i >= 0 ? read(i) : Reflect.get(t, key, receiver);
    },
    has(t, key) {
      return indexOf(key, length) >= 0 || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      if (key === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(key, length);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(t, key);
      return { value: make(from[i] as S), writable: false, enumerable: true, configurable: true };
    },
    ownKeys(t) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(t)];
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
}

/**
 * A reader of a list's elements by number: a lazy list's own, which skips what `list[i]` costs on a
 * Proxy (i made into a property key, the trap, the key parsed back); plain indexing otherwise. A
 * national scorecard's JSON reads millions of offenders: this way about half the time.
 */
export function elementReader<T>(list: readonly T[]): (i: number) => T {
  const read = (list as unknown as Record<symbol, unknown>)[READER];
  return typeof read === 'function' ? (read as (i: number) => T) : (i) => list[i] as T;
}

/**
 * The elements of `list` for which `keep` holds, made into T when read: the list keeps their
 * positions only (4 bytes each, exactly as many as there are), not an array of them.
 */
export function lazyPick<S, T>(list: readonly S[], keep: (s: S) => boolean, make: (s: S) => T): T[] {
  let n = 0;
  for (const s of list) if (keep(s)) n++;
  const at = new Int32Array(n);
  let j = 0;
  list.forEach((s, i) => {
    if (keep(s)) at[j++] = i;
  });
  return lazyList(at, (i) => make(list[i] as S));
}
