import { get } from "react-hook-form";

/** A form field's element id from its path: "questions.2.label" → "f-questions-2-label". */
export const fieldDomId = (path: string) => `f-${path.replace(/\./g, "-")}`;

/**
 * The message at a path: a field's own error, or the error of a whole list (react-hook-form keeps
 * a list's own error under `root`; server errors set with setError sit on the path itself).
 */
export function messageAt(errors: object, path: string): string | undefined {
  const entry = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = entry?.message ?? entry?.root?.message;
  return typeof message === "string" && message !== "" ? message : undefined;
}

export type SummaryError = { path: string; message: string };

/** Every message in react-hook-form's nested errors, in form order, with its path. */
export function flattenFormErrors(errors: object, prefix = ""): SummaryError[] {
  const result: SummaryError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message !== "") result.push({ path: path || "form", message });
    else result.push(...flattenFormErrors(value, path));
  }
  return result;
}
