// Text Postgres can store as it is: its text type refuses NUL (and JSON refuses half of a
// surrogate pair) with an error, which would reach the person as a 500. Other control characters
// are invisible in the UI. Shared by every zod schema whose strings go into a column or a query.
// No server-only import: the browser's forms and proxy.ts use it too.

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_OR_CONTROL = /[\u0000-\u001f\u007f]/;
// Half of a UTF-16 surrogate pair: no character at all.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const NOT_STORABLE_MESSAGE = "This contains characters we cannot store";

/** No NUL, control characters or broken Unicode; tabs and line breaks only when `multiline`. */
export function isStorableText(value: string, { multiline = false } = {}): boolean {
  return !(multiline ? CONTROL_CHARACTERS : LINE_BREAKS_OR_CONTROL).test(value) && !LONE_SURROGATE.test(value);
}

/** The zod refinement: `z.string().refine(...storableTextCheck())`. */
export function storableTextCheck({ multiline = false, message = NOT_STORABLE_MESSAGE } = {}) {
  return [(value: string) => isStorableText(value, { multiline }), { message }] as const;
}
