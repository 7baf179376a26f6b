// Writing scorecards: drafts, submit, edits kept as revisions, and every write someone may not
// make refused on the server, through the domain functions and through the server actions as a
// forged request would reach them (only the session cookie is simulated).
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { editSubmittedScorecard } from "@/lib/scorecards/edit-submitted-scorecard";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { createInterview, createStaffSession, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { createPanelFixture, scorecardValues, type PanelFixture } from "../support/panel-fixture";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-scorecards-"));

const actions = await import("@/app/(hiring)/hiring/interviews/[interviewId]/actions");

let fixture: PanelFixture;
const sessions = {} as Record<"a" | "b" | "outsider", string>;

beforeAll(async () => {
  fixture = await createPanelFixture();
  for (const key of ["a", "b", "outsider"] as const)
    sessions[key] = (await createStaffSession(testDb, fixture.users[key].id)).sessionToken;
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const signInAs = (key: keyof typeof sessions) => {
  nextRequest.cookie = `authjs.session-token=${sessions[key]}`;
};

/** A fresh interview of the fixture's application with the given panel (each test its own scorecards), started an hour ago. */
async function newInterview(panel: ("a" | "b")[] = ["a", "b"], status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") {
  return createInterview(testDb, {
    applicationId: fixture.application.id,
    scheduledById: fixture.users.coordinator.id,
    panelUserIds: panel.map((key) => fixture.users[key].id),
    startsAt: new Date(Date.now() - 60 * 60 * 1000),
    status,
  });
}

const scorecardsOf = (interviewId: string) =>
  testDb.scorecard.findMany({
    where: { interviewId },
    orderBy: { authorId: "asc" },
    select: {
      authorId: true,
      status: true,
      version: true,
      recommendation: true,
      keyTakeaways: true,
      privateNotes: true,
      ratings: { orderBy: { attributeId: "asc" }, select: { attributeId: true, rating: true, notes: true } },
      revisions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { snapshot: true, editorId: true } },
    },
  });

describe("drafts", () => {
  it("are created, then updated by the version they edited; an untouched attribute stores no row", async () => {
    const interview = await newInterview();
    const first = await saveScorecardDraft({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture, { recommendation: null }),
      version: 0,
    });
    expect(first.version).toBe(1);
    const values = scorecardValues(fixture, { keyTakeaways: "Second pass", privateNotes: "Mine only" });
    const second = await saveScorecardDraft({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values,
      version: first.version,
    });
    expect(second).toMatchObject({ scorecardId: first.scorecardId, version: 2 });
    const [stored] = await scorecardsOf(interview.id);
    expect(stored).toMatchObject({
      authorId: fixture.users.a.id,
      status: "DRAFT",
      version: 2,
      keyTakeaways: "Second pass",
      privateNotes: "Mine only",
      revisions: [],
    });
    expect(stored!.ratings).toEqual([
      { attributeId: fixture.attributes[0]!.id, rating: "STRONG_YES", notes: "Knows isolates well." },
    ]);
  });

  it("refuse a rating outside the 4-point scale, in the domain function and in the action, storing nothing", async () => {
    const interview = await newInterview();
    const values = scorecardValues(fixture);
    const crafted = { ...values, ratings: [{ ...values.ratings[0]!, rating: "MAYBE" }] };
    const error = await expectAppError(
      saveScorecardDraft({ actor: fixture.actors.a, interviewId: interview.id, values: crafted, version: 0 }),
      "VALIDATION",
    );
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["ratings.0.rating"]);

    signInAs("a");
    const result = await actions.saveScorecardDraftAction(interview.id, { values: crafted, version: 0 });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "ratings.0.rating": [expect.any(String)] } });
    const tooLong = await actions.saveScorecardDraftAction(interview.id, {
      values: { ...values, keyTakeaways: "x".repeat(5001) },
      version: 0,
    });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { keyTakeaways: [expect.any(String)] } });
    const badRecommendation = await actions.submitScorecardAction(interview.id, {
      values: { ...values, recommendation: "MAYBE" },
      version: 0,
    });
    expect(badRecommendation).toMatchObject({ ok: false, fieldErrors: { recommendation: [expect.any(String)] } });
    expect(await scorecardsOf(interview.id)).toEqual([]);
  });

  it("refuse an attribute of another job", async () => {
    const interview = await newInterview();
    const values = scorecardValues(fixture, {
      ratings: [{ attributeId: fixture.foreignAttribute.id, rating: "YES", notes: "" }],
    });
    const error = await expectAppError(
      saveScorecardDraft({ actor: fixture.actors.a, interviewId: interview.id, values, version: 0 }),
      "VALIDATION",
    );
    expect(error.fieldErrors).toHaveProperty("ratings");
    expect(await scorecardsOf(interview.id)).toEqual([]);
  });

  it("refuse an interview the actor is not on, or one that was cancelled, and unknown ids", async () => {
    const interview = await newInterview(["a"]);
    const cancelled = await newInterview(["a", "b"], "CANCELLED");
    const values = scorecardValues(fixture);
    for (const [actor, interviewId] of [
      [fixture.actors.b, interview.id],
      [fixture.actors.outsider, interview.id],
      [fixture.actors.hiringManager, interview.id],
      [fixture.actors.a, cancelled.id],
      [fixture.actors.a, `missing-${uniqueSuffix()}`],
    ] as const) {
      await expectAppError(saveScorecardDraft({ actor, interviewId, values, version: 0 }), "NOT_FOUND");
      await expectAppError(submitScorecard({ actor, interviewId, values, version: 0 }), "NOT_FOUND");
    }
    for (const key of ["b", "outsider"] as const) {
      signInAs(key);
      expect(await actions.saveScorecardDraftAction(interview.id, { values, version: 0 }), key).toMatchObject({
        ok: false,
      });
      expect(await actions.submitScorecardAction(interview.id, { values, version: 0 }), key).toMatchObject({
        ok: false,
      });
    }
    nextRequest.cookie = "";
    expect(await actions.submitScorecardAction(interview.id, { values, version: 0 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/signed out/i),
    });
    expect(await scorecardsOf(interview.id)).toEqual([]);
    expect(await scorecardsOf(cancelled.id)).toEqual([]);
  });
});

