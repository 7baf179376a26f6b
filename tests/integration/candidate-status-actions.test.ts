// The candidate's status page: what it shows, and its actions (withdraw, accommodation,
// export, erasure, new links), each confirmed by email and audited; a wrong link changes nothing.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { exportCandidateData } from "@/lib/candidate-rights/export-candidate-data";
import { requestErasure } from "@/lib/candidate-rights/request-erasure";
import { resendStatusLinks } from "@/lib/candidate-rights/resend-status-links";
import { CANDIDATE_UPDATE_NOTE, saveAccommodationRequest } from "@/lib/accommodations/save-accommodation-request";
import { parseAccommodationForm } from "@/lib/candidate-rights/schema";
import { withdrawApplication } from "@/lib/candidate-rights/withdraw-application";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { listNotifications } from "@/lib/notifications/list-notifications";
import {
  actorFor,
  createInterview,
  createJob,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
  type CreatedJob,
} from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { randomClientAddress, TEST_APP_ORIGIN } from "../support/careers-apply";
import { testDb } from "../support/db";
import { minimalPdf } from "../support/documents";
import { tokenDelivered } from "../support/status-link";
import { nextRequest, runAfterResponse } from "../support/next-request";
import { expectAppError } from "../support/app-error";

// The re-send action redirects: the redirect is caught here to read where it goes.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect to ${url}`), { redirectedTo: url });
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-candidate-status-"));

const { POST: exportRoute } = await import("@/app/(careers)/applications/status/[token]/export/route");
const { resendStatusLinkAction } = await import("@/app/(careers)/applications/status/actions");

let job: CreatedJob;
let withdrawReason: { id: number; label: string };
let rejectReason: { id: number };

beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  withdrawReason = await testDb.rejectionReason.create({
    data: { kind: "CANDIDATE_WITHDREW", label: `Took another offer ${uniqueSuffix()}`, position: 1 },
  });
  rejectReason = await testDb.rejectionReason.create({
    data: { kind: "WE_REJECTED", label: `Not enough C++ ${uniqueSuffix()}`, position: 1 },
  });
});

/** Applies through the real path and returns the token from the confirmation email, as delivered. */
async function apply(overrides: Record<string, unknown> = {}) {
  const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }), overrides);
  const submitted = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
  const token = await tokenDelivered(submitted.confirmationEmailId!);
  const application = await testDb.application.findUniqueOrThrow({
    where: { id: submitted.applicationId },
    include: { candidate: true },
  });
  return { token, application, email: payload.email as string };
}

/** The accommodation text in force: what the status page's form posts as its version. */
const accommodationFormId = async () => (await getCurrentFormVersions(["ACCOMMODATION"])).get("ACCOMMODATION")!.id;

