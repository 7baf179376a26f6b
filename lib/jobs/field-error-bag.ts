import { AppError } from "@/lib/errors";

/**
 * Collects the problems the database checks find (unique slug, answered questions, stages with
 * applications) so the editor shows them all at once, named by the form's field paths.
 */
export class FieldErrorBag {
  private readonly errors: Record<string, string[]> = {};

  add(path: string, message: string): void {
    (this.errors[path] ??= []).push(message);
  }

  /** Throws one VALIDATION AppError carrying every collected message, if there are any. */
  throwIfAny(message = "Some of the job's details need fixing."): void {
    if (Object.keys(this.errors).length > 0) throw new AppError("VALIDATION", message, this.errors);
  }
}
