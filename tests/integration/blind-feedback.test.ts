// Blind feedback and the candidate packet, enforced on the server: the read function, the
// interview page as a forged request renders it (only the session cookie is simulated), its
// HTML, and the resume route. An interviewer reads the others' scorecards only as the job's
// policy allows, peers never read private notes, coordinators read none, and the packet carries
// no eligibility, accommodation request or self-identification.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FeedbackVisibility } from "@/lib/generated/prisma/enums";
import { getInterviewPacket } from "@/lib/interviews/get-interview-packet";
import { getScorecardsForApplication } from "@/lib/scorecards/get-scorecards-for-application";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { createStaffSession, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { createPanelFixture, scorecardValues, type PanelFixture } from "../support/panel-fixture";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-blind-feedback-"));

const interviewPage = await import("@/app/(hiring)/hiring/interviews/[interviewId]/page");
const myInterviewsPage = await import("@/app/(hiring)/hiring/interviews/page");
const documentRoute = await import("@/app/(hiring)/hiring/applications/[applicationId]/documents/[fileId]/route");

type Who = keyof PanelFixture["users"];
type Outcome = { kind: "rendered"; html: string; element: unknown } | { kind: "notFound" } | { kind: "redirect" };

/** A panel where B has submitted (with private notes) and A has not even started. */
async function panel(feedbackVisibility: FeedbackVisibility = "AFTER_SUBMITTING") {
  const fixture = await createPanelFixture({ feedbackVisibility });
  const sessions = {} as Record<Who, string>;
  for (const who of Object.keys(fixture.users) as Who[])
    sessions[who] = (await createStaffSession(testDb, fixture.users[who].id)).sessionToken;
  const bSubmitted = scorecardValues(fixture, {
    keyTakeaways: `B-TAKEAWAYS-${uniqueSuffix()}`,
    privateNotes: `B-PRIVATE-${uniqueSuffix()}`,
  });
  await submitScorecard({ actor: fixture.actors.b, interviewId: fixture.interview.id, values: bSubmitted, version: 0 });
  const aDraft = scorecardValues(fixture, {
    keyTakeaways: `A-DRAFT-${uniqueSuffix()}`,
    privateNotes: `A-PRIVATE-${uniqueSuffix()}`,
  });
  return { ...fixture, sessions, bSubmitted, aDraft };
}
type Panel = Awaited<ReturnType<typeof panel>>;

async function visitInterview(p: Panel, who: Who, interviewId = p.interview.id): Promise<Outcome> {
  nextRequest.cookie = `authjs.session-token=${p.sessions[who]}`;
  try {
    const element = await interviewPage.default({ params: Promise.resolve({ interviewId }) });
    return { kind: "rendered", html: renderToStaticMarkup(element as ReactElement), element };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "notFound" };
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect" };
    throw error;
  }
}

const readAs = (p: Panel, who: Who) =>
  getScorecardsForApplication({ actor: p.actors[who], applicationId: p.application.id });
const html = (outcome: Outcome) => (outcome.kind === "rendered" ? outcome.html : "");
const BLIND_NOTICE = "You&#x27;ll see the other interviewers&#x27; feedback after you submit yours.";

let p: Panel;
beforeAll(async () => {
  p = await panel();
});
beforeEach(() => {
  nextRequest.cookie = "";
});

