/** Element `i` of an array or character `i` of a string; throws when out of range (a bug, not bad input). */
export function at<T>(list: readonly T[], i: number): T;
export function at(list: string, i: number): string;
export function at<T>(list: readonly T[] | string, i: number): T | string {
  const v = list[i];
  if (v === undefined) throw new RangeError(`index ${String(i)} out of range (length ${String(list.length)})`);
  return v;
}
