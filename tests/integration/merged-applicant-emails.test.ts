// Issue 12, finding 2 (staff side): a merge joins two records a recruiter believes are one person,
// and a look-alike (same name, the other's public LinkedIn URL) can be taken for someone else.
// Every email staff send about an application (rejection or withdrawal, single or bulk; interview
// invitation, change and cancellation) still goes to the address that application was made with,
// greeting the applicant by the name they gave with it, never to the other person on the record.
import { beforeAll, describe, expect, it } from "vitest";
import { readSensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { getApplicationConfirmation, maskEmail } from "@/lib/submissions/get-application-confirmation";
import type { Actor } from "@/lib/auth/actor";
import { saveAccommodationRequest } from "@/lib/accommodations/save-accommodation-request";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { mergeCandidates } from "@/lib/candidates/merge-candidates";
import { AppError } from "@/lib/errors";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { interviewFormSchema } from "@/lib/interviews/schema";
import { wallTimeOf } from "@/lib/interviews/wall-time";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { bulkUpdateApplications } from "@/lib/pipeline/bulk-update-applications";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import { REJECTION_AFTER_REVIEW } from "../../prisma/seed-data/rejection-reasons";
import { createApplication, ensureLegalForms, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { createActor, createPipelineFixture, rejectionFixtures } from "../support/pipeline";

let fixtures: Awaited<ReturnType<typeof rejectionFixtures>>;
let coordinator: Actor;
beforeAll(async () => {
  fixtures = await rejectionFixtures();
  await ensureLegalForms(testDb);
  coordinator = await createActor("COORDINATOR");
});

const ZONE = "Europe/Berlin";

/** An interview `days` ahead at `time` in ZONE, with the job's interviewer on the panel. */
function interviewInput(panelUserIds: string[], { days = 10, time = "10:00" } = {}) {
  return interviewFormSchema.parse({
    planItemId: "",
    title: "Systems design",
    date: wallTimeOf(new Date(Date.now() + days * 24 * 60 * 60 * 1000), ZONE).date,
    time,
    timeZone: ZONE,
    durationMinutes: "60",
    location: "Room 4.12, 1 Example Street",
    videoUrl: "",
    panelUserIds,
  });
}

/**
 * Someone, and a look-alike with their name and public LinkedIn URL but their own address, phone
 * and preferred name, each applying to the same job (addresses as typed, in mixed case).
 */
async function lookAlikes() {
  const pipeline = await createPipelineFixture({ applicationCount: 0 });
  const suffix = uniqueSuffix();
  const shared = {
    firstName: "Margaret",
    lastName: `Hamilton-${suffix}`,
    linkedinUrl: `https://www.linkedin.com/in/margaret-${suffix}`,
  };
  const victim = await createApplication(testDb, {
    jobId: pipeline.job.id,
    candidate: {
      ...shared,
      preferredName: "Maggie",
      email: `Margaret.H.${suffix}@Example.org`,
      phone: "+1 617 555 0199",
    },
    accommodation: true,
  });
  const lookAlike = await createApplication(testDb, {
    jobId: pipeline.job.id,
    candidate: { ...shared, preferredName: null, email: `m.hamilton.${suffix}@example.net`, phone: "+1 212 555 0142" },
  });
  const people = {
    victim: {
      ...victim,
      email: `Margaret.H.${suffix}@Example.org`,
      greeting: "Maggie",
      lastName: shared.lastName,
      phone: "+1 617 555 0199",
    },
    lookAlike: {
      ...lookAlike,
      email: `m.hamilton.${suffix}@example.net`,
      greeting: "Margaret",
      lastName: shared.lastName,
      phone: "+1 212 555 0142",
    },
  };
  return { ...pipeline, ...people };
}

async function merge(recruiter: Actor, keep: { candidateId: string }, duplicate: { candidateId: string }) {
  await mergeCandidates({
    actor: recruiter,
    keepCandidateId: keep.candidateId,
    duplicateCandidateId: duplicate.candidateId,
  });
}

/** The messages to the candidate (not to staff) about an application, in the order queued. */
async function candidateMail(applicationId: string) {
  return testDb.emailOutbox.findMany({
    where: { applicationId, userId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { toAddress: true, template: true, textBody: true, htmlBody: true, calendarContent: true },
  });
}

/** Every candidate message about the application went to `own` and says nothing of `other`'s address. */
function expectOnlyTo(mail: Awaited<ReturnType<typeof candidateMail>>, own: string, other: string) {
  for (const message of mail) {
    expect(message.toAddress, message.template).toBe(own);
    for (const text of [message.textBody, message.htmlBody, message.calendarContent])
      expect(text ?? "", message.template).not.toContain(other.toLowerCase());
  }
}

const reject = async (recruiter: Actor, applicationId: string) => {
  const reason = await fixtures.reason("Not enough relevant experience");
  const template = await fixtures.template(REJECTION_AFTER_REVIEW);
  return rejectApplication({
    actor: recruiter,
    applicationId,
    expectedVersion: 0,
    rejection: { kind: "WE_REJECTED", reasonId: reason.id, email: { subject: template.subject, body: template.body } },
  });
};

describe("emails staff send after a look-alike was merged with someone else", () => {
  it.each(["look-alike", "other person"] as const)(
    "keeping the %s's record: the rejection and the interview invitation each reach only their own applicant",
    async (kept) => {
      const { recruiter, interviewer, victim, lookAlike } = await lookAlikes();
      await (kept === "look-alike" ? merge(recruiter, lookAlike, victim) : merge(recruiter, victim, lookAlike));

      const rejected = await reject(recruiter, victim.id);
      const scheduled = await scheduleInterview({
        actor: recruiter,
        applicationId: lookAlike.id,
        input: interviewInput([interviewer.userId]),
      });

      const [rejection] = await candidateMail(victim.id);
      expect(rejected.emailId).not.toBeNull();
      expect(rejection).toMatchObject({ toAddress: victim.email, template: "rejection" });
      expect(rejection!.textBody).toMatch(/^Dear Maggie,/);

      const [invitation] = await candidateMail(lookAlike.id);
      expect(scheduled.emailIds).toHaveLength(2);
      expect(invitation).toMatchObject({ toAddress: lookAlike.email, template: "interview-invitation" });
      expect(invitation!.textBody).toContain("Margaret");
      expect(invitation!.textBody).not.toContain("Maggie");
      expect(invitation!.calendarContent).toContain(`mailto:${lookAlike.email}`);

      expectOnlyTo(await candidateMail(victim.id), victim.email, lookAlike.email);
      expectOnlyTo(await candidateMail(lookAlike.id), lookAlike.email, victim.email);
    },
  );

  it("an interview's change and cancellation go to the address its application was made with", async () => {
    const { recruiter, interviewer, victim, lookAlike } = await lookAlikes();
    await merge(recruiter, lookAlike, victim);

    const { interviewId } = await scheduleInterview({
      actor: recruiter,
      applicationId: victim.id,
      input: interviewInput([interviewer.userId]),
    });
    await rescheduleInterview({
      actor: recruiter,
      interviewId,
      expectedSequence: 0,
      input: interviewInput([interviewer.userId], { time: "14:00" }),
    });
    await cancelInterview({ actor: recruiter, interviewId, expectedSequence: 1 });
    const mail = await candidateMail(victim.id);
    expect(mail.map((message) => [message.template, message.toAddress])).toEqual([
      ["interview-invitation", victim.email],
      ["interview-update", victim.email],
      ["interview-cancellation", victim.email],
    ]);
    expectOnlyTo(mail, victim.email, lookAlike.email);
  });

  it("a bulk rejection writes to each applicant at their own address, by the name they gave", async () => {
    const { job, recruiter, victim, lookAlike } = await lookAlikes();
    await merge(recruiter, lookAlike, victim);

    const reason = await fixtures.reason("Position filled");
    const template = await fixtures.template(REJECTION_AFTER_REVIEW);
    const bulk = await bulkUpdateApplications({
      actor: recruiter,
      jobId: job.id,
      applicationIds: [victim.id, lookAlike.id],
      operation: "reject",
      rejection: {
        kind: "WE_REJECTED",
        reasonId: reason.id,
        email: { subject: template.subject, body: template.body },
      },
    });
    expect(bulk.emailIds).toHaveLength(2);
    for (const [person, other] of [
      [victim, lookAlike],
      [lookAlike, victim],
    ] as const) {
      const mail = await candidateMail(person.id);
      expect(mail.map((message) => [message.template, message.toAddress])).toEqual([["rejection", person.email]]);
      expect(mail[0]!.textBody).toMatch(new RegExp(`^Dear ${person.greeting},`));
      expectOnlyTo(mail, person.email, other.email);
    }
  });

  it("the coordinator handling an accommodation request is given its applicant's own address and phone", async () => {
    const { recruiter, victim, lookAlike } = await lookAlikes();
    await merge(recruiter, lookAlike, victim);

    const request = await testDb.accommodationRequest.findUniqueOrThrow({
      where: { applicationId: victim.id },
      select: { id: true },
    });
    const detail = await readSensitiveAccommodationRequest({ actor: coordinator, requestId: request.id });
    expect(detail.candidate).toMatchObject({
      name: `Maggie ${victim.lastName}`,
      email: victim.email,
      phone: victim.phone,
    });
  });

  it("the confirmation page names (masked) the address the confirmation went to", async () => {
    const { job, recruiter, victim, lookAlike } = await lookAlikes();
    await merge(recruiter, lookAlike, victim);

    expect((await getApplicationConfirmation(job.slug, victim.reference))?.maskedEmail).toBe(maskEmail(victim.email));
    expect((await getApplicationConfirmation(job.slug, lookAlike.reference))?.maskedEmail).toBe(
      maskEmail(lookAlike.email),
    );
  });

  it("an applicant who gave no phone cannot ask to be phoned on the number of the other person on the record", async () => {
    const { recruiter, victim, lookAlike } = await lookAlikes();
    await testDb.candidate.update({ where: { id: lookAlike.candidateId }, data: { phone: null } });
    await merge(recruiter, victim, lookAlike);
    const statusToken = await testDb.$transaction((tx) => issueStatusLink(tx, lookAlike.id));
    const formVersionId = (await getCurrentFormVersions(["ACCOMMODATION"])).get("ACCOMMODATION")!.id;

    const refused = await saveAccommodationRequest({
      statusToken,
      input: { formVersionId, request: { requested: true, kinds: [], details: "Captions", preferredContact: "PHONE" } },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors).toHaveProperty(["request.preferredContact"]);
    expect(await testDb.accommodationRequest.count({ where: { applicationId: lookAlike.id } })).toBe(0);
  });
});
