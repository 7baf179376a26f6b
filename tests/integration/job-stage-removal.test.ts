// Removing a stage moves its interview-plan items with its applications (never deletes them), and
// editing stages never changes whether an application is hired.
import { describe, expect, it } from "vitest";
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import { createApplication, createInterview } from "../factories";
import { testDb } from "../support/db";
import { refusedEdit, useJobEditor } from "../support/job-editor";

const editor = useJobEditor();
const { save, editing, newJob } = editor;

const stageNamed = (values: JobFormValues, name: string) => values.stages.find((stage) => stage.name === name)!;
const without = (values: JobFormValues, key: string): JobFormValues => ({
  ...structuredClone(values),
  stages: values.stages.filter((stage) => stage.key !== key),
});
const stagesOf = (jobId: number) =>
  testDb.stage.findMany({ where: { jobId }, orderBy: { position: "asc" }, select: { id: true, kind: true } });

describe("removing a stage with interview-plan items", () => {
  it("is refused without a move, and the move keeps the items and their interviews' link", async () => {
    const job = await newJob();
    const onsite = stageNamed(job.values, "Onsite panel");
    const technical = stageNamed(job.values, "Technical interviews");
    const item = await testDb.interviewPlanItem.create({
      data: { jobId: job.id, stageId: onsite.stageId!, position: 0, name: "Systems design" },
      select: { id: true },
    });
    const application = await createApplication(testDb, { jobId: job.id, stageName: "Technical interviews" });
    const interview = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: editor.recruiter.userId,
      panelUserIds: [editor.recruiter.userId],
      planItemId: item.id,
    });
    expect((await editing(job.id)).locks.planItemsByStageId[onsite.stageId!]).toBe(1);

    const errors = await refusedEdit(save(job.id, without(job.values, onsite.key)));
    expect(errors.stages?.[0]).toMatch(/“Onsite panel” holds 0 application\(s\) and 1 interview-plan item/);
    expect(await stagesOf(job.id)).toHaveLength(job.values.stages.length);

    await save(job.id, {
      ...without(job.values, onsite.key),
      stageMoves: [{ fromStageId: onsite.stageId!, toStageKey: technical.key }],
    });
    expect(
      await testDb.interviewPlanItem.findUniqueOrThrow({ where: { id: item.id }, select: { stageId: true } }),
    ).toEqual({ stageId: technical.stageId });
    expect(
      await testDb.interview.findUniqueOrThrow({ where: { id: interview.id }, select: { planItemId: true } }),
    ).toEqual({ planItemId: item.id });
    const audit = await testDb.auditEvent.findFirst({
      where: { action: "job.interviewPlanChanged", subjectType: "job", subjectId: String(job.id) },
      select: { actorId: true, metadata: true },
    });
    expect(audit).toEqual({
      actorId: editor.recruiter.userId,
      metadata: {
        cause: "stageRemoved",
        fromStageId: onsite.stageId,
        toStageId: technical.stageId,
        planItemIds: [item.id],
      },
    });
  });
});

describe("the Hired stage", () => {
  it("keeps its kind while hired applications sit in it, and a kind change without them is saved", async () => {
    const job = await newJob();
    const hired = stageNamed(job.values, "Hired");
    const application = await createApplication(testDb, { jobId: job.id, stageName: "Hired", status: "HIRED" });
    const index = job.values.stages.findIndex((stage) => stage.key === hired.key);
    const asOffer = structuredClone(job.values);
    asOffer.stages[index]!.kind = "OFFER";
    expect((await refusedEdit(save(job.id, asOffer)))[`stages.${index}.kind`]?.[0]).toMatch(
      /holds 1 active or hired application\(s\)/,
    );
    expect((await stagesOf(job.id))[index]!.kind).toBe("HIRED");

    // Once nobody active or hired is in it, the kind may change (a closed application stays closed).
    await testDb.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN" } });
    await save(job.id, asOffer);
    expect((await stagesOf(job.id))[index]!.kind).toBe("OFFER");
  });

  it("cannot turn a stage with active applications into a Hired stage", async () => {
    const job = await newJob();
    await createApplication(testDb, { jobId: job.id, stageName: "Offer" });
    const index = job.values.stages.findIndex((stage) => stage.name === "Offer");
    const asHired = structuredClone(job.values);
    asHired.stages[index]!.kind = "HIRED";
    expect(await refusedEdit(save(job.id, asHired))).toHaveProperty([`stages.${index}.kind`]);
  });

  it("is removed only with its hired applications moved to another Hired stage, where they stay hired", async () => {
    const job = await newJob();
    const hired = stageNamed(job.values, "Hired");
    const offer = stageNamed(job.values, "Offer");
    const application = await createApplication(testDb, { jobId: job.id, stageName: "Hired", status: "HIRED" });
    const removed = without(job.values, hired.key);

    const toOffer = { ...removed, stageMoves: [{ fromStageId: hired.stageId!, toStageKey: offer.key }] };
    expect((await refusedEdit(save(job.id, toOffer)))["stageMoves.0.toStageKey"]?.[0]).toMatch(
      /1 hired application\(s\) would stop being hired/,
    );
    expect(
      await testDb.application.findUniqueOrThrow({
        where: { id: application.id },
        select: { status: true, stageId: true },
      }),
    ).toEqual({ status: "HIRED", stageId: hired.stageId });

    const started = { key: "new-started", name: "Started", kind: "HIRED" as const };
    await save(job.id, {
      ...removed,
      stages: [...removed.stages, started],
      stageMoves: [{ fromStageId: hired.stageId!, toStageKey: started.key }],
    });
    const after = await testDb.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { status: true, stage: { select: { name: true, kind: true } } },
    });
    expect(after).toEqual({ status: "HIRED", stage: { name: "Started", kind: "HIRED" } });
  });
});