describe("after submitting (the default)", () => {
  it("keeps an interviewer blind until they submit: read function, page and HTML", async () => {
    const before = await readAs(p, "a");
    expect(before.access).toEqual({ readOthers: false, readPrivateNotes: false });
    expect(before.others).toEqual([]);
    expect(before.opensAfterSubmitting).toBe(true);
    const page = await visitInterview(p, "a");
    expect(page.kind).toBe("rendered");
    expect(html(page)).toContain(BLIND_NOTICE);
    expect(html(page)).not.toContain(p.bSubmitted.keyTakeaways);
    expect(html(page)).not.toContain(p.bSubmitted.privateNotes);
    // Who still owes one is not feedback: it may show.
    expect(before.pending.map((entry) => entry.user.id)).toEqual([p.users.a.id]);
  });

  it("shows the others' submitted scorecards once the interviewer submits, never their private notes", async () => {
    const q = await panel();
    await saveScorecardDraft({ actor: q.actors.a, interviewId: q.interview.id, values: q.aDraft, version: 0 });
    await submitScorecard({ actor: q.actors.a, interviewId: q.interview.id, values: q.aDraft, version: 1 });
    const after = await readAs(q, "a");
    expect(after.access).toEqual({ readOthers: true, readPrivateNotes: false });
    expect(
      after.others.map((scorecard) => [scorecard.author.id, scorecard.keyTakeaways, scorecard.privateNotes]),
    ).toEqual([[q.users.b.id, q.bSubmitted.keyTakeaways, null]]);
    // The author reads their own private notes.
    expect(after.own[0]?.privateNotes).toBe(q.aDraft.privateNotes);
    const page = html(await visitInterview(q, "a"));
    expect(page).toContain(q.bSubmitted.keyTakeaways);
    expect(page).not.toContain(q.bSubmitted.privateNotes);
    expect(page).not.toContain(BLIND_NOTICE);
  });

  it("never shows another's draft, not even to the hiring manager", async () => {
    const q = await panel();
    await saveScorecardDraft({ actor: q.actors.a, interviewId: q.interview.id, values: q.aDraft, version: 0 });
    for (const who of ["b", "hiringManager", "recruiter"] as const) {
      const read = await readAs(q, who);
      expect(JSON.stringify(read), who).not.toContain(q.aDraft.keyTakeaways);
    }
    expect(html(await visitInterview(q, "hiringManager"))).not.toContain(q.aDraft.keyTakeaways);
  });

  it("lets the people who decide read every submitted scorecard with private notes; coordinators read none", async () => {
    for (const who of ["hiringManager", "recruiter"] as const) {
      const read = await readAs(p, who);
      expect(read.access, who).toEqual({ readOthers: true, readPrivateNotes: true });
      expect(
        read.others.map((scorecard) => scorecard.privateNotes),
        who,
      ).toEqual([p.bSubmitted.privateNotes]);
      expect(html(await visitInterview(p, who)), who).toContain(p.bSubmitted.privateNotes);
    }
    const coordinator = await readAs(p, "coordinator");
    expect(coordinator.access).toEqual({ readOthers: false, readPrivateNotes: false });
    expect(coordinator.others).toEqual([]);
    const page = html(await visitInterview(p, "coordinator"));
    expect(page).toContain("Scorecards are not shown to your role.");
    expect(page).not.toContain(p.bSubmitted.keyTakeaways);
  });

  it("refuses an interviewer who is not on the panel: read function, page and crafted ids", async () => {
    await expectAppError(readAs(p, "outsider"), "NOT_FOUND");
    expect(await visitInterview(p, "outsider")).toEqual({ kind: "notFound" });
    expect(await visitInterview(p, "a", `missing-${uniqueSuffix()}`)).toEqual({ kind: "notFound" });
    await expectAppError(getInterviewPacket({ actor: p.actors.outsider, interviewId: p.interview.id }), "NOT_FOUND");
    nextRequest.cookie = "";
    await expect(
      interviewPage.default({ params: Promise.resolve({ interviewId: p.interview.id }) }),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });

  it("takes the access away with the seat: a cancelled interview opens nothing", async () => {
    const q = await panel();
    await testDb.interview.update({
      where: { id: q.interview.id },
      data: { status: "CANCELLED", cancelledAt: new Date() },
    });
    await expectAppError(readAs(q, "a"), "NOT_FOUND");
    expect(await visitInterview(q, "a")).toEqual({ kind: "notFound" });
  });
});

describe("the job's policy", () => {
  it("ALWAYS: an interviewer reads the others' before submitting (private notes still hidden)", async () => {
    const q = await panel("ALWAYS");
    const read = await readAs(q, "a");
    expect(read.access).toEqual({ readOthers: true, readPrivateNotes: false });
    expect(read.others.map((scorecard) => scorecard.keyTakeaways)).toEqual([q.bSubmitted.keyTakeaways]);
    expect(html(await visitInterview(q, "a"))).toContain(q.bSubmitted.keyTakeaways);
  });

  it("NEVER: an interviewer reads none even after submitting; the hiring manager reads all", async () => {
    const q = await panel("NEVER");
    await submitScorecard({ actor: q.actors.a, interviewId: q.interview.id, values: q.aDraft, version: 0 });
    const read = await readAs(q, "a");
    expect(read.access.readOthers).toBe(false);
    expect(read.others).toEqual([]);
    const page = html(await visitInterview(q, "a"));
    expect(page).not.toContain(q.bSubmitted.keyTakeaways);
    expect(page).toContain("On this job, interviewers do not see each other");
    const manager = await readAs(q, "hiringManager");
    expect(manager.others.map((scorecard) => scorecard.author.id).sort()).toEqual([q.users.a.id, q.users.b.id].sort());
  });
});

describe("the candidate packet", () => {
  const FORBIDDEN_KEYS = [
    "workAuthorization",
    "authorizedToWork",
    "requiresSponsorship",
    "exportControl",
    "canReceiveWithoutLicense",
    "usPerson",
    "accommodationRequest",
    "details",
    "kinds",
    "preferredContact",
    "gender",
    "race",
    "coverLetterText",
    "email",
    "phone",
  ];

  it("has the resume, answers with option labels, links and the panel arrangement, and nothing sensitive", async () => {
    const packet = await getInterviewPacket({ actor: p.actors.a, interviewId: p.interview.id });
    expect(packet.resume?.id).toBe(p.resume.id);
    expect(packet.panelArrangement).toBe(p.secrets.panelArrangement);
    expect(packet.candidate.links.map((link) => link.label)).toEqual(expect.arrayContaining(["LinkedIn", "GitHub"]));
    const preferredTeam = packet.answers.find((answer) => answer.label === "Preferred team");
    expect(preferredTeam?.answer).toEqual({ kind: "text", text: "Runtime" });

    const json = JSON.stringify(packet);
    for (const key of FORBIDDEN_KEYS) expect(json, key).not.toContain(`"${key}"`);
    for (const secret of [
      p.secrets.accommodationDetails,
      p.secrets.selfIdGender,
      p.secrets.selfIdRace,
      p.application.coverLetterText!,
      p.application.candidate.email,
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it("shows the arrangement only once the request is being handled", async () => {
    const q = await createPanelFixture();
    await testDb.accommodationRequest.update({ where: { applicationId: q.application.id }, data: { status: "NEW" } });
    expect((await getInterviewPacket({ actor: q.actors.a, interviewId: q.interview.id })).panelArrangement).toBeNull();
  });

  it("renders none of it in the page's HTML, for the panel or for a hiring manager", async () => {
    for (const who of ["a", "hiringManager"] as const) {
      const page = html(await visitInterview(p, who));
      expect(page, who).toContain(p.secrets.panelArrangement);
      for (const secret of [
        p.secrets.accommodationDetails,
        p.secrets.selfIdGender,
        p.secrets.selfIdRace,
        p.application.coverLetterText!,
        p.application.candidate.email,
      ]) {
        expect(page, `${who}: ${secret}`).not.toContain(secret);
      }
      expect(page, who).not.toMatch(/sponsorship|export licen|U\.S\. person|self-identif/i);
    }
  });

  it("opens the resume to the panel through the document route, and nothing else of the application", async () => {
    const get = (who: Who, fileId: string) => {
      nextRequest.cookie = `authjs.session-token=${p.sessions[who]}`;
      const params = { applicationId: p.application.id, fileId };
      return documentRoute.GET(
        new NextRequest(`http://localhost/hiring/applications/${params.applicationId}/documents/${fileId}`),
        { params: Promise.resolve(params) },
      );
    };
    const resume = await get("a", p.resume.id);
    expect(resume.status).toBe(200);
    expect(resume.headers.get("cache-control")).toBe("private, no-store");
    expect(resume.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await get("a", p.coverLetter.id)).status).toBe(404);
    expect((await get("outsider", p.resume.id)).status).toBe(404);
  });

  it("lists the interview on the panelist's My interviews, with the candidate and the scorecard state", async () => {
    nextRequest.cookie = `authjs.session-token=${p.sessions.a}`;
    const element = await myInterviewsPage.default();
    const listed = JSON.stringify(element);
    expect(listed).toContain(p.interview.id);
    expect(listed).toContain("NOT_STARTED");
    nextRequest.cookie = `authjs.session-token=${p.sessions.outsider}`;
    expect(JSON.stringify(await myInterviewsPage.default())).not.toContain(p.interview.id);
  });
});
