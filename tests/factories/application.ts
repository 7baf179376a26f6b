import { randomInt, randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type {
  AccommodationKind,
  ApplicationSource,
  ApplicationStatus,
  ContactMethod,
  ExportControlAnswer,
  UsPersonAnswer,
  YesNo,
} from "../../lib/generated/prisma/enums";
import {
  buildSearchKeys,
  buildSearchText,
  buildSearchWords,
  buildSortName,
} from "../../lib/search/normalize-search-text";
import { createCandidate, type CandidateOverrides } from "./candidate";
import { createJob, jobWithPipeline, SAMPLE_QUESTIONS } from "./job";
import { ensureFormVersion } from "./legal-forms";

type Db = Prisma.TransactionClient;
type Answer = Prisma.InputJsonValue;

export type CreateApplicationOptions = {
  /** Default: a new job with SAMPLE_QUESTIONS in a new organization. */
  jobId?: number;
  /** Default: a new candidate built from `candidate`. */
  candidateId?: string;
  candidate?: CandidateOverrides;
  /** Stage name on the job; default the first stage. */
  stageName?: string;
  status?: ApplicationStatus;
  source?: ApplicationSource;
  submittedAt?: Date;
  keepOnFileConsent?: boolean;
  /** true: a plausible answer to every question; or answers by question id. */
  answers?: boolean | Record<number, Answer>;
  workAuthorization?: boolean | { authorizedToWork: YesNo; requiresSponsorship: YesNo };
  exportControl?: boolean | { canReceiveWithoutLicense: ExportControlAnswer; usPerson?: UsPersonAnswer | null };
  accommodation?:
    | boolean
    | {
        kinds: AccommodationKind[];
        details: string;
        preferredContact: ContactMethod;
        panelArrangement?: string | null;
      };
  /** Any other column, e.g. statusTokenHash or knockedOut. */
  overrides?: Partial<Prisma.ApplicationUncheckedCreateInput>;
};

type QuestionForAnswer = { type: string; options: { id: number; label: string }[] };

/** Stored answer shapes (as lib/submissions/schema.ts outputs): text, number, "YES"/"NO", option ids for selects. */
export function sampleAnswer(question: QuestionForAnswer): Answer {
  const ids = question.options.map((option) => option.id);
  switch (question.type) {
    case "LONG_TEXT":
      return "A deploy doubled our p99 latency. Flame graphs showed lock contention in the allocator, so we moved to per-thread caches and added a latency alert.";
    case "URL":
      return "https://github.com/example/allocator-notes";
    case "NUMBER":
      return 7;
    case "YES_NO":
      return "YES";
    case "SINGLE_SELECT":
      return ids[0] ?? 0;
    case "MULTI_SELECT":
      return ids.slice(0, 2);
    default:
      return "C++ and Rust";
  }
}

const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The public reference format, e.g. "TRL-7K3M-9QXD". */
export function randomReference(): string {
  const chunk = () =>
    Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("");
  return `TRL-${chunk()}-${chunk()}`;
}

const DEFAULT_WORK_AUTHORIZATION = { authorizedToWork: "YES", requiresSponsorship: "NO" } as const;
const DEFAULT_EXPORT_CONTROL = { canReceiveWithoutLicense: "YES", usPerson: null } as const;
const DEFAULT_ACCOMMODATION = {
  kinds: ["ALTERNATE_FORMAT_DOCUMENTS"] as AccommodationKind[],
  details: "I use a screen reader; please send any take-home material as accessible HTML or tagged PDF.",
  preferredContact: "EMAIL" as ContactMethod,
  panelArrangement: null,
};

export async function createApplication(prisma: Db, options: CreateApplicationOptions = {}) {
  const jobId = options.jobId ?? (await createJob(prisma, { questions: [...SAMPLE_QUESTIONS] })).id;
  const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId }, include: jobWithPipeline });
  const stage = options.stageName
    ? job.stages.find((candidate) => candidate.name === options.stageName)
    : job.stages[0];
  if (!stage) throw new Error(`Job ${jobId} has no stage ${options.stageName ?? "(none at all)"}`);
  const candidate = options.candidateId
    ? await prisma.candidate.findUniqueOrThrow({ where: { id: options.candidateId } })
    : await createCandidate(prisma, options.candidate);
  const privacy = await ensureFormVersion(prisma, "PRIVACY_NOTICE");
  const submittedAt = options.submittedAt ?? new Date();

  const answers =
    options.answers === true
      ? job.questions.map((question) => ({ questionId: question.id, value: sampleAnswer(question) }))
      : Object.entries(options.answers || {}).map(([questionId, value]) => ({ questionId: Number(questionId), value }));

  const workAuthorization = options.workAuthorization === true ? DEFAULT_WORK_AUTHORIZATION : options.workAuthorization;
  const exportControl = options.exportControl === true ? DEFAULT_EXPORT_CONTROL : options.exportControl;
  const accommodation = options.accommodation === true ? DEFAULT_ACCOMMODATION : options.accommodation;

  const reference = randomReference();
  return prisma.application.create({
    data: {
      reference,
      jobId,
      candidateId: candidate.id,
      stageId: stage.id,
      status: options.status ?? "ACTIVE",
      emailNormalized: candidate.emailNormalized,
      submissionKey: randomUUID(),
      source: options.source ?? "CAREERS_SITE",
      privacyNoticeVersionId: privacy.id,
      privacyAcknowledgedAt: submittedAt,
      keepOnFileConsent: options.keepOnFileConsent ?? false,
      submittedAt,
      lastActivityAt: submittedAt,
      // As refreshApplicationSearchText would (no resume text or notes here), so the table finds and sorts it.
      ...searchColumns({ reference, candidate }),
      sortName: buildSortName(candidate),
      answers: { create: answers },
      ...(workAuthorization && {
        workAuthorization: {
          create: { ...workAuthorization, formVersionId: (await ensureFormVersion(prisma, "WORK_AUTHORIZATION")).id },
        },
      }),
      ...(exportControl && {
        exportControl: {
          create: { ...exportControl, formVersionId: (await ensureFormVersion(prisma, "EXPORT_CONTROL")).id },
        },
      }),
      ...(accommodation && {
        accommodationRequest: {
          create: { ...accommodation, formVersionId: (await ensureFormVersion(prisma, "ACCOMMODATION")).id },
        },
      }),
      ...options.overrides,
    },
    include: {
      candidate: true,
      stage: true,
      answers: true,
      workAuthorization: true,
      exportControl: true,
      accommodationRequest: true,
    },
  });
}

export type CreatedApplication = Awaited<ReturnType<typeof createApplication>>;

function searchColumns(source: {
  reference: string;
  candidate: { firstName: string; lastName: string; preferredName: string | null; email: string };
}) {
  const searchText = buildSearchText({ ...source, resumeText: null, noteBodies: [] });
  const searchKeys = buildSearchKeys(source);
  return { searchText, searchWords: buildSearchWords(searchText, searchKeys), searchKeys };
}