const emailsTo = (applicationId: string, template: string) =>
  testDb.emailOutbox.findMany({ where: { applicationId, template }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const auditsOf = (subjectId: string, action: string) =>
  testDb.auditEvent.findMany({ where: { subjectId, action }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

const snapshot = async () => ({
  outbox: await testDb.emailOutbox.count(),
  audit: await testDb.auditEvent.count(),
  transitions: await testDb.stageTransition.count(),
  erasures: await testDb.erasureRequest.count(),
  accommodation: await testDb.accommodationRequest.findMany({
    orderBy: { id: "asc" },
    select: { id: true, updatedAt: true },
  }),
  statuses: await testDb.application.findMany({
    orderBy: { id: "asc" },
    select: { id: true, status: true, statusTokenHash: true },
  }),
});

function exportRequest(token: string, origin: string | null = TEST_APP_ORIGIN) {
  const headers = new Headers(origin ? { origin } : {});
  return exportRoute(
    new Request(`${TEST_APP_ORIGIN}/applications/status/${token}/export`, { method: "POST", headers }),
    { params: Promise.resolve({ token }) },
  );
}

describe("the status page's view", () => {
  it("reads received, then interviewing with the interview's time and place but no panel", async () => {
    const { token, application } = await apply();
    expect((await getApplicationStatusByToken(token))?.status.label).toBe("Received");

    const coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
    const panelist = await createStaffUser(testDb, { role: "INTERVIEWER", name: `Panelist ${uniqueSuffix()}` });
    await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: coordinator.id,
      panelUserIds: [panelist.id],
      title: "Systems design",
    });

    const view = await getApplicationStatusByToken(token);
    expect(view?.status.label).toBe("Interviewing");
    expect(view?.upcomingInterviews).toHaveLength(1);
    expect(view?.upcomingInterviews[0]).toMatchObject({
      title: "Systems design",
      videoUrl: "https://meet.example.test/onsite",
    });
    expect(view?.upcomingInterviews[0]?.time).toMatch(/Pacific (Standard|Daylight) Time \(America\/Los Angeles\)/);
    expect(JSON.stringify(view)).not.toContain(panelist.name!);
  });

  it("shows the candidate's own accommodation request in plain words, never a coordinator's note", async () => {
    const { token, application } = await apply();
    const request = await testDb.accommodationRequest.findUniqueOrThrow({ where: { applicationId: application.id } });
    const coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
    await testDb.accommodationNote.create({
      data: { requestId: request.id, authorId: coordinator.id, body: "Internal: check room 4 availability" },
    });
    await testDb.accommodationRequest.update({
      where: { id: request.id },
      data: { status: "ARRANGED", panelArrangement: "Questions shared in writing" },
    });

    const view = await getApplicationStatusByToken(token);
    expect(view?.accommodation).toMatchObject({
      kindLabels: ["Documents in an alternate format"],
      details: "Large-print documents, please.",
      arrangement: "Questions shared in writing",
    });
    expect(view?.accommodation?.status).toBe("ARRANGED");
    expect(JSON.stringify(view)).not.toContain("room 4");
  });
});

describe("withdrawing", () => {
  it("closes the application with the candidate's reason, as the candidate, and tells them and the interview's coordinator", async () => {
    const { token, application } = await apply();
    const coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
    await createInterview(testDb, { applicationId: application.id, scheduledById: coordinator.id, panelUserIds: [] });

    const withdrawn = await withdrawApplication({
      statusToken: token,
      input: { confirm: "yes", reasonId: withdrawReason.id },
    });

    const after = await testDb.application.findUniqueOrThrow({
      where: { id: application.id },
      include: { transitions: true },
    });
    expect(after).toMatchObject({
      status: "WITHDRAWN",
      rejectionReasonId: withdrawReason.id,
      version: application.version + 1,
    });
    expect(after.closedAt).not.toBeNull();
    expect(after.transitions).toEqual([
      expect.objectContaining({
        fromStatus: "ACTIVE",
        toStatus: "WITHDRAWN",
        actorId: null,
        rejectionReasonId: withdrawReason.id,
      }),
    ]);
    expect(await auditsOf(application.id, "application.withdrawn")).toEqual([
      expect.objectContaining({ actorType: "candidate", actorId: null }),
    ]);
    const [email] = await emailsTo(application.id, "candidate-withdrawal-confirmed");
    expect(email?.id).toBe(withdrawn.emailId);
    expect(email?.toAddress).toBe(application.candidate.email);
    expect(email?.textBody).toContain(withdrawReason.label);
    expect(withdrawn.notifiedUserIds).toEqual([coordinator.id]);
    const [notification, ...more] = await listNotifications({ actor: actorFor(coordinator) });
    expect(more).toHaveLength(0);
    expect(notification).toMatchObject({
      isCandidateWithdrawal: true,
      href: `/hiring/applications/${application.id}`,
      jobTitle: job.title,
    });

    const view = await getApplicationStatusByToken(token);
    expect(view?.status).toMatchObject({ label: "Decision made", outcome: "Withdrawn by you" });
    expect(view?.ownWithdrawalReason).toBe(withdrawReason.label);
    expect(view?.isActive).toBe(false);

    // A second try finds it closed and sends nothing.
    expect((await expectAppError(withdrawApplication({ statusToken: token, input: { confirm: "yes" } }))).code).toBe(
      "VALIDATION",
    );
    expect(await emailsTo(application.id, "candidate-withdrawal-confirmed")).toHaveLength(1);
  });

  it("refuses a reason that is not a withdrawal reason and changes nothing", async () => {
    const { token, application } = await apply();
    const error = await expectAppError(
      withdrawApplication({ statusToken: token, input: { confirm: "yes", reasonId: rejectReason.id } }),
    );
    expect(error.fieldErrors).toHaveProperty("reasonId");
    expect((await testDb.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("ACTIVE");
  });

  it("never shows a recruiter's rejection reason to the candidate", async () => {
    const { token, application } = await apply();
    await testDb.application.update({
      where: { id: application.id },
      data: { status: "REJECTED", rejectionReasonId: rejectReason.id, closedAt: new Date() },
    });
    const view = await getApplicationStatusByToken(token);
    expect(view?.status.outcome).toBe("Not selected");
    expect(view?.ownWithdrawalReason).toBeNull();
    const exported = await exportCandidateData({ statusToken: token });
    expect(strFromU8(unzipSync(exported.zip)["data.json"]!)).not.toContain("Not enough C++");
  });
});

describe("the accommodation request", () => {
  it("is added when there was none, with the same rules as the application form", async () => {
    const { token, application } = await apply({ accommodation: { requested: false } });
    const empty = new FormData();
    empty.set("formVersionId", await accommodationFormId());
    const refused = parseAccommodationForm(empty);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["request.details", "request.preferredContact"]),
    );

    const filled = new FormData();
    filled.set("formVersionId", await accommodationFormId());
    filled.append("request.kinds", "SIGN_LANGUAGE_INTERPRETER");
    filled.set("request.details", "ASL for the panel day");
    filled.set("request.preferredContact", "EMAIL");
    const parsed = parseAccommodationForm(filled);
    if (!parsed.success) throw parsed.error;
    const saved = await saveAccommodationRequest({ statusToken: token, input: parsed.data });

    expect(saved).toMatchObject({ created: true, reopened: false });
    const request = await testDb.accommodationRequest.findUniqueOrThrow({
      where: { applicationId: application.id },
      include: { notes: true },
    });
    expect(request).toMatchObject({
      kinds: ["SIGN_LANGUAGE_INTERPRETER"],
      details: "ASL for the panel day",
      status: "NEW",
      formVersionId: await accommodationFormId(),
    });
    const [email] = await emailsTo(application.id, "accommodation-candidate-saved");
    expect(email?.id).toBe(saved.emailId);
    expect(email?.textBody).toContain("A sign language interpreter");
    expect(await auditsOf(application.id, "accommodation.candidateUpdated")).toEqual([
      expect.objectContaining({ actorType: "candidate" }),
    ]);
  });

  it("is updated with a note for the coordinators, reopened when closed, and its clock reset", async () => {
    const { token, application } = await apply();
    const before = await testDb.accommodationRequest.update({
      where: { applicationId: application.id },
      data: {
        status: "CLOSED",
        lastActivityAt: new Date("2026-01-05T10:00:00Z"),
        reminderSentAt: new Date("2026-01-07T10:00:00Z"),
      },
    });
    const saved = await saveAccommodationRequest({
      statusToken: token,
      input: {
        formVersionId: await accommodationFormId(),
        request: { requested: true, kinds: ["OTHER"], details: "A quiet room", preferredContact: "PHONE" },
      },
    });

    expect(saved).toMatchObject({ created: false, reopened: true });
    const after = await testDb.accommodationRequest.findUniqueOrThrow({
      where: { id: before.id },
      include: { notes: true },
    });
    expect(after).toMatchObject({
      status: "NEW",
      kinds: ["OTHER"],
      details: "A quiet room",
      preferredContact: "PHONE",
      reminderSentAt: null,
    });
    expect(after.lastActivityAt.getTime()).toBeGreaterThan(before.lastActivityAt.getTime());
    expect(after.notes).toHaveLength(1);
    expect(after.notes[0]).toMatchObject({ authorId: null });
    expect(after.notes[0]?.body).toContain(CANDIDATE_UPDATE_NOTE);
    expect(after.notes[0]?.body).toContain("Large-print documents, please.");
    expect(await emailsTo(application.id, "accommodation-candidate-saved")).toHaveLength(1);
  });

  it("asks for another way when there is no phone number, and refuses an outdated form", async () => {
    const { token, application } = await apply();
    await testDb.candidate.update({ where: { id: application.candidateId }, data: { phone: null } });
    const input = {
      formVersionId: await accommodationFormId(),
      request: { requested: true, kinds: [], details: "Captions", preferredContact: "PHONE" as const },
    };
    expect((await expectAppError(saveAccommodationRequest({ statusToken: token, input }))).fieldErrors).toHaveProperty([
      "request.preferredContact",
    ]);
    expect(
      (
        await expectAppError(
          saveAccommodationRequest({ statusToken: token, input: { ...input, formVersionId: "old-version" } }),
        )
      ).code,
    ).toBe("FORM_OUTDATED");
    expect(await emailsTo(application.id, "accommodation-candidate-saved")).toHaveLength(0);
  });
});

describe("downloading all their data", () => {
  it("is a zip of data.json, a README and the uploaded resume's exact bytes; audited and emailed", async () => {
    const { token, application } = await apply();
    const coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
    const request = await testDb.accommodationRequest.findUniqueOrThrow({ where: { applicationId: application.id } });
    await testDb.accommodationNote.create({
      data: { requestId: request.id, authorId: coordinator.id, body: "Internal coordinator remark" },
    });
    await testDb.note.create({
      data: { applicationId: application.id, authorId: coordinator.id, body: "Staff-only impression" },
    });

    const response = await exportRequest(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="your-application-data-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");

    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const resumePath = `files/${application.reference}/resume-grace-hopper-resume.pdf`;
    expect(Object.keys(files).sort()).toEqual(["README.txt", "data.json", resumePath].sort());
    expect(Buffer.from(files[resumePath]!).equals(Buffer.from(minimalPdf()))).toBe(true);
    expect(strFromU8(files["README.txt"]!)).toMatch(/self-identification[\s\S]*stored without your name/i);

    const data = JSON.parse(strFromU8(files["data.json"]!));
    expect(data.person).toMatchObject({ firstName: "Grace", email: application.candidate.email });
    const [exported] = data.applications;
    expect(exported.reference).toBe(application.reference);
    expect(exported.answers).toEqual(
      expect.arrayContaining([expect.objectContaining({ question: SAMPLE_QUESTIONS[0]!.label })]),
    );
    expect(exported.eligibility.exportControl.answers).toEqual(
      expect.arrayContaining([expect.objectContaining({ answer: expect.any(String) })]),
    );
    expect(exported.eligibility.workAuthorization.answers.length).toBeGreaterThan(0);
    expect(exported.accommodationRequest).toMatchObject({
      whatWouldHelp: ["Documents in an alternate format"],
      status: "Received",
    });
    expect(exported.history[0]).toMatchObject({ status: "Received" });
    expect(exported.documents[0]).toMatchObject({ kind: "Resume", inThisZip: resumePath });
    expect(data.emailsSentToYou.map((email: { subject: string }) => email.subject)).toEqual([
      expect.stringContaining("We received your application"),
    ]);
    const everything = strFromU8(files["data.json"]!);
    expect(everything).not.toContain("Internal coordinator remark");
    expect(everything).not.toContain("Staff-only impression");

    expect(await auditsOf(application.candidateId, "candidate.exported")).toEqual([
      expect.objectContaining({ actorType: "candidate" }),
    ]);
    expect(await emailsTo(application.id, "candidate-data-exported")).toHaveLength(1);
  });

  it("is refused without this site's Origin, and a wrong link is a 404", async () => {
    const { token, application } = await apply();
    expect((await exportRequest(token, null)).status).toBe(403);
    expect((await exportRequest(token, "https://evil.example")).status).toBe(403);
    expect((await exportRequest("x".repeat(43))).status).toBe(404);
    expect(await emailsTo(application.id, "candidate-data-exported")).toHaveLength(0);
  });
});

describe("asking for erasure", () => {
  it("creates one pending request however often it is asked, with one confirmation email", async () => {
    const { token, application } = await apply();
    const [first, second] = [
      await requestErasure({ statusToken: token }),
      await requestErasure({ statusToken: token }),
    ];
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, erasureRequestId: first.erasureRequestId, emailId: null });
    expect(await testDb.erasureRequest.findMany({ where: { candidateId: application.candidateId } })).toEqual([
      expect.objectContaining({ source: "CANDIDATE", status: "PENDING", applicationId: application.id }),
    ]);
    expect(await emailsTo(application.id, "candidate-erasure-requested")).toHaveLength(1);
    expect(await auditsOf(application.candidateId, "candidate.erasureRequested")).toHaveLength(1);
    expect((await getApplicationStatusByToken(token))?.erasure?.status).toBe("PENDING");
  });

  it("concurrent requests still make one", async () => {
    const { token, application } = await apply();
    await Promise.all([
      requestErasure({ statusToken: token }),
      requestErasure({ statusToken: token }),
      requestErasure({ statusToken: token }),
    ]);
    expect(await testDb.erasureRequest.count({ where: { candidateId: application.candidateId } })).toBe(1);
  });
});

