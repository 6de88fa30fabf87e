/** The message of anything thrown: its `message` when it has one (an Error or an error-like object), else its text. */
export function errorMessage(err: unknown): string {
  const message: unknown = typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown value's message can be anything
  return message === undefined || message === null ? String(err) : String(message);
}
