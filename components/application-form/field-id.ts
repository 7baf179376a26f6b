/** The DOM id of the control for a form path such as "answers.12" (used by the error summary). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}