describe("re-sending the status link", () => {
  it("gives each application a new link, so the old one stops working", async () => {
    const { token, application, email } = await apply();
    const { emailIds } = await resendStatusLinks({ input: { email: email.toUpperCase() } });
    expect(emailIds).toHaveLength(1);
    const message = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: emailIds[0]! } });
    expect(message).toMatchObject({
      template: "candidate-status-link",
      applicationId: application.id,
      toAddress: application.candidate.email,
    });
    const fresh = await tokenDelivered(message.id);
    expect(fresh).not.toBe(token);
    expect(await getApplicationStatusByToken(token)).toBeNull();
    expect((await getApplicationStatusByToken(fresh))?.reference).toBe(application.reference);
    expect(await auditsOf(application.id, "application.statusLinkResent")).toHaveLength(1);
  });

  it("answers the same for an address that never applied, and sends nothing to it", async () => {
    const { application, email } = await apply();
    const unknown = `nobody-${uniqueSuffix()}@example.com`;
    const answers = [];
    for (const address of [email, unknown]) {
      nextRequest.headers = new Headers({ "x-forwarded-for": randomClientAddress() });
      const form = new FormData();
      form.set("email", address);
      const outcome = await resendStatusLinkAction(null, form).then(
        (state) => ({ state }),
        (error: { redirectedTo?: string }) => ({ redirectedTo: error.redirectedTo }),
      );
      await runAfterResponse();
      answers.push(outcome);
    }
    expect(answers[0]).toEqual({ redirectedTo: "/applications/status?sent=1" });
    expect(answers[1]).toEqual(answers[0]);
    expect(await emailsTo(application.id, "candidate-status-link")).toHaveLength(1);
    expect(await testDb.emailOutbox.count({ where: { toAddress: unknown } })).toBe(0);
  });

  it("explains a malformed address at the field", async () => {
    const form = new FormData();
    form.set("email", "not-an-address");
    const state = await resendStatusLinkAction(null, form);
    expect(state?.fieldErrors?.email?.[0]).toMatch(/email address like/);
  });
});

