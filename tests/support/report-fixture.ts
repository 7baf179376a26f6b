// Pipeline histories written straight into the database at chosen instants, for the reports'
// hand-computed fixtures: an application with its stage moves, hire and outcome as the pipeline
// would have recorded them (lib/pipeline/application-changes.ts).
import type { ApplicationSource, ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createApplication, type CreatedJob } from "../factories";
import { testDb } from "./db";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Day `n` of the fixture year (day 0 is 1 January, 00:00 UTC), plus hours. */
export function fixtureDay(year: number, n: number, hours = 0): Date {
  return new Date(Date.UTC(year, 0, 1) + n * DAY_MS + hours * 60 * 60 * 1000);
}

export type HistoryStep =
  /** A move to the stage at this position (into a HIRED-kind stage: hired; out of one: active again). */
  | { on: Date; to: number }
  /** Rejected or withdrawn where it stands, with a reason or none. */
  | { on: Date; close: "REJECTED" | "WITHDRAWN"; reasonId: number | null };

type History = {
  job: CreatedJob;
  submittedAt: Date;
  steps?: HistoryStep[];
  source?: ApplicationSource;
  sourceDetail?: Prisma.InputJsonValue;
  candidateId?: string;
};

/** Creates the application in the state its history ends in, and the history itself. */
export async function createApplicationWithHistory({
  job,
  submittedAt,
  steps = [],
  source,
  sourceDetail,
  candidateId,
}: History) {
  const stages = [...job.stages].sort((a, b) => a.position - b.position);
  let stage = stages[0]!;
  let status: ApplicationStatus = "ACTIVE";
  let rejectionReasonId: number | null = null;
  const transitions: Prisma.StageTransitionCreateManyInput[] = [];
  for (const step of steps) {
    const from = { fromStageId: stage.id, fromStatus: status };
    if ("to" in step) {
      stage = stages.find((candidate) => candidate.position === step.to)!;
      status = stage.kind === "HIRED" ? "HIRED" : "ACTIVE";
    } else {
      status = step.close;
      rejectionReasonId = step.reasonId;
    }
    transitions.push({
      applicationId: "",
      ...from,
      toStageId: stage.id,
      toStatus: status,
      rejectionReasonId: "close" in step ? step.reasonId : null,
      createdAt: step.on,
    });
  }
  const application = await createApplication(testDb, {
    jobId: job.id,
    candidateId,
    stageName: stage.name,
    status,
    source,
    submittedAt,
    overrides: {
      sourceDetail,
      rejectionReasonId,
      closedAt: status === "REJECTED" || status === "WITHDRAWN" ? steps.at(-1)?.on : null,
    },
  });
  if (transitions.length > 0) {
    await testDb.stageTransition.createMany({
      data: transitions.map((transition) => ({ ...transition, applicationId: application.id })),
    });
  }
  return application;
}

/** Replaces a job's status history (the factory's, relative to today) with the given changes. */
export async function setJobStatusHistory(
  jobId: number,
  changes: { on: Date; from: "DRAFT" | "PUBLISHED" | "CLOSED"; to: "DRAFT" | "PUBLISHED" | "CLOSED" }[],
) {
  await testDb.jobStatusChange.deleteMany({ where: { jobId } });
  await testDb.jobStatusChange.createMany({
    data: changes.map(({ on, from, to }) => ({ jobId, fromStatus: from, toStatus: to, createdAt: on })),
  });
}
