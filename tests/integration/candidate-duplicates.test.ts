import { describe, expect, it } from "vitest";
import { addNote } from "@/lib/candidates/add-note";
import { findProbableDuplicates, probableDuplicateQuery } from "@/lib/candidates/find-probable-duplicates";
import { mergeCandidates } from "@/lib/candidates/merge-candidates";
import { createApplication, createJob, uniqueSuffix, type CandidateOverrides } from "../factories";
import { auditEvents, createProfileFixture } from "../support/candidate-profile";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";

/** A person's name unique to this test, so other tests' candidates never match it. */
const uniqueName = () => ({ firstName: "José", lastName: `Núñez ${uniqueSuffix()}` });
const uniquePhone = () =>
  `+1 (512) ${String(Math.floor(Math.random() * 1e7))
    .padStart(7, "0")
    .replace(/^(\d{3})/, "$1-")}`;

async function pair(first: CandidateOverrides, second: CandidateOverrides) {
  const fixture = await createProfileFixture({ candidate: first });
  const duplicate = await createApplication(testDb, { jobId: fixture.otherJob.id, candidate: second });
  return { ...fixture, duplicate };
}

describe("findProbableDuplicates", () => {
  it("matches the same email whatever its case", async () => {
    const local = `ada.${uniqueSuffix()}`;
    const { application, recruiter, duplicate } = await pair(
      { email: `${local}@example.com` },
      {
        email: ` ${local.toUpperCase()}@EXAMPLE.com`,
        emailNormalized: `${local}@example.com`,
        firstName: "Augusta",
        lastName: "King",
      },
    );
    const found = await findProbableDuplicates({ actor: recruiter, candidateId: application.candidateId });
    expect(found).toEqual([expect.objectContaining({ candidateId: duplicate.candidateId, reasons: ["email"] })]);
    expect(found[0]?.applications.map((other) => other.id)).toEqual([duplicate.id]);
  });

  it("matches the same name (case, accents, spacing) with the same phone in another format", async () => {
    const name = uniqueName();
    const phone = uniquePhone();
    const digits = phone.replace(/\D/g, "").slice(1);
    const { application, recruiter, duplicate } = await pair(
      { ...name, phone },
      {
        firstName: "JOSE ",
        lastName: ` nunez   ${name.lastName.split(" ")[1]}`,
        phone: `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`,
      },
    );
    const found = await findProbableDuplicates({ actor: recruiter, candidateId: application.candidateId });
    expect(found.map((other) => [other.candidateId, other.reasons])).toEqual([
      [duplicate.candidateId, ["name-and-phone"]],
    ]);
  });

  it("matches the same name with the same LinkedIn or GitHub link, written differently", async () => {
    const name = uniqueName();
    const handle = `jose-${uniqueSuffix()}`;
    const { application, recruiter, duplicate } = await pair(
      { ...name, linkedinUrl: `https://www.linkedin.com/in/${handle}/`, githubUrl: null, phone: null },
      {
        ...name,
        linkedinUrl: `http://linkedin.com/in/${handle.toUpperCase()}?trk=profile`,
        githubUrl: null,
        phone: null,
      },
    );
    const found = await findProbableDuplicates({ actor: recruiter, candidateId: application.candidateId });
    expect(found.map((other) => [other.candidateId, other.reasons])).toEqual([
      [duplicate.candidateId, ["name-and-linkedin"]],
    ]);
  });

  it("does not match a different name with the same phone, a longer link, or a merged candidate", async () => {
    const name = uniqueName();
    const phone = uniquePhone();
    const handle = `jose-${uniqueSuffix()}`;
    const { application, recruiter, otherJob } = await pair(
      { ...name, phone, linkedinUrl: `https://linkedin.com/in/${handle}` },
      { firstName: "Someone", lastName: `Else ${uniqueSuffix()}`, phone },
    );
    await createApplication(testDb, {
      jobId: otherJob.id,
      candidate: { ...name, phone: null, linkedinUrl: `https://linkedin.com/in/${handle}-2` },
    });
    const merged = await createApplication(testDb, { jobId: otherJob.id, candidate: { ...name, phone } });
    await testDb.candidate.update({
      where: { id: merged.candidateId },
      data: { mergedIntoId: application.candidateId },
    });
    expect(await findProbableDuplicates({ actor: recruiter, candidateId: application.candidateId })).toEqual([]);
  });

  it("shows a hiring manager only duplicates with an application they may see", async () => {
    const local = `grace.${uniqueSuffix()}`;
    const { application, hiringManager, job } = await pair(
      { email: `${local}@example.com` },
      { email: `${local}@example.com` },
    );
    expect(await findProbableDuplicates({ actor: hiringManager, candidateId: application.candidateId })).toEqual([]);
    const sameJob = await createApplication(testDb, {
      jobId: (await createJob(testDb)).id,
      candidate: { email: `${local}@example.com` },
    });
    await testDb.application.update({
      where: { id: sameJob.id },
      data: { jobId: job.id, stageId: job.stages[0]!.id, emailNormalized: `other-${local}@example.com` },
    });
    const found = await findProbableDuplicates({ actor: hiringManager, candidateId: application.candidateId });
    expect(found.map((other) => other.candidateId)).toEqual([sameJob.candidateId]);
    expect(found[0]?.applications.map((other) => other.id)).toEqual([sameJob.id]);
  });
  it("looks candidates up through the email index and the phone and link expression indexes", async () => {
    const query = probableDuplicateQuery({
      id: "x",
      email: "a@example.com",
      phone: "125550123",
      linkedin: "linkedin.com/in/a",
      github: "github.com/a",
    });
    const plan = await testDb.$transaction(async (tx) => {
      // A test database is small: tell the planner to use an index whenever one fits.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${query}`;
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    for (const index of [
      "Candidate_emailNormalized_idx",
      "Candidate_phone_key_idx",
      "Candidate_linkedin_key_idx",
      "Candidate_github_key_idx",
    ]) {
      expect(text).toContain(index);
    }
  });
});

describe("mergeCandidates", () => {
  it("moves the duplicate's applications with all their history, and marks the duplicate merged", async () => {
    const local = `linus.${uniqueSuffix()}`;
    const { application, recruiter, duplicate, job } = await pair(
      { email: `${local}@example.com`, phone: null, githubUrl: null },
      { email: `${local}@example.com`, phone: "+1 512 555 0100", githubUrl: "https://github.com/linus" },
    );
    // A second application to the same job as the kept one: both stay after the merge.
    const sameJob = await createApplication(testDb, {
      jobId: job.id,
      candidateId: duplicate.candidateId,
      overrides: { emailNormalized: `alt-${local}@example.com` },
    });
    await testDb.stageTransition.create({
      data: {
        applicationId: duplicate.id,
        fromStageId: duplicate.stageId,
        toStageId: duplicate.stageId,
        fromStatus: "ACTIVE",
        toStatus: "ACTIVE",
        actorId: recruiter.userId,
      },
    });
    const { noteId } = await addNote({ actor: recruiter, applicationId: duplicate.id, body: "Met at a conference" });
    await testDb.emailOutbox.createMany({
      data: [
        {
          toAddress: "x@example.com",
          subject: "App mail",
          textBody: "a",
          template: "t",
          applicationId: duplicate.id,
          candidateId: duplicate.candidateId,
        },
        {
          toAddress: "x@example.com",
          subject: "Person mail",
          textBody: "p",
          template: "t",
          candidateId: duplicate.candidateId,
        },
      ],
    });

    const result = await mergeCandidates({
      actor: recruiter,
      keepCandidateId: application.candidateId,
      duplicateCandidateId: duplicate.candidateId,
    });
    // Factory applications carry no status link, so no new link is mailed (status-link-merge.test.ts).
    expect(result).toEqual({ keptCandidateId: application.candidateId, movedApplications: 2, emailIds: [] });

    const kept = await testDb.candidate.findUniqueOrThrow({
      where: { id: application.candidateId },
      include: { applications: { select: { id: true } } },
    });
    expect(kept.applications.map((row) => row.id).sort()).toEqual([application.id, duplicate.id, sameJob.id].sort());
    expect(kept.phone).toBe("+1 512 555 0100");
    expect(kept.githubUrl).toBe("https://github.com/linus");
    // Marked as copied: a status link of the kept record's own applicant never shows them.
    expect(kept.mergeFilledFields).toEqual(["phone", "githubUrl"]);
    const gone = await testDb.candidate.findUniqueOrThrow({ where: { id: duplicate.candidateId } });
    expect(gone.mergedIntoId).toBe(application.candidateId);

    expect(await testDb.stageTransition.count({ where: { applicationId: duplicate.id } })).toBe(1);
    expect(await testDb.note.findUnique({ where: { id: noteId }, select: { applicationId: true } })).toEqual({
      applicationId: duplicate.id,
    });
    const mails = await testDb.emailOutbox.findMany({
      where: {
        subject: { in: ["App mail", "Person mail"] },
        toAddress: "x@example.com",
        candidateId: application.candidateId,
      },
    });
    expect(mails).toHaveLength(2);
    const { searchText } = await testDb.application.findUniqueOrThrow({
      where: { id: duplicate.id },
      select: { searchText: true },
    });
    expect(searchText).toContain(application.candidate.lastName.toLowerCase());

    expect(await auditEvents(application.candidateId, "candidate.merged")).toEqual([
      {
        actorId: recruiter.userId,
        metadata: {
          mergedCandidateId: duplicate.candidateId,
          movedApplications: 2,
          filledFields: ["phone", "githubUrl"],
        },
      },
    ]);
    expect(await findProbableDuplicates({ actor: recruiter, candidateId: application.candidateId })).toEqual([]);
  });

  it("refuses without candidate.merge, into itself, and a second time", async () => {
    const local = `barbara.${uniqueSuffix()}`;
    const { application, recruiter, hiringManager, coordinator, duplicate } = await pair(
      { email: `${local}@example.com` },
      { email: `${local}@example.com` },
    );
    const ids = { keepCandidateId: application.candidateId, duplicateCandidateId: duplicate.candidateId };
    await expectAppError(mergeCandidates({ actor: hiringManager, ...ids }), "FORBIDDEN");
    await expectAppError(mergeCandidates({ actor: coordinator, ...ids }), "FORBIDDEN");
    await expectAppError(
      mergeCandidates({
        actor: recruiter,
        keepCandidateId: application.candidateId,
        duplicateCandidateId: application.candidateId,
      }),
      "VALIDATION",
    );
    await mergeCandidates({ actor: recruiter, ...ids });
    await expectAppError(mergeCandidates({ actor: recruiter, ...ids }), "CONFLICT");
    await expectAppError(
      mergeCandidates({
        actor: recruiter,
        keepCandidateId: duplicate.candidateId,
        duplicateCandidateId: application.candidateId,
      }),
      "CONFLICT",
    );
  });

  it("lets only one of two simultaneous merges win", async () => {
    const local = `ken.${uniqueSuffix()}`;
    const { application, recruiter, duplicate } = await pair(
      { email: `${local}@example.com` },
      { email: `${local}@example.com` },
    );
    const results = await Promise.allSettled([
      mergeCandidates({
        actor: recruiter,
        keepCandidateId: application.candidateId,
        duplicateCandidateId: duplicate.candidateId,
      }),
      mergeCandidates({
        actor: recruiter,
        keepCandidateId: duplicate.candidateId,
        duplicateCandidateId: application.candidateId,
      }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rows = await testDb.candidate.findMany({
      where: { id: { in: [application.candidateId, duplicate.candidateId] } },
      select: { mergedIntoId: true },
    });
    expect(rows.filter((row) => row.mergedIntoId !== null)).toHaveLength(1);
  });
});
