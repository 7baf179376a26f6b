// The accommodations queue: its domain functions, its pages and actions for every role (only
// admins and coordinators get in, whatever the id), and the 2-business-day reminder.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addAccommodationNote } from "@/lib/accommodations/add-accommodation-note";
import { changeAccommodationStatus } from "@/lib/accommodations/change-accommodation-status";
import { readSensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { listAccommodationRequests } from "@/lib/accommodations/list-accommodation-requests";
import { remindUntouchedRequests } from "@/lib/accommodations/remind-untouched-requests";
import { setPanelArrangement } from "@/lib/accommodations/set-panel-arrangement";
import { actorFor, createApplication, createJob, ensureLegalForms, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { visitPage } from "../support/staff-page-visit";
import { nextRequest } from "../support/next-request";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const queuePage = await import("@/app/(hiring)/hiring/accommodations/page");
const requestPage = await import("@/app/(hiring)/hiring/accommodations/[requestId]/page");
const actions = await import("@/app/(hiring)/hiring/accommodations/actions");

const ROLES = STAFF_ROLES;
type Role = (typeof ROLES)[number];
const HANDLES_ACCOMMODATIONS = (role: Role) => role === "ADMIN" || role === "COORDINATOR";

const DETAILS = `I am hard of hearing; please use captions on video calls ${uniqueSuffix()}`;
const { users, sessions } = staffOfEveryRole();
let job: { id: number; title: string };
let requestId: string;
let applicationId: string;
let candidate: { email: string; phone: string | null; lastName: string };

async function newRequest(
  options: { status?: "NEW" | "IN_DISCUSSION" | "ARRANGED" | "CLOSED"; lastActivityAt?: Date; jobId?: number } = {},
) {
  const application = await createApplication(testDb, {
    jobId: options.jobId ?? job.id,
    accommodation: { kinds: ["SIGN_LANGUAGE_INTERPRETER"], details: DETAILS, preferredContact: "PHONE" },
  });
  const created = application.accommodationRequest!;
  return testDb.accommodationRequest.update({
    where: { id: created.id },
    data: {
      status: options.status ?? "NEW",
      ...(options.lastActivityAt && { lastActivityAt: options.lastActivityAt, createdAt: options.lastActivityAt }),
    },
    select: { id: true, applicationId: true, status: true, lastActivityAt: true },
  });
}

beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb);
  // The hiring manager and the interviewer are on this job's team: being close to the
  // application must still not let them near the accommodation request.
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: users.HIRING_MANAGER.id, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: users.INTERVIEWER.id, role: "INTERVIEWER" },
    ],
  });
  const application = await createApplication(testDb, {
    jobId: job.id,
    accommodation: { kinds: ["SIGN_LANGUAGE_INTERPRETER", "OTHER"], details: DETAILS, preferredContact: "PHONE" },
  });
  requestId = application.accommodationRequest!.id;
  applicationId = application.id;
  candidate = application.candidate;
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const coordinator = () => actorFor(users.COORDINATOR);
const signInAs = (role: Role) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};

