// Editing a job that candidates already applied to: answers pin questions, applications pin
// stages, the hiring team is audited, and a refused edit writes nothing at all.
import { describe, expect, it } from "vitest";
import { createApplication, createInterview, createScorecard, createStaffUser } from "../factories";
import { testDb } from "../support/db";
import { refusedEdit, useJobEditor } from "../support/job-editor";

const editor = useJobEditor();
const { save, editing, newJob } = editor;

/** Everything an edit could touch, to prove a refused edit touched nothing. */
async function snapshot(jobId: number) {
  return testDb.job.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      title: true,
      slug: true,
      updatedAt: true,
      sections: { orderBy: { position: "asc" } },
      questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } },
      stages: { orderBy: { position: "asc" } },
      hiringTeam: true,
      scorecardAttributes: true,
    },
  });
}

describe("questions with answers", () => {
  it("allow label and description edits, but not a type change, removal, or removing a chosen option", async () => {
    const job = await newJob();
    const [yesNo, select] = job.values.questions;
    const chosen = select!.options[1]!.optionId!;
    await createApplication(testDb, {
      jobId: job.id,
      answers: { [yesNo!.questionId!]: "YES", [select!.questionId!]: chosen },
    });
    const { locks } = await editing(job.id);
    expect(locks.answersByQuestionId[yesNo!.questionId!]).toBe(1);
    expect(locks.chosenOptionIds).toEqual([chosen]);
    const before = await snapshot(job.id);

    const typeChanged = structuredClone(job.values);
    typeChanged.title = "A title that must not be saved";
    typeChanged.questions[0] = { ...yesNo!, type: "SHORT_TEXT", knockout: null };
    expect(await refusedEdit(save(job.id, typeChanged))).toHaveProperty(["questions.0.type"]);

    const removed = { ...structuredClone(job.values), questions: [select!] };
    expect((await refusedEdit(save(job.id, removed))).questions?.[0]).toMatch(/has 1 answer/);

    const optionRemoved = structuredClone(job.values);
    optionRemoved.questions[1]!.options = select!.options.filter((option) => option.optionId !== chosen);
    expect(await refusedEdit(save(job.id, optionRemoved))).toHaveProperty(["questions.1.options"]);
    expect(await snapshot(job.id)).toEqual(before);

    // What stays allowed: wording, an unchosen option removed, a new option, order.
    const reworded = structuredClone(job.values);
    reworded.questions[0]!.label = "Can you work European hours?";
    reworded.questions[1]!.options = [{ label: "Storage" }, select!.options[1]!];
    reworded.questions.reverse();
    await save(job.id, reworded);
    const after = await snapshot(job.id);
    expect(after.questions.map((q) => [q.id, q.label])).toEqual([
      [select!.questionId, select!.label],
      [yesNo!.questionId, "Can you work European hours?"],
    ]);
    expect(after.questions[0]!.options.map((o) => o.label)).toEqual(["Storage", "Runtime"]);
    expect(after.questions[0]!.options[1]!.id).toBe(chosen);
  });

  it("changes the type of a question nobody answered", async () => {
    const job = await newJob();
    const values = structuredClone(job.values);
    values.questions[0] = { ...values.questions[0]!, type: "NUMBER", knockout: { rejectIfBelow: 2 } };
    await save(job.id, values);
    const question = await testDb.jobQuestion.findUniqueOrThrow({ where: { id: values.questions[0].questionId! } });
    expect(question).toMatchObject({ type: "NUMBER", knockout: { rejectIfBelow: 2 } });
  });
});

describe("stages with applications", () => {
  it("cannot be removed until their applications move to a stage that stays; the move is recorded", async () => {
    const job = await newJob();
    const onsite = job.values.stages.find((stage) => stage.name === "Onsite panel")!;
    const technical = job.values.stages.find((stage) => stage.name === "Technical interviews")!;
    const application = await createApplication(testDb, { jobId: job.id, stageName: "Onsite panel" });
    expect((await editing(job.id)).locks.applicationsByStageId[onsite.stageId!]).toBe(1);
    const before = await snapshot(job.id);

    const withoutOnsite = {
      ...structuredClone(job.values),
      stages: job.values.stages.filter((stage) => stage.key !== onsite.key),
    };
    expect((await refusedEdit(save(job.id, withoutOnsite))).stages?.[0]).toMatch(/“Onsite panel” holds 1 application/);
    expect(await snapshot(job.id)).toEqual(before);

    await save(job.id, { ...withoutOnsite, stageMoves: [{ fromStageId: onsite.stageId!, toStageKey: technical.key }] });
    const moved = await testDb.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { stageId: true, version: true },
    });
    expect(moved).toEqual({ stageId: technical.stageId, version: 1 });
    const transitions = await testDb.stageTransition.findMany({
      where: { applicationId: application.id },
      select: { toStageId: true, actorId: true },
    });
    expect(transitions).toEqual([{ toStageId: technical.stageId, actorId: editor.recruiter.userId }]);
    expect(await testDb.stage.count({ where: { id: onsite.stageId! } })).toBe(0);
  });

  it("renames, reorders and adds stages, keeping the ids applications point at", async () => {
    const job = await newJob();
    const values = structuredClone(job.values);
    const [applied, ...rest] = values.stages;
    values.stages = [
      { ...applied!, name: "New" },
      { key: "extra", name: "Take-home exercise", kind: "INTERVIEW" },
      ...rest.reverse(),
    ];
    values.stages = values.stages.map((stage) => (stage.kind === "HIRED" ? { ...stage, kind: "OFFER" } : stage));
    await save(job.id, values);
    const stages = await testDb.stage.findMany({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    });
    expect(stages.map((s) => s.name)).toEqual([
      "New",
      "Take-home exercise",
      "Hired",
      "Offer",
      "Onsite panel",
      "Technical interviews",
      "Hiring manager screen",
      "Recruiter screen",
    ]);
    expect(stages[0]!.id).toBe(applied!.stageId);
  });
});

