import "server-only";
import { dispatchEmails } from "@/lib/email/dispatch-emails";
import { getEnv } from "@/lib/env";
import { readDocumentsInProcess } from "./queue-document-text";
import type { SubmittedApplication } from "./submit-application";

/**
 * What follows a stored application once its response is on its way: the confirmation email
 * (handed to the worker, or sent here where none runs: dispatch-emails.ts) and, where no worker
 * runs (BACKGROUND_JOBS "in-app"), reading its documents' text, which the worker does elsewhere.
 */
export async function finishSubmission(submitted: SubmittedApplication): Promise<void> {
  await dispatchEmails([submitted.confirmationEmailId]);
  if (getEnv().BACKGROUND_JOBS === "in-app") await readDocumentsInProcess(submitted.documentIds);
}
