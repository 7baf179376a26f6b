// Shapes of the Job Board field table (application-fields.ts) and the helpers that build it.
import type { FieldCodec } from "./field-codecs";

export type GreenhouseFieldType =
  "input_text" | "input_file" | "input_hidden" | "textarea" | "multi_value_single_select" | "multi_value_multi_select";

export type FieldOption = { value: string | number; label: string };

export type ApplicationField = {
  /** The name a client posts, as in Greenhouse. */
  name: string;
  /** Where the value goes in the application form payload, e.g. "workAuthorization.authorizedToWork". */
  path: string;
  type: GreenhouseFieldType;
  values: FieldOption[];
  decode: FieldCodec;
  /** Used when the client does not send the field (hidden fields: the legal text version). */
  defaultValue?: unknown;
};

export type ApplicationQuestion = {
  label: string;
  /** HTML. */
  description: string | null;
  required: boolean;
  fields: ApplicationField[];
};

export type ComplianceBlock = { type: "eeoc"; description: string | null; questions: ApplicationQuestion[] };

export type ApplicationFieldTable = {
  questions: ApplicationQuestion[];
  locationQuestions: ApplicationQuestion[];
  compliance: ComplianceBlock[];
};

export function field(
  name: string,
  path: string,
  type: GreenhouseFieldType,
  decode: FieldCodec,
  values: FieldOption[] = [],
): ApplicationField {
  return { name, path, type, values, decode };
}

export function question(
  label: string,
  required: boolean,
  fields: ApplicationField[],
  description: string | null = null,
): ApplicationQuestion {
  return { label, description, required, fields };
}

/** Greenhouse's boolean questions: 1 for yes, 0 for no. */
export const YES_NO_VALUES: FieldOption[] = [
  { value: 1, label: "Yes" },
  { value: 0, label: "No" },
];
