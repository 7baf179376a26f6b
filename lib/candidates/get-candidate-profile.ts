import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DOCUMENT_TYPES } from "@/lib/files/detect-document-type";
import { formatAnswer } from "./format-answer";
import { safeHref } from "./safe-href";

const fileSelect = { id: true, fileName: true, contentType: true, byteSize: true, extractedText: true } as const;

/**
 * What every staff member who may see an application sees on its profile. Sensitive answers
 * are not here: they have their own audited functions (get-eligibility-answers-for-recruiter,
 * lib/accommodations/read-sensitive-accommodation-request), and self-identification is never read per person.
 */
export async function getCandidateProfile({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  assertCan(actor, "application.read");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: {
      id: true,
      reference: true,
      status: true,
      source: true,
      submittedAt: true,
      closedAt: true,
      knockedOut: true,
      version: true,
      coverLetterText: true,
      stage: { select: { id: true, name: true } },
      rejectionReason: { select: { label: true, kind: true } },
      job: {
        select: {
          id: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, label: true, type: true, options: { select: { id: true, label: true } } },
          },
        },
      },
      candidate: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          preferredName: true,
          pronouns: true,
          email: true,
          phone: true,
          location: true,
          linkedinUrl: true,
          githubUrl: true,
          websiteUrl: true,
        },
      },
      answers: { select: { questionId: true, value: true } },
      resumeFile: { select: fileSelect },
      coverLetterFile: { select: fileSelect },
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { id: true, name: true } } } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");

  const { candidate, job } = application;
  const answerByQuestion = new Map(application.answers.map((answer) => [answer.questionId, answer.value]));
  const otherApplications = await db.application.findMany({
    where: { AND: [{ candidateId: candidate.id, id: { not: application.id } }, applicationsVisibleTo(actor)] },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: applicationSummarySelect,
  });

  return {
    application: {
      id: application.id,
      reference: application.reference,
      status: application.status,
      source: application.source,
      submittedAt: application.submittedAt,
      closedAt: application.closedAt,
      knockedOut: application.knockedOut,
      version: application.version,
      stage: application.stage,
      rejectionReason: application.rejectionReason,
      job: { id: job.id, title: job.title },
    },
    candidate: {
      id: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      preferredName: candidate.preferredName,
      pronouns: candidate.pronouns,
      email: candidate.email,
      phone: candidate.phone,
      location: candidate.location,
      links: candidateLinks(candidate),
    },
    answers: job.questions.map((question) => ({
      questionId: question.id,
      label: question.label,
      answer: formatAnswer(question, answerByQuestion.get(question.id)),
    })),
    coverLetterText: application.coverLetterText,
    resume: application.resumeFile && documentView(application.resumeFile),
    coverLetterFile: application.coverLetterFile && documentView(application.coverLetterFile),
    tags: application.tags.map(({ tag }) => tag),
    otherApplications: otherApplications.map(toApplicationSummary),
  };
}

export type CandidateProfile = Awaited<ReturnType<typeof getCandidateProfile>>;

export const applicationSummarySelect = {
  id: true,
  reference: true,
  status: true,
  submittedAt: true,
  job: { select: { title: true } },
  stage: { select: { name: true } },
} as const;

type ApplicationSummaryRow = {
  id: string;
  reference: string;
  status: string;
  submittedAt: Date;
  job: { title: string };
  stage: { name: string };
};

export function toApplicationSummary(row: ApplicationSummaryRow) {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    submittedAt: row.submittedAt,
    jobTitle: row.job.title,
    stageName: row.stage.name,
  };
}

export type ApplicationSummary = ReturnType<typeof toApplicationSummary>;

function candidateLinks(candidate: {
  linkedinUrl: string | null;
  githubUrl: string | null;
  websiteUrl: string | null;
}) {
  const links = [
    { label: "LinkedIn", url: candidate.linkedinUrl },
    { label: "GitHub", url: candidate.githubUrl },
    { label: "Website", url: candidate.websiteUrl },
  ];
  return links.flatMap(({ label, url }) => (url ? [{ label, url, href: safeHref(url) }] : []));
}

type FileRow = { id: string; fileName: string; contentType: string; byteSize: number; extractedText: string | null };

export function documentView(file: FileRow) {
  const known: Partial<Record<string, "pdf" | "docx">> = DOCUMENT_TYPES;
  const kind = known[file.contentType] ?? "other";
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    byteSize: file.byteSize,
    kind,
    extractedText: file.extractedText,
  } as const;
}

export type DocumentView = ReturnType<typeof documentView>;
