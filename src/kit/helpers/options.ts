// JSON Schemas of option shapes several rules declare.

/** A list of non-empty texts (words to look for, words to ignore). */
export const WORDS_OPTION = { type: 'array', items: { type: 'string', minLength: 1 } };
