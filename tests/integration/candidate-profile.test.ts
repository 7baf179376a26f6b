import { describe, expect, it } from "vitest";
import { readSensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { getEligibilityAnswersForRecruiter } from "@/lib/candidates/get-eligibility-answers-for-recruiter";
import { loadCandidateProfileView } from "@/lib/candidates/load-candidate-profile-view";
import { createApplication, createJob } from "../factories";
import { auditEvents, createProfileFixture } from "../support/candidate-profile";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";

const ACCOMMODATION_DETAILS =
  "I use a screen reader; please send any take-home material as accessible HTML or tagged PDF.";
const EXPORT_PROMPT = "Could you receive such technology without sponsorship for an export license?";

describe("candidate profile: what each role sees", () => {
  it("a recruiter sees answers and eligibility (audited), never the accommodation request", async () => {
    const { application, recruiter } = await createProfileFixture();
    const view = await loadCandidateProfileView({ actor: recruiter, applicationId: application.id });

    expect(view.profile.candidate.email).toBe(application.candidate.email);
    expect(view.eligibility?.exportControl?.form.version).toBe("1");
    expect(view.eligibility?.exportControl?.answers[0]).toMatchObject({
      key: "canReceiveWithoutLicense",
      answer: "Yes",
    });
    expect(view.eligibility?.exportControl?.answers[0]?.prompt).toContain(EXPORT_PROMPT);
    expect(view.eligibility?.exportControl?.answers[1]).toMatchObject({ key: "usPerson", answer: null });
    expect(view.eligibility?.workAuthorization?.answers.map((answer) => answer.answer)).toEqual(["Yes", "No"]);
    expect(view.eligibility?.exportControl?.answeredAt).toBeInstanceOf(Date);
    expect(view.accommodation).toBeNull();
    expect(JSON.stringify(view)).not.toContain(ACCOMMODATION_DETAILS);

    expect(await auditEvents(application.id, "view.eligibility")).toEqual([
      { actorId: recruiter.userId, metadata: { workAuthorizationVersion: "1", exportControlVersion: "1" } },
    ]);
    expect(await auditEvents(application.id, "view.accommodation")).toEqual([]);
  });

  it("a coordinator also sees the accommodation request, audited", async () => {
    const { application, coordinator } = await createProfileFixture();
    const view = await loadCandidateProfileView({ actor: coordinator, applicationId: application.id });
    expect(view.accommodation).toMatchObject({
      details: ACCOMMODATION_DETAILS,
      kinds: "Documents in an alternate format",
      preferredContactLabel: "Email",
      status: "NEW",
      formVersion: "1",
    });
    expect(view.eligibility).not.toBeNull();
    expect(await auditEvents(application.id, "view.accommodation")).toHaveLength(1);
    expect(await auditEvents(application.id, "view.eligibility")).toHaveLength(1);
  });

  it("an admin sees both sensitive parts, each view audited", async () => {
    const { application, admin } = await createProfileFixture();
    const view = await loadCandidateProfileView({ actor: admin, applicationId: application.id });
    expect(view.eligibility?.workAuthorization).not.toBeNull();
    expect(view.accommodation?.details).toBe(ACCOMMODATION_DETAILS);
    expect(await auditEvents(application.id, "view.eligibility")).toHaveLength(1);
    expect(await auditEvents(application.id, "view.accommodation")).toEqual([
      { actorId: admin.userId, metadata: { accommodationRequestId: view.accommodation?.id } },
    ]);
  });

  it("the job's hiring manager sees the answers with option labels, but neither sensitive part", async () => {
    const { application, hiringManager } = await createProfileFixture();
    const view = await loadCandidateProfileView({ actor: hiringManager, applicationId: application.id });
    const answer = (label: string) => view.profile.answers.find((entry) => entry.label === label)?.answer;
    expect(answer("Preferred team")).toEqual({ kind: "text", text: "Runtime" });
    expect(answer("Which of these have you used?")).toEqual({ kind: "list", items: ["Linux", "Kubernetes"] });
    expect(answer("Can you work in a US time zone?")).toEqual({ kind: "text", text: "Yes" });
    expect(answer("Link to your best code")).toMatchObject({
      kind: "link",
      href: "https://github.com/example/allocator-notes",
    });

    expect(view.eligibility).toBeNull();
    expect(view.accommodation).toBeNull();
    const serialized = JSON.stringify(view);
    expect(serialized).not.toContain(ACCOMMODATION_DETAILS);
    expect(serialized).not.toContain(EXPORT_PROMPT);
    expect(serialized).not.toMatch(/requiresSponsorship|authorizedToWork|canReceiveWithoutLicense/);
    expect(await testDb.auditEvent.count({ where: { subjectId: application.id } })).toBe(0);

    await expectAppError(
      getEligibilityAnswersForRecruiter({ actor: hiringManager, applicationId: application.id }),
      "FORBIDDEN",
    );
    await expectAppError(
      readSensitiveAccommodationRequest({ actor: hiringManager, applicationId: application.id }),
      "FORBIDDEN",
    );
  });

  it("refuses the accommodation request to recruiters the same way whether one exists or not", async () => {
    const { application, recruiter, job } = await createProfileFixture();
    const without = await createApplication(testDb, { jobId: job.id, accommodation: false });
    const withRequest = await expectAppError(
      readSensitiveAccommodationRequest({ actor: recruiter, applicationId: application.id }),
      "FORBIDDEN",
    );
    const withoutRequest = await expectAppError(
      readSensitiveAccommodationRequest({ actor: recruiter, applicationId: without.id }),
      "FORBIDDEN",
    );
    expect(withRequest.message).toBe(withoutRequest.message);
  });

  it("another job's hiring manager and an interviewer get NOT_FOUND, and nothing is audited", async () => {
    const { application, otherHiringManager, interviewer } = await createProfileFixture();
    await expectAppError(
      loadCandidateProfileView({ actor: otherHiringManager, applicationId: application.id }),
      "NOT_FOUND",
    );
    await expectAppError(loadCandidateProfileView({ actor: interviewer, applicationId: application.id }), "NOT_FOUND");
    await expectAppError(
      loadCandidateProfileView({ actor: otherHiringManager, applicationId: "does-not-exist" }),
      "NOT_FOUND",
    );
    expect(await testDb.auditEvent.count({ where: { subjectId: application.id } })).toBe(0);
  });

  it("lists the person's other applications the viewer may see", async () => {
    const { application, recruiter, hiringManager, otherJob } = await createProfileFixture();
    const second = await createApplication(testDb, { jobId: otherJob.id, candidateId: application.candidateId });
    const recruiterView = await loadCandidateProfileView({ actor: recruiter, applicationId: application.id });
    expect(recruiterView.profile.otherApplications.map((other) => other.id)).toEqual([second.id]);
    expect(recruiterView.profile.otherApplications[0]?.jobTitle).toBe(otherJob.title);
    const managerView = await loadCandidateProfileView({ actor: hiringManager, applicationId: application.id });
    expect(managerView.profile.otherApplications).toEqual([]);
  });

  it("shows only http(s) links as links", async () => {
    const { application, recruiter } = await createProfileFixture({
      candidate: {
        linkedinUrl: "javascript:alert(document.cookie)",
        githubUrl: "https://github.com/ada",
        websiteUrl: null,
      },
    });
    const view = await loadCandidateProfileView({ actor: recruiter, applicationId: application.id });
    expect(view.profile.candidate.links).toEqual([
      { label: "LinkedIn", url: "javascript:alert(document.cookie)", href: null },
      { label: "GitHub", url: "https://github.com/ada", href: "https://github.com/ada" },
    ]);
  });
});

describe("application timeline", () => {
  it("merges stage moves, emails and notes, newest first", async () => {
    const { application, job, recruiter, hiringManager } = await createProfileFixture();
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const [applied, screen] = job.stages;
    const reason = await testDb.rejectionReason.upsert({
      where: { kind_label: { kind: "WE_REJECTED", label: "Timeline test reason" } },
      create: { kind: "WE_REJECTED", label: "Timeline test reason", position: 99 },
      update: {},
    });
    await testDb.stageTransition.createMany({
      data: [
        {
          applicationId: application.id,
          fromStageId: applied?.id,
          toStageId: screen?.id,
          fromStatus: "ACTIVE",
          toStatus: "ACTIVE",
          actorId: recruiter.userId,
          createdAt: at(50),
        },
        {
          applicationId: application.id,
          fromStageId: screen?.id,
          toStageId: screen?.id,
          fromStatus: "ACTIVE",
          toStatus: "REJECTED",
          rejectionReasonId: reason.id,
          actorId: hiringManager.userId,
          createdAt: at(10),
        },
      ],
    });
    const otherApplication = await createApplication(testDb, { jobId: job.id });
    await testDb.emailOutbox.createMany({
      data: [
        {
          toAddress: "c@example.com",
          subject: "We received your application",
          textBody: "Hello",
          template: "application-received",
          applicationId: application.id,
          candidateId: application.candidateId,
          createdAt: at(60),
        },
        {
          toAddress: "c@example.com",
          subject: "About your data",
          textBody: "Your export",
          template: "data-export",
          candidateId: application.candidateId,
          createdAt: at(40),
        },
        {
          toAddress: "c@example.com",
          subject: "Your accommodation",
          textBody: "We arranged it",
          template: "accommodation-update",
          applicationId: application.id,
          createdAt: at(30),
        },
        {
          toAddress: "x@example.com",
          subject: "Someone else",
          textBody: "no",
          template: "application-received",
          applicationId: otherApplication.id,
          createdAt: at(20),
        },
      ],
    });
    await testDb.note.create({
      data: {
        applicationId: application.id,
        authorId: recruiter.userId,
        body: "Strong systems background",
        createdAt: at(5),
      },
    });

    const timeline = await getApplicationTimeline({ actor: recruiter, applicationId: application.id });
    expect(timeline.map((entry) => entry.kind)).toEqual(["note", "transition", "email", "transition", "email"]);
    expect(timeline[1]).toMatchObject({
      fromStage: "Recruiter screen",
      toStage: "Recruiter screen",
      toStatus: "REJECTED",
      reason: { label: "Timeline test reason" },
    });
    expect(timeline[2]).toMatchObject({ kind: "email", subject: "About your data", body: "Your export" });
    expect(timeline[3]).toMatchObject({ fromStage: "Applied", toStage: "Recruiter screen", actorName: recruiter.name });
    // The accommodation email is the coordinators' business.
    expect(JSON.stringify(timeline)).not.toContain("Your accommodation");

    const { coordinator } = await createProfileFixture();
    const coordinatorTimeline = await getApplicationTimeline({ actor: coordinator, applicationId: application.id });
    expect(coordinatorTimeline.filter((entry) => entry.kind === "email")).toHaveLength(3);
  });

  it("is NOT_FOUND for someone who may not see the application", async () => {
    const { application, otherHiringManager } = await createProfileFixture();
    await expectAppError(
      getApplicationTimeline({ actor: otherHiringManager, applicationId: application.id }),
      "NOT_FOUND",
    );
  });
});

it("keeps select answers readable after an option is relabelled", async () => {
  const job = await createJob(testDb, {
    questions: [{ label: "Team", type: "SINGLE_SELECT", required: true, options: ["A", "B"] }],
  });
  const { application, recruiter } = await createProfileFixture({ jobId: job.id });
  const option = job.questions[0]?.options[0];
  await testDb.questionOption.update({ where: { id: option?.id }, data: { label: "A (renamed)" } });
  const view = await loadCandidateProfileView({ actor: recruiter, applicationId: application.id });
  expect(view.profile.answers[0]?.answer).toEqual({ kind: "text", text: "A (renamed)" });
});
