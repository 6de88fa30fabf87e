/** A mapping read from JSON, YAML or a sheet (not null, not an array). model/normalize's isRecord also refuses a Date. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