describe("the queue and a request, for a coordinator", () => {
  it("lists open requests with who, job, kind, status, contact and age, but not the request's text", async () => {
    const closed = await newRequest({ status: "CLOSED" });
    const { items } = await listAccommodationRequests({ actor: coordinator(), status: "open" });
    const item = items.find((entry) => entry.id === requestId);
    expect(item).toMatchObject({
      status: "NEW",
      jobTitle: job.title,
      kinds: "A sign language interpreter; Something else",
      preferredContact: "Phone",
    });
    expect(item?.candidateName).toContain(candidate.lastName);
    expect(JSON.stringify(items)).not.toContain(DETAILS);
    expect(items.some((entry) => entry.id === closed.id)).toBe(false);

    const onlyClosed = await listAccommodationRequests({ actor: coordinator(), status: "CLOSED" });
    expect(onlyClosed.items.map((entry) => entry.id)).toContain(closed.id);
    expect(onlyClosed.items.every((entry) => entry.status === "CLOSED")).toBe(true);
  });

  it("shows the request with the person's email and phone, and records the view in the audit log", async () => {
    const detail = await readSensitiveAccommodationRequest({ actor: coordinator(), requestId });
    expect(detail).toMatchObject({
      details: DETAILS,
      preferredContact: "PHONE",
      preferredContactLabel: "Phone",
      candidate: { email: candidate.email, phone: candidate.phone },
      canManage: true,
    });
    const views = await testDb.auditEvent.findMany({
      where: { action: "view.accommodation", actorId: users.COORDINATOR.id, subjectId: applicationId },
    });
    expect(views.length).toBeGreaterThanOrEqual(1);
    expect(views[0]?.metadata).toEqual({ accommodationRequestId: requestId });
  });

  it("adds notes, moves the status along and back, and every change counts as activity and is audited", async () => {
    const { id } = await newRequest({ lastActivityAt: new Date("2026-01-02T10:00:00Z") });
    const actor = coordinator();

    await addAccommodationNote({ actor, requestId: id, body: "Called them; they want CART captioning." });
    const afterNote = await testDb.accommodationRequest.findUniqueOrThrow({ where: { id } });
    expect(afterNote.lastActivityAt.getTime()).toBeGreaterThan(new Date("2026-11-01").getTime());

    await changeAccommodationStatus({ actor, requestId: id, from: "NEW", to: "IN_DISCUSSION" });
    await changeAccommodationStatus({ actor, requestId: id, from: "IN_DISCUSSION", to: "ARRANGED" });
    await changeAccommodationStatus({ actor, requestId: id, from: "ARRANGED", to: "IN_DISCUSSION" });
    await changeAccommodationStatus({ actor, requestId: id, from: "IN_DISCUSSION", to: "CLOSED" });
    await changeAccommodationStatus({ actor, requestId: id, from: "CLOSED", to: "IN_DISCUSSION" });

    // A stale view (someone else moved it) and a move the workflow does not offer change nothing.
    await expectAppError(changeAccommodationStatus({ actor, requestId: id, from: "NEW", to: "ARRANGED" }), "CONFLICT");
    await expectAppError(
      changeAccommodationStatus({ actor, requestId: id, from: "IN_DISCUSSION", to: "NEW" }),
      "VALIDATION",
    );
    expect((await testDb.accommodationRequest.findUniqueOrThrow({ where: { id } })).status).toBe("IN_DISCUSSION");

    const detail = await readSensitiveAccommodationRequest({ actor, requestId: id });
    expect(detail.timeline.map((entry) => entry.kind)).toEqual([
      "status",
      "status",
      "status",
      "status",
      "status",
      "note",
    ]);
    expect(detail.timeline[0]).toMatchObject({
      kind: "status",
      from: "CLOSED",
      to: "IN_DISCUSSION",
      author: users.COORDINATOR.name,
    });

    const events = await testDb.auditEvent.findMany({
      where: {
        subjectId: (await testDb.accommodationRequest.findUniqueOrThrow({ where: { id } })).applicationId,
        action: { startsWith: "accommodation." },
      },
    });
    expect(events.filter((event) => event.action === "accommodation.statusChanged")).toHaveLength(5);
    // The note's text never goes into the audit log.
    expect(JSON.stringify(events)).not.toContain("CART");
  });

  it("sets and clears the one sentence interviewers see", async () => {
    const { id } = await newRequest();
    const actor = coordinator();
    expect(
      await setPanelArrangement({
        actor,
        requestId: id,
        panelArrangement: "  Turn on captions in every video interview.  ",
      }),
    ).toEqual({ changed: true });
    expect((await testDb.accommodationRequest.findUniqueOrThrow({ where: { id } })).panelArrangement).toBe(
      "Turn on captions in every video interview.",
    );
    expect(
      await setPanelArrangement({
        actor,
        requestId: id,
        panelArrangement: "Turn on captions in every video interview.",
      }),
    ).toEqual({ changed: false });
    await setPanelArrangement({ actor, requestId: id, panelArrangement: "" });
    expect((await testDb.accommodationRequest.findUniqueOrThrow({ where: { id } })).panelArrangement).toBeNull();
    await expectAppError(
      setPanelArrangement({ actor, requestId: id, panelArrangement: "x".repeat(501) }),
      "VALIDATION",
    );
  });

  it("treats an id that does not exist as not found", async () => {
    await expectAppError(
      readSensitiveAccommodationRequest({ actor: coordinator(), requestId: "c-does-not-exist" }),
      "NOT_FOUND",
    );
    await expectAppError(
      addAccommodationNote({ actor: coordinator(), requestId: "c-does-not-exist", body: "Hello" }),
      "NOT_FOUND",
    );
  });
});

const renderQueue = () => visitPage(queuePage, { status: "all" });
const renderRequest = (id: string) => () => visitPage(requestPage, {}, { requestId: id });
/** The whole page as HTML, its components included (visitPage stops at the page's element). */
const htmlOf = (outcome: Awaited<ReturnType<typeof visitPage>>) =>
  outcome.kind === "rendered" ? renderToStaticMarkup(outcome.element as ReactElement) : "";

const snapshot = async () => ({
  request: await testDb.accommodationRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { status: true, panelArrangement: true, lastActivityAt: true },
  }),
  notes: await testDb.accommodationNote.count({ where: { requestId } }),
  views: await testDb.auditEvent.count({ where: { action: "view.accommodation", subjectId: applicationId } }),
});

