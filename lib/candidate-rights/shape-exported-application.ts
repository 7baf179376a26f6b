// One application as it appears in the candidate's data export: readable labels, the exact
// wording they answered, and nothing about the people who evaluated it.
import { candidateStatus } from "./candidate-status";
import { formatAnswer } from "@/lib/candidates/format-answer";
import { legalAnswers } from "@/lib/candidates/legal-answer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatInterviewTime } from "@/lib/interviews/format-interview-time";
// The export is written in English, with the status page's English words.
import englishStatus from "@/messages/en/status.json";
import {
  accommodationForCandidate,
  accommodationForCandidateSelect,
} from "@/lib/accommodations/accommodation-for-candidate";

const formSelect = { select: { title: true, version: true, questions: true } } as const;
const fileSelect = {
  select: { storageKey: true, purpose: true, fileName: true, contentType: true, byteSize: true, sha256: true },
} as const;

export const exportApplicationSelect = {
  id: true,
  reference: true,
  submittedAt: true,
  status: true,
  coverLetterText: true,
  keepOnFileConsent: true,
  privacyAcknowledgedAt: true,
  privacyNoticeVersion: { select: { title: true, version: true } },
  job: { select: { title: true, organization: { select: { name: true } } } },
  stage: { select: { kind: true } },
  answers: {
    select: {
      value: true,
      question: { select: { label: true, type: true, position: true, options: { select: { id: true, label: true } } } },
    },
  },
  workAuthorization: {
    select: { authorizedToWork: true, requiresSponsorship: true, answeredAt: true, formVersion: formSelect },
  },
  exportControl: {
    select: { canReceiveWithoutLicense: true, usPerson: true, answeredAt: true, formVersion: formSelect },
  },
  accommodationRequest: {
    select: {
      ...accommodationForCandidateSelect,
      // The candidate's own updates only (authorId null); coordinators' notes are internal.
      notes: {
        where: { authorId: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { body: true, createdAt: true },
      },
    },
  },
  transitions: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      createdAt: true,
      toStatus: true,
      actorId: true,
      toStage: { select: { kind: true } },
      rejectionReason: { select: { label: true, kind: true } },
    },
  },
  interviews: {
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      title: true,
      startsAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      videoUrl: true,
      status: true,
    },
  },
  resumeFile: fileSelect,
  coverLetterFile: fileSelect,
} as const satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof exportApplicationSelect }>;

/** A document to copy into the zip, and where. */
export type StoredDocumentRef = { storageKey: string; pathInZip: string; fileName: string };

export function shapeApplicationForExport(application: ApplicationRow) {
  const documents = [application.resumeFile, application.coverLetterFile].flatMap((file) => {
    if (!file) return [];
    const kind = file.purpose === "RESUME" ? "resume" : "cover-letter";
    return [{ file, pathInZip: `files/${application.reference}/${kind}-${zipSafeName(file.fileName)}` }];
  });
  const hasScheduledInterview = application.interviews.some((interview) => interview.status === "SCHEDULED");
  const request = application.accommodationRequest;

  const exported = {
    reference: application.reference,
    job: application.job.title,
    employer: application.job.organization.name,
    submittedAt: application.submittedAt.toISOString(),
    status: candidateStatus({ status: application.status, stageKind: application.stage.kind, hasScheduledInterview }),
    answers: [...application.answers]
      .sort((a, b) => a.question.position - b.question.position)
      .map((answer) => ({
        question: answer.question.label,
        answer: answerText(formatAnswer(answer.question, answer.value)),
      })),
    coverLetterText: application.coverLetterText,
    documents: documents.map(({ file, pathInZip }) => ({
      kind: file.purpose === "RESUME" ? "Resume" : "Cover letter",
      fileName: file.fileName,
      contentType: file.contentType,
      bytes: file.byteSize,
      sha256: file.sha256,
      inThisZip: pathInZip,
    })),
    eligibility: {
      workAuthorization:
        application.workAuthorization &&
        legalForm(application.workAuthorization, {
          authorizedToWork: application.workAuthorization.authorizedToWork,
          requiresSponsorship: application.workAuthorization.requiresSponsorship,
        }),
      exportControl:
        application.exportControl &&
        legalForm(application.exportControl, {
          canReceiveWithoutLicense: application.exportControl.canReceiveWithoutLicense,
          usPerson: application.exportControl.usPerson,
        }),
    },
    accommodationRequest: request && exportedAccommodation(request),
    history: candidateHistory(application),
    interviews: application.interviews.map((interview) => ({
      title: interview.title,
      time: formatInterviewTime(interview),
      location: interview.location,
      videoLink: interview.videoUrl,
      status: interview.status === "CANCELLED" ? "cancelled" : "scheduled",
    })),
    privacyNotice: {
      acknowledged: `${application.privacyNoticeVersion.title} (version ${application.privacyNoticeVersion.version})`,
      at: application.privacyAcknowledgedAt.toISOString(),
    },
    keepOnFileForOtherRoles: application.keepOnFileConsent,
  };
  return {
    exported,
    documents: documents.map(({ file, pathInZip }) => ({
      storageKey: file.storageKey,
      pathInZip,
      fileName: file.fileName,
    })),
  };
}