describe("a wrong or replaced link", () => {
  it("is not found and changes nothing, for every action", async () => {
    const { token, email } = await apply();
    await resendStatusLinks({ input: { email } });
    const before = await snapshot();
    for (const stale of [token, "not-a-real-token-at-all-0123456789", "../../etc/passwd"]) {
      expect(await getApplicationStatusByToken(stale)).toBeNull();
      expect((await expectAppError(withdrawApplication({ statusToken: stale, input: { confirm: "yes" } }))).code).toBe(
        "NOT_FOUND",
      );
      const accommodation = {
        formVersionId: await accommodationFormId(),
        request: { requested: true, kinds: ["OTHER" as const], details: "x", preferredContact: "EMAIL" as const },
      };
      expect((await expectAppError(saveAccommodationRequest({ statusToken: stale, input: accommodation }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await expectAppError(requestErasure({ statusToken: stale }))).code).toBe("NOT_FOUND");
      expect((await expectAppError(exportCandidateData({ statusToken: stale }))).code).toBe("NOT_FOUND");
      expect((await exportRequest(stale)).status).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("stops working once the person is anonymized", async () => {
    const { token, application } = await apply();
    await testDb.candidate.update({ where: { id: application.candidateId }, data: { anonymizedAt: new Date() } });
    expect(await getApplicationStatusByToken(token)).toBeNull();
    expect((await expectAppError(requestErasure({ statusToken: token }))).code).toBe("NOT_FOUND");
  });
});