describe("who can reach the queue", () => {
  it("sends a signed-out visitor to sign in, and refuses their actions", async () => {
    expect(await renderQueue()).toMatchObject({ kind: "redirect", to: expect.stringMatching(/^\/hiring\/sign-in/) });
    expect(await renderRequest(requestId)()).toMatchObject({ kind: "redirect" });
    const before = await snapshot();
    expect(await actions.addAccommodationNoteAction({ requestId, body: "Forged" })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it.each(ROLES)("lets %s in only if it handles accommodations, whatever the id", async (role) => {
    signInAs(role);
    const allowed = HANDLES_ACCOMMODATIONS(role);
    const before = await snapshot();
    const queue = await renderQueue();
    const detail = await renderRequest(requestId)();
    const crafted = await renderRequest("c-not-a-real-request")();
    expect(crafted, `${role} crafted id`).toEqual({ kind: "notFound" });

    const calls = {
      note: () => actions.addAccommodationNoteAction({ requestId, body: `Note by ${role}` }),
      status: () => actions.changeAccommodationStatusAction({ requestId, from: "NEW", to: "IN_DISCUSSION" }),
      arrangement: () => actions.setPanelArrangementAction({ requestId, panelArrangement: `Arrangement by ${role}` }),
    };
    if (!allowed) {
      expect(queue, `${role} queue`).toEqual({ kind: "notFound" });
      expect(detail, `${role} request`).toEqual({ kind: "notFound" });
      for (const [name, call] of Object.entries(calls))
        expect(await call(), `${role} ${name}`).toMatchObject({
          ok: false,
          message: expect.stringMatching(/permission/),
        });
      // Not even the audit log moved: nothing was read.
      expect(await snapshot()).toEqual(before);
      return;
    }
    const queueHtml = htmlOf(queue);
    const detailHtml = htmlOf(detail);
    expect(queueHtml).toContain(candidate.lastName);
    expect(queueHtml).toContain(`/hiring/accommodations/${requestId}`);
    expect(detailHtml).toContain(DETAILS);
    expect(detailHtml).toContain(candidate.email);
    expect(detailHtml).toContain("Interviewers see exactly this text, and nothing else from this request");
    expect(await calls.note()).toMatchObject({ ok: true });
    expect(await calls.arrangement()).toMatchObject({ ok: true });
    // Crafted ids through the actions: not found, nothing written.
    expect(await actions.addAccommodationNoteAction({ requestId: "c-not-a-real-request", body: "x" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await actions.changeAccommodationStatusAction({ requestId, from: "NEW", to: "BOGUS" })).toMatchObject({
      ok: false,
    });
  });
});

describe("the reminder for requests untouched for 2 business days", () => {
  // Fixed dates well in the past, so no other test's request (touched today) is ever due here.
  const friday = new Date("2020-01-03T10:00:00Z");
  const mondayEvening = new Date("2020-01-06T18:00:00Z");
  const tuesday = new Date("2020-01-07T10:00:00Z");

  it("waits over the weekend, then emails the coordinators once, without the request's details", async () => {
    const waiting = await newRequest({ lastActivityAt: friday });
    const arranged = await newRequest({ status: "ARRANGED", lastActivityAt: friday });
    const coordinators = await testDb.user.findMany({
      where: { role: "COORDINATOR", active: true },
      select: { email: true },
    });

    expect((await remindUntouchedRequests({ now: mondayEvening })).reminded).not.toContain(waiting.id);

    const { reminded, emailIds } = await remindUntouchedRequests({ now: tuesday });
    expect(reminded).toContain(waiting.id);
    expect(reminded).not.toContain(arranged.id);
    const emails = await testDb.emailOutbox.findMany({ where: { id: { in: emailIds } } });
    expect(emails.map((email) => email.toAddress).sort()).toEqual(coordinators.map((user) => user.email).sort());
    for (const email of emails) {
      expect(email.textBody).toContain(`An accommodation request for ${job.title} has waited 2 business days`);
      expect(email.textBody).toContain(`/hiring/accommodations/${waiting.id}`);
      const everything = `${email.subject} ${email.textBody} ${email.htmlBody}`;
      for (const secret of [DETAILS, "sign language", "interpreter", candidate.lastName])
        expect(everything).not.toContain(secret);
    }

    // Claimed: a second run (or a second worker) does not remind again.
    expect((await remindUntouchedRequests({ now: tuesday })).reminded).not.toContain(waiting.id);
  });

  it("reminds again only after new activity and another 2 quiet business days", async () => {
    const { id } = await newRequest({ lastActivityAt: friday });
    expect((await remindUntouchedRequests({ now: tuesday })).reminded).toContain(id);
    // A coordinator touched it on Wednesday; it is due again on Friday, not before.
    const wednesday = new Date("2020-01-08T09:00:00Z");
    await testDb.accommodationRequest.update({ where: { id }, data: { lastActivityAt: wednesday } });
    expect((await remindUntouchedRequests({ now: new Date("2020-01-10T08:59:00Z") })).reminded).not.toContain(id);
    expect((await remindUntouchedRequests({ now: new Date("2020-01-10T09:00:00Z") })).reminded).toContain(id);
  });
});
