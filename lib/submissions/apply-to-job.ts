import "server-only";
import { AppError } from "@/lib/errors";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { toFieldErrors } from "./field-errors";
import { loadApplicationFormContext } from "./load-form-context";
import { buildApplicationFormSchema } from "./schema";
import { submitApplication, type SubmittedApplication } from "./submit-application";

type ApplyToJob = {
  job: { slug: string } | { id: number };
  /** Untrusted: the parsed JSON of the form or the API request, with File objects for documents. */
  payload: unknown;
  source: ApplicationSource;
  /** The Job Board API client's own name, when it gives one. */
  apiClient?: string;
};

/**
 * The one way an application enters Trellis, used by the careers form and the Job Board API:
 * the same schema as the browser form, then the checks that need the database.
 */
export async function applyToJob({ job, payload, source, apiClient }: ApplyToJob): Promise<SubmittedApplication> {
  const context = await loadApplicationFormContext(job);
  const parsed = buildApplicationFormSchema(context).safeParse(payload);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Some answers need your attention.", toFieldErrors(parsed.error));
  }
  return submitApplication({ context, input: parsed.data, source, apiClient });
}
