/** A usage or configuration error: one line on stderr, exit code 2. */
export class UsageError extends Error {}
