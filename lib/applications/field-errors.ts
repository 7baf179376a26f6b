import type { z } from "zod";

/** zod issues as { "answers.12": ["message"] }: the paths the form's fields are named by. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of keys) {
      const name = path.map(String).join(".") || "form";
      (fieldErrors[name] ??= []).push(issue.message);
    }
  }
  return fieldErrors;
}
