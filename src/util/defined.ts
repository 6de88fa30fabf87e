/**
 * The value, known to be there (an index just checked, a key just set, a group the pattern always
 * captures); throws when it is not, which is a bug in guide-lint, not bad input.
 */
export function defined<T>(value: T): NonNullable<T> {
  if (value === undefined || value === null) throw new TypeError(`expected a value, got ${String(value)}`);
  return value;
}
