// Turn a value posted under a Greenhouse field name (multipart strings, JSON numbers and booleans)
// into what the application form schema expects. Codecs only translate; the shared zod schema
// still decides what is valid, so an untranslatable value reaches it unchanged and gets its message.

export type RawValue = string | number | boolean | null | File | RawValue[];
export type FieldCodec = (raw: RawValue) => unknown;

const TRUE_WORDS = new Set(["1", "true", "yes", "on", "acknowledged"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off"]);

/** A one-element list (a repeated multipart part, a JSON array) counts as its element. */
function single(raw: RawValue): RawValue {
  return Array.isArray(raw) && raw.length === 1 ? (raw[0] as RawValue) : raw;
}

function isBlank(raw: RawValue): boolean {
  return raw === null || (typeof raw === "string" && raw.trim() === "") || (Array.isArray(raw) && raw.length === 0);
}

function truthiness(raw: RawValue): boolean | undefined {
  if (raw === true || raw === 1) return true;
  if (raw === false || raw === 0) return false;
  if (typeof raw !== "string") return undefined;
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

export const text: FieldCodec = (raw) => {
  const value = single(raw);
  return typeof value === "number" || typeof value === "boolean" ? String(value) : value;
};

/** Numbers and option ids: the schema coerces strings itself. */
export const scalar: FieldCodec = (raw) => {
  const value = single(raw);
  return isBlank(value) ? undefined : value;
};

export const file: FieldCodec = (raw) => (isBlank(raw) ? undefined : single(raw));

/** Greenhouse's boolean questions post 1/0; our YES_NO answers are "YES"/"NO". */
export const yesNo: FieldCodec = (raw) => {
  const value = single(raw);
  if (isBlank(value)) return undefined;
  const flag = truthiness(value);
  return flag === undefined ? value : flag ? "YES" : "NO";
};

/** A checkbox: 1/0, true/false, "YES"/"NO", or the single value the question publishes. */
export const flag: FieldCodec = (raw) => {
  const value = single(raw);
  if (isBlank(value)) return undefined;
  return truthiness(value) ?? value;
};

/** One of a fixed list of values, matched without regard to case; 1/0 stand for YES/NO. */
export function oneOf(allowed: readonly string[]): FieldCodec {
  return (raw) => {
    const value = single(raw);
    if (isBlank(value)) return undefined;
    return canonical(value, allowed);
  };
}

/** Several of a fixed list of values (a multi select): a lone value counts as a list of one. */
export function someOf(allowed: readonly string[]): FieldCodec {
  return (raw) => {
    if (isBlank(raw)) return undefined;
    const values = Array.isArray(raw) ? raw : [raw];
    return values.map((value) => canonical(value, allowed));
  };
}

/** Option ids of a multi select question. */
export const optionIds: FieldCodec = (raw) => {
  if (isBlank(raw)) return undefined;
  return Array.isArray(raw) ? raw : [raw];
};

function canonical(value: RawValue, allowed: readonly string[]): RawValue {
  const asText = typeof value === "number" ? String(value) : value;
  if (typeof asText === "string") {
    const match = allowed.find((option) => option.toLowerCase() === asText.trim().toLowerCase());
    if (match) return match;
  }
  const yes = truthiness(value);
  if (yes !== undefined && allowed.includes("YES") && allowed.includes("NO")) return yes ? "YES" : "NO";
  return value;
}
