// Sorting by stage reads Application.stagePosition, which triggers keep equal to the position of
// the application's stage (docs/decisions/0048-staff-queries-at-scale.md): on apply, on a move,
// and when the job editor reorders the stages.
import { beforeAll, describe, expect, it } from "vitest";
import { queryApplications } from "@/lib/applications-table/query-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { writeStages } from "@/lib/jobs/sync-job-stages";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { actorFor, createApplication, createJob, createStaffUser, type CreatedJob, type StaffUser } from "../factories";
import { testDb } from "../support/db";

let job: CreatedJob;
let recruiter: StaffUser;
const ids: Record<string, string> = {};

const day = (date: string) => new Date(`${date}T12:00:00.000Z`);

beforeAll(async () => {
  job = await createJob(testDb, { questions: [] });
  recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
  const [first, second, third] = job.stages;
  for (const [key, stage, date] of [
    ["early", first!, "2026-02-01"],
    ["screened", second!, "2026-02-02"],
    ["screenedLater", second!, "2026-02-03"],
    ["furthest", third!, "2026-02-04"],
  ] as const) {
    const application = await createApplication(testDb, {
      jobId: job.id,
      stageName: stage.name,
      submittedAt: day(date),
      candidate: { firstName: key, lastName: "Stagesort" },
    });
    ids[key] = application.id;
  }
});

async function byStage(dir: "asc" | "desc", filters: Record<string, string | string[]> = {}) {
  const page = await queryApplications({
    actor: actorFor(recruiter),
    view: parseApplicationsView({ jobId: String(job.id), sort: "stage", dir, ...filters }),
  });
  const keyOf = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return page.rows.map((row) => keyOf[row.id]);
}

const positionOf = async (key: string) =>
  (await testDb.application.findUniqueOrThrow({ where: { id: ids[key]! }, select: { stagePosition: true } }))
    .stagePosition;

describe("sorting by stage", () => {
  it("follows the pipeline's order either way, newest first within a stage", async () => {
    expect(await byStage("asc")).toEqual(["early", "screenedLater", "screened", "furthest"]);
    expect(await byStage("desc")).toEqual(["furthest", "screenedLater", "screened", "early"]);
    // Filtered by stage, the same order (the query takes another road there).
    const [first, second] = job.stages.map((stage) => String(stage.id));
    expect(await byStage("asc", { stage: second! })).toEqual(["screenedLater", "screened"]);
    expect(await byStage("desc", { stage: [first!, second!] })).toEqual(["screenedLater", "screened", "early"]);
    expect(await byStage("asc", { stageName: job.stages[1]!.name })).toEqual(["screenedLater", "screened"]);
  });

  it("follows a move and a reordering of the job's stages", async () => {
    const moved = await testDb.application.findUniqueOrThrow({ where: { id: ids.early! }, select: { version: true } });
    await moveApplicationStage({
      actor: actorFor(recruiter),
      applicationId: ids.early!,
      toStageId: job.stages[3]!.id,
      expectedVersion: moved.version,
    });
    expect(await positionOf("early")).toBe(job.stages[3]!.position);
    expect(await byStage("desc")).toEqual(["early", "furthest", "screenedLater", "screened"]);

    // The job editor parks every stage at a temporary position, then writes the new order: here
    // the second and third stages change places.
    const stages = job.stages.map((stage) => ({
      key: `stage-${stage.id}`,
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
    }));
    [stages[1], stages[2]] = [stages[2]!, stages[1]!];
    await testDb.$transaction((tx) =>
      writeStages(tx, { actor: actorFor(recruiter), jobId: job.id, edit: { stages, stageMoves: [] } }),
    );
    expect(await positionOf("furthest")).toBe(1);
    expect(await positionOf("screened")).toBe(2);
    expect(await byStage("asc")).toEqual(["furthest", "screenedLater", "screened", "early"]);
  });
});
