// Issue 12, findings 5 and 6: blind feedback cannot be bypassed with a placeholder submitted
// before the interview, an edit made once the others' feedback was readable is shown to the
// people who decide, and hiring-decision notes follow the scorecards' rule (coordinators and
// deciders still blind on the panel do not read them).
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TakeawaysList } from "@/components/decisions/takeaways-list";
import { OthersScorecards } from "@/components/scorecards/others-scorecards";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { getDecisionView } from "@/lib/decisions/get-decision-view";
import { recordHiringDecision } from "@/lib/decisions/record-hiring-decision";
import { editSubmittedScorecard } from "@/lib/scorecards/edit-submitted-scorecard";
import { getScorecardsForApplication } from "@/lib/scorecards/get-scorecards-for-application";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { SUBMIT_BEFORE_START_MESSAGE, submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { createInterview, uniqueSuffix } from "../factories";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { createPanelFixture, scorecardValues } from "../support/panel-fixture";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-feedback-trust-"));

const HOUR_MS = 60 * 60 * 1000;
const REVEAL_LABEL = "Edited after its author could read others’ feedback";

const statusOf = (interviewId: string, authorId: string) =>
  testDb.scorecard.findUnique({
    where: { interviewId_authorId: { interviewId, authorId } },
    select: { status: true, submittedAt: true },
  });

describe("submitting before the interview", () => {
  it("is refused (the draft still saves), so a placeholder cannot open the others' feedback; it works once the interview starts", async () => {
    const fixture = await createPanelFixture();
    const { application, actors, users } = fixture;
    await submitScorecard({
      actor: actors.b,
      interviewId: fixture.interview.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    const tomorrow = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: users.coordinator.id,
      panelUserIds: [users.a.id],
    });

    const draft = await saveScorecardDraft({
      actor: actors.a,
      interviewId: tomorrow.id,
      values: scorecardValues(fixture, { keyTakeaways: "Placeholder" }),
      version: 0,
    });
    const refused = await expectAppError(
      submitScorecard({
        actor: actors.a,
        interviewId: tomorrow.id,
        values: scorecardValues(fixture),
        version: draft.version,
      }),
      "VALIDATION",
    );
    expect(refused.message).toBe(SUBMIT_BEFORE_START_MESSAGE);
    expect(await statusOf(tomorrow.id, users.a.id)).toEqual({ status: "DRAFT", submittedAt: null });
    expect((await getScorecardsForApplication({ actor: actors.a, applicationId: application.id })).others).toEqual([]);

    // The interview has started: the same submit goes through.
    await testDb.interview.update({ where: { id: tomorrow.id }, data: { startsAt: new Date(Date.now() - HOUR_MS) } });
    await submitScorecard({
      actor: actors.a,
      interviewId: tomorrow.id,
      values: scorecardValues(fixture),
      version: draft.version,
    });
    expect(await statusOf(tomorrow.id, users.a.id)).toMatchObject({ status: "SUBMITTED" });
  });
});

describe("an edit made after its author could read the others", () => {
  it("is recorded and shown to the people who decide; an edit made while still blind is not", async () => {
    const fixture = await createPanelFixture();
    const { application, interview, actors, users } = fixture;
    const first = await submitScorecard({
      actor: actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    // Nobody else has submitted yet: nothing could be read, so this edit is still blind.
    const blindEdit = await editSubmittedScorecard({
      actor: actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture, { recommendation: "NO" }),
      version: first.version,
    });
    expect(
      await testDb.scorecard.findFirstOrThrow({
        where: { interviewId: interview.id, authorId: users.a.id },
        select: { editedAfterRevealAt: true },
      }),
    ).toEqual({ editedAfterRevealAt: null });

    await submitScorecard({ actor: actors.b, interviewId: interview.id, values: scorecardValues(fixture), version: 0 });
    const revised = await editSubmittedScorecard({
      actor: actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture, { recommendation: "STRONG_NO" }),
      version: blindEdit.version,
    });
    const stored = await testDb.scorecard.findFirstOrThrow({
      where: { interviewId: interview.id, authorId: users.a.id },
      select: { editedAfterRevealAt: true },
    });
    expect(stored.editedAfterRevealAt).toEqual(revised.editedAt);
    const audit = await testDb.auditEvent.findMany({
      where: { subjectId: application.id, action: "scorecard.edited", actorId: users.a.id },
      orderBy: { createdAt: "asc" },
      select: { metadata: true },
    });
    expect(audit.map((event) => (event.metadata as { afterReveal: boolean }).afterReveal)).toEqual([false, true]);

    // The hiring manager's decision view and the recruiter's scorecard list say so, and show it.
    const view = await getDecisionView({ actor: actors.hiringManager, applicationId: application.id });
    const byAuthor = new Map(view.scorecards.map((scorecard) => [scorecard.author.id, scorecard.editedAfterRevealAt]));
    expect(byAuthor).toEqual(
      new Map([
        [users.a.id, revised.editedAt],
        [users.b.id, null],
      ]),
    );
    const takeaways = renderToStaticMarkup(
      createElement(TakeawaysList, { attributes: view.attributes, scorecards: view.scorecards }),
    );
    expect(takeaways.split(REVEAL_LABEL)).toHaveLength(2);
    const list = await getScorecardsForApplication({ actor: actors.recruiter, applicationId: application.id });
    expect(list.others.find((scorecard) => scorecard.author.id === users.a.id)?.editedAfterRevealAt).toEqual(
      revised.editedAt,
    );
    expect(renderToStaticMarkup(createElement(OthersScorecards, { scorecards: list }))).toContain(REVEAL_LABEL);
  });

  it("is not flagged where the author can never read the others (the job's rule is 'never')", async () => {
    const fixture = await createPanelFixture({ feedbackVisibility: "NEVER" });
    const { interview, actors, users } = fixture;
    await submitScorecard({ actor: actors.b, interviewId: interview.id, values: scorecardValues(fixture), version: 0 });
    const first = await submitScorecard({
      actor: actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    await editSubmittedScorecard({
      actor: actors.a,
      interviewId: interview.id,
      values: scorecardValues(fixture, { recommendation: "NO" }),
      version: first.version,
    });
    expect(
      await testDb.scorecard.findFirstOrThrow({
        where: { interviewId: interview.id, authorId: users.a.id },
        select: { editedAfterRevealAt: true },
      }),
    ).toEqual({ editedAfterRevealAt: null });
  });
});

describe("hiring-decision notes", () => {
  it("follow the scorecards' rule: not for coordinators, nor for a decider still blind on the panel", async () => {
    const fixture = await createPanelFixture();
    const { application, actors, users } = fixture;
    await submitScorecard({
      actor: actors.a,
      interviewId: fixture.interview.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    const note = `DECISION-NOTE-${uniqueSuffix()}: strong systems depth per the panel.`;
    await recordHiringDecision({
      actor: actors.recruiter,
      applicationId: application.id,
      expectedVersion: 0,
      decision: { kind: "ADVANCE", note },
    });
    // The hiring manager sits on a later interview and has not submitted: blind.
    const screen = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: users.coordinator.id,
      panelUserIds: [users.hiringManager.id],
      startsAt: new Date(Date.now() - HOUR_MS),
    });

    const decisionOn = async (who: "coordinator" | "hiringManager" | "recruiter") => {
      const timeline = await getApplicationTimeline({ actor: actors[who], applicationId: application.id });
      return timeline.find((entry) => entry.kind === "decision");
    };
    for (const who of ["coordinator", "hiringManager"] as const) {
      expect(await decisionOn(who), who).toMatchObject({ decision: "ADVANCE", note: null });
    }
    const blindView = await getDecisionView({ actor: actors.hiringManager, applicationId: application.id });
    expect(blindView.decisions).toMatchObject([{ kind: "ADVANCE", note: null }]);
    expect(JSON.stringify(blindView)).not.toContain(note);
    expect(await decisionOn("recruiter")).toMatchObject({ note });

    // Once the hiring manager has submitted, the note is theirs to read, as the scorecards are.
    await submitScorecard({
      actor: actors.hiringManager,
      interviewId: screen.id,
      values: scorecardValues(fixture),
      version: 0,
    });
    expect(await decisionOn("hiringManager")).toMatchObject({ note });
    expect(
      (await getDecisionView({ actor: actors.hiringManager, applicationId: application.id })).decisions,
    ).toMatchObject([{ note }]);
    expect(await decisionOn("coordinator")).toMatchObject({ note: null });
  });
});