export type ExportedApplication = ReturnType<typeof shapeApplicationForExport>["exported"];

function exportedAccommodation(request: NonNullable<ApplicationRow["accommodationRequest"]>) {
  const view = accommodationForCandidate(request);
  return {
    whatWouldHelp: view.kindLabels,
    details: view.details,
    contactBy: view.preferredContactLabel,
    status: englishStatus.accommodation.state[view.status].label,
    arrangement: view.arrangement,
    requestedAt: view.createdAt.toISOString(),
    lastChangedAt: view.updatedAt.toISOString(),
    yourUpdates: request.notes.map((note) => ({ at: note.createdAt.toISOString(), note: note.body })),
  };
}

/** Each change of state the candidate could have seen, in their terms; no internal reasons. */
function candidateHistory(application: ApplicationRow) {
  const entries = [{ at: application.submittedAt.toISOString(), status: "Received" as string }];
  for (const transition of application.transitions) {
    const view = candidateStatus({ status: transition.toStatus, stageKind: transition.toStage?.kind ?? "APPLIED" });
    const status = view.outcome ? `${view.label}: ${view.outcome}` : view.label;
    const ownWithdrawal = transition.toStatus === "WITHDRAWN" && transition.actorId === null;
    const reason =
      ownWithdrawal && transition.rejectionReason ? ` (your reason: ${transition.rejectionReason.label})` : "";
    if (entries.at(-1)?.status !== status || reason)
      entries.push({ at: transition.createdAt.toISOString(), status: status + reason });
  }
  return entries;
}

/** A legal form's answers as the candidate gave them: the version, when, and each prompt's exact wording. */
function legalForm(
  answered: { answeredAt: Date; formVersion: { title: string; version: string; questions: unknown } },
  values: Parameters<typeof legalAnswers>[1],
) {
  return {
    form: `${answered.formVersion.title} (version ${answered.formVersion.version})`,
    answeredAt: answered.answeredAt.toISOString(),
    answers: legalAnswers(answered.formVersion.questions, values).map(({ prompt, answer }) => ({
      question: prompt,
      answer,
    })),
  };
}

function answerText(display: ReturnType<typeof formatAnswer>): string | string[] | null {
  switch (display.kind) {
    case "empty":
      return null;
    case "list":
      return display.items;
    default:
      return display.text;
  }
}

/** Stored names are already sanitized; a zip path must still never climb or nest. */
function zipSafeName(fileName: string): string {
  return fileName.replace(/[/\\]/g, "_").replace(/^\.+/, "_") || "document";
}
