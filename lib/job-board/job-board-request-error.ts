import { AppError } from "@/lib/errors";

/**
 * A request the Job Board API refuses with a status of its own (413, 415, 400 for a malformed
 * body), its field errors already keyed by the Greenhouse names the client sent.
 */
export class JobBoardRequestError extends AppError {
  constructor(
    readonly status: number,
    message: string,
    fieldErrors?: Record<string, string[]>,
  ) {
    super("VALIDATION", message, fieldErrors);
    this.name = "JobBoardRequestError";
  }
}
