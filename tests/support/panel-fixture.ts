// A job with scorecard attributes, one application carrying every kind of sensitive answer, an
// interview that has started with two panelists, and the staff around it: for the scorecard and
// blind-feedback integration tests.
import type { FeedbackVisibility } from "@/lib/generated/prisma/enums";
import type { ScorecardFormValues } from "@/lib/scorecards/schema";
import { periodOf, periodStartDate } from "@/lib/self-identification/reporting-period";
import { getFileStorage } from "@/lib/storage";
import {
  actorFor,
  createApplication,
  createInterview,
  createJob,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
} from "../factories";
import { testDb } from "./db";
import { minimalPdf } from "./documents";

export const ATTRIBUTE_NAMES = [
  "Systems programming in C/C++/Rust",
  "Distributed systems design",
  "Communication",
] as const;

/** Texts that must never reach the panel: each is unique, so finding it anywhere is a leak. */
export function sensitiveTexts() {
  const suffix = uniqueSuffix();
  return {
    accommodationDetails: `ACCOMMODATION-DETAILS-${suffix}: I have a condition that needs extra time.`,
    panelArrangement: `Questions shared in advance (${suffix})`,
    selfIdGender: `SELFID-GENDER-${suffix}`,
    selfIdRace: `SELFID-RACE-${suffix}`,
  };
}

export async function createPanelFixture({ feedbackVisibility = "AFTER_SUBMITTING" as FeedbackVisibility } = {}) {
  await ensureLegalForms(testDb);
  const secrets = sensitiveTexts();
  const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  await testDb.job.update({ where: { id: job.id }, data: { feedbackVisibility } });
  await testDb.scorecardAttribute.createMany({
    data: ATTRIBUTE_NAMES.map((name, position) => ({ jobId: job.id, position, name })),
  });
  const attributes = await testDb.scorecardAttribute.findMany({
    where: { jobId: job.id },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  // Another job's attribute: a crafted rating may name it.
  const otherJob = await createJob(testDb);
  const foreignAttribute = await testDb.scorecardAttribute.create({
    data: { jobId: otherJob.id, position: 0, name: "Foreign attribute" },
  });

  const staff = async (role: "ADMIN" | "RECRUITER" | "COORDINATOR" | "HIRING_MANAGER" | "INTERVIEWER", name: string) =>
    createStaffUser(testDb, { role, name: `${name} ${uniqueSuffix()}` });
  const users = {
    a: await staff("INTERVIEWER", "Avery Panelist"),
    b: await staff("INTERVIEWER", "Blake Panelist"),
    outsider: await staff("INTERVIEWER", "Oakley Outsider"),
    hiringManager: await staff("HIRING_MANAGER", "Harper Manager"),
    recruiter: await staff("RECRUITER", "Reese Recruiter"),
    coordinator: await staff("COORDINATOR", "Cameron Coordinator"),
  };
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: users.hiringManager.id, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: users.a.id, role: "INTERVIEWER" },
      { jobId: job.id, userId: users.b.id, role: "INTERVIEWER" },
    ],
  });

  const application = await createApplication(testDb, {
    jobId: job.id,
    answers: true,
    workAuthorization: { authorizedToWork: "YES", requiresSponsorship: "YES" },
    exportControl: { canReceiveWithoutLicense: "NOT_SURE", usPerson: "NO" },
    accommodation: {
      kinds: ["APPLICATION_PROCESS_CHANGE"],
      details: secrets.accommodationDetails,
      preferredContact: "PHONE",
      panelArrangement: secrets.panelArrangement,
    },
    overrides: { coverLetterText: `Cover letter ${uniqueSuffix()}` },
  });
  // The arrangement reaches the panel once the coordinators handle the request.
  await testDb.accommodationRequest.update({ where: { applicationId: application.id }, data: { status: "ARRANGED" } });
  await testDb.selfIdentificationPending.create({
    data: {
      periodStart: periodStartDate(periodOf(new Date())),
      gender: secrets.selfIdGender,
      race: secrets.selfIdRace,
    },
  });
  const resume = await storeDocument("RESUME", `Resume ${uniqueSuffix()}`);
  const coverLetter = await storeDocument("COVER_LETTER", `Cover ${uniqueSuffix()}`);
  await testDb.application.update({
    where: { id: application.id },
    data: { resumeFileId: resume.id, coverLetterFileId: coverLetter.id },
  });

  // Started two hours ago: a scorecard can be submitted only once its interview has started.
  const startsAt = new Date(Date.now() - 2 * 60 * 60 * 1000);
  const interview = await createInterview(testDb, {
    applicationId: application.id,
    scheduledById: users.coordinator.id,
    panelUserIds: [users.a.id, users.b.id],
    startsAt,
  });
  const actors = Object.fromEntries(Object.entries(users).map(([key, user]) => [key, actorFor(user)])) as {
    [K in keyof typeof users]: ReturnType<typeof actorFor>;
  };
  return { job, attributes, foreignAttribute, users, actors, application, interview, resume, coverLetter, secrets };
}

export type PanelFixture = Awaited<ReturnType<typeof createPanelFixture>>;

async function storeDocument(purpose: "RESUME" | "COVER_LETTER", text: string) {
  const bytes = minimalPdf(text);
  const storageKey = `documents/${uniqueSuffix()}`;
  await getFileStorage().put(storageKey, bytes, "application/pdf");
  return testDb.storedFile.create({
    data: {
      storageKey,
      purpose,
      fileName: `${purpose.toLowerCase()}.pdf`,
      contentType: "application/pdf",
      byteSize: bytes.byteLength,
      sha256: "0".repeat(64),
    },
  });
}

/** Form values over the fixture's attributes: a complete, submittable scorecard unless overridden. */
export function scorecardValues(
  fixture: Pick<PanelFixture, "attributes">,
  overrides: Partial<ScorecardFormValues> = {},
): ScorecardFormValues {
  return {
    ratings: fixture.attributes.map((attribute, index) => ({
      attributeId: attribute.id,
      rating: index === 0 ? "STRONG_YES" : null,
      notes: index === 0 ? "Knows isolates well." : "",
    })),
    recommendation: "YES",
    keyTakeaways: `Take-aways ${uniqueSuffix()}`,
    privateNotes: "",
    ...overrides,
  };
}
