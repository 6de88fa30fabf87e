// A safe replacement offered both ways: applied by --fix and shown as the suggestion.

/** `{ fix, suggestion }` for a replacement text; nothing when there is none. */
export const fixTo = (text: string | undefined): { fix: string; suggestion: string } | Record<string, never> =>
  text === undefined ? {} : { fix: text, suggestion: text };
