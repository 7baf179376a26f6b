import type { FormOption } from "../../../../lib/legal/form-content";

// The German labels of the shared answers; the values are those of the English versions.
export const JA: FormOption = { value: "YES", label: "Ja" };
export const NEIN: FormOption = { value: "NO", label: "Nein" };