describe("hiring team and scorecard", () => {
  it("records every change of the hiring team in the audit log, and nothing when it did not change", async () => {
    const job = await newJob();
    const manager = await createStaffUser(testDb, { role: "HIRING_MANAGER" });
    const interviewer = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const values = structuredClone(job.values);
    values.hiringTeam = [
      { userId: manager.id, role: "HIRING_MANAGER" },
      { userId: interviewer.id, role: "INTERVIEWER" },
    ];
    values.scorecardAttributes = [
      { name: "Systems design", description: "" },
      { name: "Communication", description: "Clear writing" },
    ];
    await save(job.id, values);
    const saved = (await editing(job.id)).values;
    await save(job.id, saved);
    await save(job.id, { ...saved, hiringTeam: [{ userId: interviewer.id, role: "HIRING_MANAGER" }] });

    const events = await testDb.auditEvent.findMany({
      where: { subjectType: "job", subjectId: String(job.id), action: "job.hiringTeamChanged" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { actorId: true, metadata: true },
    });
    expect(events).toEqual([
      { actorId: editor.recruiter.userId, metadata: { added: values.hiringTeam, removed: [], changed: [] } },
      {
        actorId: editor.recruiter.userId,
        metadata: {
          added: [],
          removed: [{ userId: manager.id, role: "HIRING_MANAGER" }],
          changed: [{ userId: interviewer.id, from: "INTERVIEWER", to: "HIRING_MANAGER" }],
        },
      },
    ]);
    const attributes = await testDb.scorecardAttribute.findMany({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
    });
    expect(attributes.map((a) => [a.name, a.description])).toEqual([
      ["Systems design", null],
      ["Communication", "Clear writing"],
    ]);
    expect(attributes.map((a) => a.id)).toEqual(saved.scorecardAttributes.map((a) => a.attributeId));
  });

  it("keeps an attribute that scorecards rated (renaming stays allowed), and removes one only an untouched draft row names", async () => {
    const job = await newJob();
    const values = structuredClone(job.values);
    values.scorecardAttributes = [
      { name: "Systems design", description: "" },
      { name: "Communication", description: "" },
      { name: "Debugging", description: "" },
    ];
    await save(job.id, values);
    const saved = (await editing(job.id)).values;
    const [design, communication, debugging] = saved.scorecardAttributes.map((a) => a.attributeId!);
    const application = await createApplication(testDb, { jobId: job.id });
    const interviewer = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const interview = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: editor.recruiter.userId,
      panelUserIds: [interviewer.id],
    });
    const scorecard = await createScorecard(testDb, {
      interviewId: interview.id,
      authorId: interviewer.id,
      submitted: true,
      ratings: { [design!]: "STRONG_YES" },
    });
    // A draft's notes pin an attribute too; a row with neither rating nor notes does not.
    await testDb.scorecardRating.createMany({
      data: [
        { scorecardId: scorecard.id, attributeId: communication!, notes: "Explained the isolate model clearly" },
        { scorecardId: scorecard.id, attributeId: debugging! },
      ],
    });
    expect((await editing(job.id)).locks.ratingsByAttributeId).toEqual({ [design!]: 1, [communication!]: 1 });
    const before = await snapshot(job.id);

    const errors = await refusedEdit(
      save(job.id, { ...structuredClone(saved), title: "Not saved", scorecardAttributes: [] }),
    );
    expect(errors.scorecardAttributes).toEqual([
      "“Systems design” is rated in 1 scorecard, so it cannot be removed (removing it would delete that feedback); you can rename it",
      "“Communication” is rated in 1 scorecard, so it cannot be removed (removing it would delete that feedback); you can rename it",
    ]);
    expect(await snapshot(job.id)).toEqual(before);
    expect(await testDb.scorecardRating.count({ where: { scorecardId: scorecard.id } })).toBe(3);

    const renamed = structuredClone(saved);
    renamed.scorecardAttributes = [
      { ...renamed.scorecardAttributes[1]! },
      { ...renamed.scorecardAttributes[0]!, name: "System design" },
    ];
    await save(job.id, renamed);
    const attributes = await testDb.scorecardAttribute.findMany({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    });
    expect(attributes).toEqual([
      { id: communication, name: "Communication" },
      { id: design, name: "System design" },
    ]);
    const ratings = await testDb.scorecardRating.findMany({
      where: { scorecardId: scorecard.id },
      orderBy: { attributeId: "asc" },
      select: { attributeId: true, rating: true },
    });
    expect(ratings).toEqual(
      [
        { attributeId: design, rating: "STRONG_YES" },
        { attributeId: communication, rating: null },
      ].sort((a, b) => a.attributeId! - b.attributeId!),
    );
  });

  it("refuses ids of another job's questions, stages or attributes", async () => {
    const job = await newJob();
    const other = await newJob();
    const values = structuredClone(job.values);
    values.questions[0] = { ...values.questions[0]!, questionId: other.values.questions[0]!.questionId };
    values.stages[1] = { ...values.stages[1]!, stageId: other.values.stages[1]!.stageId };
    const errors = await refusedEdit(save(job.id, values));
    expect(Object.keys(errors).sort()).toEqual(expect.arrayContaining(["questions.0.label", "stages.1.name"]));
  });
});
