import "server-only";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";
import { readDocumentsInProcess } from "./queue-document-text";
import type { SubmittedApplication } from "./submit-application";

/**
 * What follows a stored application once its response is on its way: the confirmation email
 * (a failed send stays pending for the worker) and, where no worker runs (BACKGROUND_JOBS
 * "in-app"), reading its documents' text, which the worker does everywhere else.
 */
export async function finishSubmission(submitted: SubmittedApplication): Promise<void> {
  if (submitted.confirmationEmailId) await deliverOutboxMessage(submitted.confirmationEmailId);
  if (getEnv().BACKGROUND_JOBS === "in-app") await readDocumentsInProcess(submitted.documentIds);
}