describe("two tabs", () => {
  it("a save from a stale version is a CONFLICT that overwrites nothing; the action returns the newer one to load or overwrite", async () => {
    const interview = await newInterview();
    const tab1 = scorecardValues(fixture, { keyTakeaways: "From tab one" });
    const saved = await saveScorecardDraft({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values: tab1,
      version: 0,
    });
    const tab2 = scorecardValues(fixture, { keyTakeaways: "From tab two" });
    const error = await expectAppError(
      saveScorecardDraft({ actor: fixture.actors.a, interviewId: interview.id, values: tab2, version: 0 }),
      "CONFLICT",
    );
    expect(error.message).not.toContain("From tab one");
    expect((await scorecardsOf(interview.id))[0]).toMatchObject({ keyTakeaways: "From tab one", version: 1 });

    signInAs("a");
    const result = await actions.saveScorecardDraftAction(interview.id, { values: tab2, version: 0 });
    expect(result).toMatchObject({
      ok: false,
      conflict: { status: "DRAFT", version: saved.version, values: { keyTakeaways: "From tab one" } },
    });
    // "Keep mine and overwrite": the same text, naming the version it now knows about.
    expect(
      await actions.saveScorecardDraftAction(interview.id, { values: tab2, version: saved.version }),
    ).toMatchObject({ ok: true, version: 2 });
    expect((await scorecardsOf(interview.id))[0]).toMatchObject({ keyTakeaways: "From tab two", version: 2 });
  });

  it("two first saves at once: one wins, the other is a CONFLICT", async () => {
    const interview = await newInterview();
    const outcomes = await Promise.allSettled(
      ["one", "two"].map((tab) =>
        saveScorecardDraft({
          actor: fixture.actors.a,
          interviewId: interview.id,
          values: scorecardValues(fixture, { keyTakeaways: tab }),
          version: 0,
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await scorecardsOf(interview.id)).toHaveLength(1);
  });
});

describe("submit and edit", () => {
  it("submit needs a recommendation, take-aways and one rating", async () => {
    const interview = await newInterview();
    const empty = scorecardValues(fixture, {
      recommendation: null,
      keyTakeaways: "  ",
      ratings: fixture.attributes.map((attribute) => ({ attributeId: attribute.id, rating: null, notes: "" })),
    });
    const error = await expectAppError(
      submitScorecard({ actor: fixture.actors.a, interviewId: interview.id, values: empty, version: 0 }),
      "VALIDATION",
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["keyTakeaways", "ratings", "recommendation"]);
    expect(await scorecardsOf(interview.id)).toEqual([]);
  });

  it("submits, keeps the first revision, audits it; later edits stay submitted and add revisions", async () => {
    const interview = await newInterview();
    const draft = await saveScorecardDraft({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    const first = scorecardValues(fixture, { keyTakeaways: "First opinion", recommendation: "YES" });
    const submitted = await submitScorecard({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values: first,
      version: draft.version,
    });
    let [stored] = await scorecardsOf(interview.id);
    expect(stored).toMatchObject({ status: "SUBMITTED", keyTakeaways: "First opinion", version: submitted.version });
    expect(stored!.revisions).toHaveLength(1);
    expect(
      await testDb.scorecard.findFirst({ where: { interviewId: interview.id }, select: { submittedAt: true } }),
    ).toEqual({ submittedAt: submitted.submittedAt });

    // Autosave from a tab that did not notice the submit: refused, nothing changes.
    await expectAppError(
      saveScorecardDraft({
        actor: fixture.actors.a,
        interviewId: interview.id,
        values: scorecardValues(fixture),
        version: submitted.version,
      }),
      "CONFLICT",
    );
    await expectAppError(
      submitScorecard({
        actor: fixture.actors.a,
        interviewId: interview.id,
        values: first,
        version: submitted.version,
      }),
      "CONFLICT",
    );

    const second = scorecardValues(fixture, { keyTakeaways: "Second thoughts", recommendation: "STRONG_YES" });
    const edited = await editSubmittedScorecard({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values: second,
      version: submitted.version,
    });
    await expectAppError(
      editSubmittedScorecard({
        actor: fixture.actors.a,
        interviewId: interview.id,
        values: first,
        version: submitted.version,
      }),
      "CONFLICT",
    );
    [stored] = await scorecardsOf(interview.id);
    expect(stored).toMatchObject({
      status: "SUBMITTED",
      keyTakeaways: "Second thoughts",
      recommendation: "STRONG_YES",
      version: edited.version,
    });
    expect(stored!.revisions.map((revision) => (revision.snapshot as { keyTakeaways: string }).keyTakeaways)).toEqual([
      "First opinion",
      "Second thoughts",
    ]);
    expect(stored!.revisions.every((revision) => revision.editorId === fixture.users.a.id)).toBe(true);

    const audit = await testDb.auditEvent.findMany({
      where: { subjectId: fixture.application.id, action: { in: ["scorecard.submitted", "scorecard.edited"] } },
      select: { action: true, actorId: true, metadata: true },
    });
    const mine = audit.filter((event) => (event.metadata as { interviewId?: string }).interviewId === interview.id);
    expect(mine.map((event) => event.action).sort()).toEqual(["scorecard.edited", "scorecard.submitted"]);
    expect(mine.every((event) => event.actorId === fixture.users.a.id)).toBe(true);
  });

  it("never writes someone else's scorecard: a panelist without one, or an outsider, only ever reaches their own", async () => {
    const interview = await newInterview();
    const aValues = scorecardValues(fixture, { keyTakeaways: "A's view", privateNotes: "A's private" });
    const submitted = await submitScorecard({
      actor: fixture.actors.a,
      interviewId: interview.id,
      values: aValues,
      version: 0,
    });
    const before = await scorecardsOf(interview.id);
    const crafted = scorecardValues(fixture, { keyTakeaways: "Overwritten by someone else" });
    // The version of A's scorecard gains nothing: the scorecard is found by author.
    await expectAppError(
      editSubmittedScorecard({
        actor: fixture.actors.b,
        interviewId: interview.id,
        values: crafted,
        version: submitted.version,
      }),
      "NOT_FOUND",
    );
    await expectAppError(
      editSubmittedScorecard({
        actor: fixture.actors.outsider,
        interviewId: interview.id,
        values: crafted,
        version: submitted.version,
      }),
      "NOT_FOUND",
    );
    signInAs("b");
    expect(
      await actions.editSubmittedScorecardAction(interview.id, { values: crafted, version: submitted.version }),
    ).toMatchObject({ ok: false });
    signInAs("outsider");
    expect(
      await actions.editSubmittedScorecardAction(interview.id, { values: crafted, version: submitted.version }),
    ).toMatchObject({ ok: false });
    expect(await scorecardsOf(interview.id)).toEqual(before);

    // B's own draft is a new row of B's; A's stays as it was.
    signInAs("b");
    expect(await actions.saveScorecardDraftAction(interview.id, { values: crafted, version: 0 })).toMatchObject({
      ok: true,
      version: 1,
    });
    const after = await scorecardsOf(interview.id);
    expect(after.find((row) => row.authorId === fixture.users.a.id)).toEqual(before[0]);
    expect(after.find((row) => row.authorId === fixture.users.b.id)).toMatchObject({
      status: "DRAFT",
      keyTakeaways: "Overwritten by someone else",
    });
  });

  it("the actions submit and edit as the signed-in author", async () => {
    const interview = await newInterview();
    signInAs("a");
    const submitted = await actions.submitScorecardAction(interview.id, {
      values: scorecardValues(fixture),
      version: 0,
    });
    expect(submitted).toMatchObject({ ok: true, version: 1 });
    const edited = await actions.editSubmittedScorecardAction(interview.id, {
      values: scorecardValues(fixture, { recommendation: "NO" }),
      version: 1,
    });
    expect(edited).toMatchObject({ ok: true, version: 2 });
    const stale = await actions.editSubmittedScorecardAction(interview.id, {
      values: scorecardValues(fixture),
      version: 1,
    });
    expect(stale).toMatchObject({
      ok: false,
      conflict: { status: "SUBMITTED", version: 2, values: { recommendation: "NO" } },
    });
  });
});

describe("my interviews", () => {
  it("lists the actor's seats with their scorecard state, and overdue ones past the job's due time", async () => {
    const hour = 60 * 60 * 1000;
    const now = new Date();
    const past = async (hoursAgo: number) =>
      createInterview(testDb, {
        applicationId: fixture.application.id,
        scheduledById: fixture.users.coordinator.id,
        panelUserIds: [fixture.users.b.id],
        startsAt: new Date(now.getTime() - hoursAgo * hour),
        durationMinutes: 60,
      });
    const overdue = await past(48);
    const recent = await past(3);
    const drafted = await past(50);
    const done = await past(72);
    const upcoming = await createInterview(testDb, {
      applicationId: fixture.application.id,
      scheduledById: fixture.users.coordinator.id,
      panelUserIds: [fixture.users.b.id],
    });
    const cancelled = await createInterview(testDb, {
      applicationId: fixture.application.id,
      scheduledById: fixture.users.coordinator.id,
      panelUserIds: [fixture.users.b.id],
      status: "CANCELLED",
    });
    await saveScorecardDraft({
      actor: fixture.actors.b,
      interviewId: drafted.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    await submitScorecard({
      actor: fixture.actors.b,
      interviewId: done.id,
      values: scorecardValues(fixture),
      version: 0,
    });

    const mine = await listMyInterviews({ actor: fixture.actors.b, now });
    const state = (id: string) => [...mine.past, ...mine.upcoming].find((item) => item.id === id)?.scorecard;
    expect(state(overdue.id)).toMatchObject({ state: "NOT_STARTED", overdue: true });
    expect(state(recent.id)).toMatchObject({ state: "NOT_STARTED", overdue: false });
    expect(state(drafted.id)).toMatchObject({ state: "DRAFT", overdue: true });
    expect(state(done.id)).toMatchObject({ state: "SUBMITTED", overdue: false });
    expect(mine.upcoming.map((item) => item.id)).toContain(upcoming.id);
    expect(mine.owed.map((item) => item.id)).toEqual(expect.arrayContaining([overdue.id, recent.id, drafted.id]));
    expect(mine.owed.map((item) => item.id)).not.toContain(done.id);
    expect(mine.owed.map((item) => item.id)).not.toContain(upcoming.id);
    const cancelledItem = mine.past.find((item) => item.id === cancelled.id);
    expect(cancelledItem).toMatchObject({ cancelled: true, candidateName: null });
    // Someone else's seats are not listed.
    const outsider = await listMyInterviews({ actor: fixture.actors.outsider, now });
    expect([...outsider.upcoming, ...outsider.past]).toEqual([]);
  });
});
