import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueCandidateEmail } from "@/lib/candidate-rights/confirmation-email";
import type { CandidateAccommodationInput } from "@/lib/candidate-rights/schema";
import { requireStatusLinkHolder } from "@/lib/candidate-rights/status-link";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import { db } from "@/lib/db";
import { accommodationRequestSavedEmail } from "@/lib/email/templates/candidate-rights";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { accommodationForCandidate, accommodationForCandidateSelect, optionLabel } from "./accommodation-for-candidate";
import { accommodationOptions } from "./wording";

export const CANDIDATE_UPDATE_NOTE = "Updated by the candidate from the status page.";

export type SavedAccommodationRequest = { created: boolean; reopened: boolean; emailId: string };

/**
 * Adds or changes the candidate's accommodation request from the status page. A change keeps the
 * coordinators' trail: a note with what it said before, the request back in the queue's "new"
 * column if it had been closed, and its activity clock (and the untouched-request reminder) reset.
 */
export async function saveAccommodationRequest({
  statusToken,
  input,
}: {
  statusToken: string;
  input: CandidateAccommodationInput;
}): Promise<SavedAccommodationRequest> {
  // The page showed the text in its language (or the English one): the posted version must still
  // be the one in force for that language.
  const shown = await db.formVersion.findFirst({
    where: { id: input.formVersionId, kind: "ACCOMMODATION" },
    select: { language: true },
  });
  const form = (await getCurrentFormVersions(["ACCOMMODATION"], { language: shown?.language })).get("ACCOMMODATION");
  if (!form) throw new Error("No ACCOMMODATION text is in force: run the seed or add one");
  if (!shown || input.formVersionId !== form.id) {
    throw new CandidateRefusal("FORM_OUTDATED", "accommodationOutdated");
  }
  const { request } = input;
  const kinds = request.kinds;
  const details = request.details ?? "";
  const preferredContact = request.preferredContact ?? "EMAIL";

  return db.$transaction(async (tx) => {
    const { applicationId } = await requireStatusLinkHolder(tx, statusToken);
    const application = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: {
        status: true,
        candidateId: true,
        emailNormalized: true,
        accommodationRequest: { select: { id: true, ...accommodationForCandidateSelect } },
      },
    });
    if (application.status !== "ACTIVE") {
      throw new CandidateRefusal("VALIDATION", "accommodationClosed");
    }
    // The phone the coordinator will see (readSensitiveAccommodationRequest): the one given with this application.
    if (preferredContact === "PHONE" && !(await findApplicantIdentity(tx, application))?.phone) {
      throw new CandidateRefusal(
        "VALIDATION",
        "noPhone",
        {},
        { path: "request.preferredContact", key: "noPhoneField" },
      );
    }
    const now = new Date();
    const existing = application.accommodationRequest;
    const fields = {
      formVersionId: form.id,
      kinds,
      details,
      preferredContact,
      lastActivityAt: now,
      reminderSentAt: null,
    };
    let reopened = false;
    if (existing) {
      reopened = existing.status === "CLOSED";
      await tx.accommodationRequest.update({
        where: { id: existing.id },
        data: {
          ...fields,
          ...(reopened && { status: "NEW" }),
          notes: { create: { authorId: null, body: changeNote(existing), createdAt: now } },
        },
        select: { id: true },
      });
    } else {
      await tx.accommodationRequest.create({ data: { applicationId, ...fields }, select: { id: true } });
    }
    await recordAuditEvent(tx, {
      actor: { kind: "candidate" },
      action: "accommodation.candidateUpdated",
      subjectType: "application",
      subjectId: applicationId,
      // Never the request's content: the audit log is readable by admins who are not coordinators.
      metadata: { created: !existing, reopened, formVersionId: form.id },
    });
    const options = accommodationOptions(form);
    const emailId = await queueCandidateEmail(tx, {
      applicationId,
      statusToken,
      // "accommodation…": the staff timeline shows these only to the people who handle accommodations.
      template: "accommodation-candidate-saved",
      render: (common) =>
        accommodationRequestSavedEmail({
          ...common,
          created: !existing,
          kindLabels: kinds.map((kind) => optionLabel(options.kinds, kind)),
          contactLabel: optionLabel(options.contact, preferredContact),
        }),
    });
    return { created: !existing, reopened, emailId };
  });
}

/** The coordinators' record of what the request said before this change. */
function changeNote(before: Parameters<typeof accommodationForCandidate>[0]): string {
  const view = accommodationForCandidate(before);
  return [
    CANDIDATE_UPDATE_NOTE,
    "Before the change:",
    `- What would help: ${view.kindLabels.join("; ") || "(none chosen)"}`,
    `- Details: ${view.details || "(none)"}`,
    `- Contact by: ${view.preferredContactLabel}`,
  ].join("\n");
}
