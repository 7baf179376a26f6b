import "server-only";
import { applicationsOwnedByStatusLink } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import {
  exportApplicationSelect,
  shapeApplicationForExport,
  type ExportedApplication,
  type StoredDocumentRef,
} from "./shape-exported-application";

// Bounds that no real person reaches; they keep one export from reading without limit.
const MAX_APPLICATIONS = 200;
const MAX_EMAILS = 2000;

export type CandidateDataExport = {
  data: {
    format: "trellis-candidate-export/1";
    exportedAt: string;
    person: Record<string, string | null>;
    applications: ExportedApplication[];
    emailsSentToYou: { at: string; to: string; subject: string; body: string; status: string }[];
    erasureRequests: { requestedAt: string; status: string; completedAt: string | null }[];
  };
  documents: StoredDocumentRef[];
};

/**
 * Everything Trellis holds about the person a status link belongs to, as they may read it: their
 * profile, every one of their applications (answers with their questions, the eligibility
 * answers they gave in the wording they saw, their accommodation requests, the history in
 * candidate terms, interviews without panel names) and every email sent to them. Staff notes,
 * scorecards, decisions' notes, internal rejection reasons and coordinators' notes are not theirs.
 * "Their" is what the link's address proves (applicationsOwnedByStatusLink): a merge that joined
 * someone of another address to the record adds nothing of theirs here (lib/candidates/applicant-identity.ts).
 */
export async function collectCandidateData(holder: {
  candidateId: string;
  emailNormalized: string;
}): Promise<CandidateDataExport> {
  // Sequential (not Promise.all) for the embedded PGlite server: see load-candidate-profile-view.ts.
  const identity = await findApplicantIdentity(db, holder);
  if (!identity) throw new Error("A status link's application has no record of who applied with its address");
  const { createdAt, ...person } = identity;
  const applications = await db.application.findMany({
    where: applicationsOwnedByStatusLink(holder),
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: MAX_APPLICATIONS,
    select: exportApplicationSelect,
  });
  const applicationIds = applications.map((application) => application.id);
  const emails = await db.emailOutbox.findMany({
    // Mail to the candidate only: staff copies (interview invitations to the panel) carry a userId.
    // Mail about no application is theirs when it went to their address.
    where: {
      userId: null,
      OR: [
        { applicationId: { in: applicationIds } },
        {
          candidateId: holder.candidateId,
          applicationId: null,
          toAddress: { equals: holder.emailNormalized, mode: "insensitive" },
        },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_EMAILS,
    select: { createdAt: true, sentAt: true, toAddress: true, subject: true, textBody: true, status: true },
  });
  const erasureRequests = await db.erasureRequest.findMany({
    where: {
      candidateId: holder.candidateId,
      OR: [{ applicationId: null }, { application: { emailNormalized: holder.emailNormalized } }],
    },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { requestedAt: true, status: true, completedAt: true },
  });

  const shaped = applications.map(shapeApplicationForExport);
  return {
    data: {
      format: "trellis-candidate-export/1",
      exportedAt: new Date().toISOString(),
      person: { ...person, createdAt: createdAt.toISOString() },
      applications: shaped.map((application) => application.exported),
      emailsSentToYou: emails.map((email) => ({
        at: (email.sentAt ?? email.createdAt).toISOString(),
        to: email.toAddress,
        subject: email.subject,
        body: email.textBody,
        status:
          email.status === "FAILED"
            ? "could not be delivered"
            : email.status === "PENDING" || email.status === "SENDING"
              ? "being sent"
              : "sent",
      })),
      erasureRequests: erasureRequests.map((request) => ({
        requestedAt: request.requestedAt.toISOString(),
        status: request.status === "ON_HOLD" ? "on hold (legal obligation)" : request.status.toLowerCase(),
        completedAt: request.completedAt?.toISOString() ?? null,
      })),
    },
    documents: shaped.flatMap((application) => application.documents),
  };
}
