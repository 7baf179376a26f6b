import type { z } from "zod";

/** zod issues as { "answers.12": ["message"] }: the paths the form's fields are named by. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  // A Map, not an object literal: a sender's own field names ("__proto__", "constructor") would
  // otherwise find Object.prototype's members instead of an empty slot.
  const fieldErrors = new Map<string, string[]>();
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of keys) {
      const name = path.map(String).join(".") || "form";
      fieldErrors.set(name, [...(fieldErrors.get(name) ?? []), issue.message]);
    }
  }
  return Object.fromEntries(fieldErrors);
}
