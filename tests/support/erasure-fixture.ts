// A person with something in every place Trellis keeps data about a candidate, for the erasure
// tests: answers, eligibility, an accommodation request with notes, files on disk, notes with a
// mention, emails to them and about them, an interview with feedback, a decision, a tag, stage
// history, and an earlier record merged into theirs.
import { createHash, randomUUID } from "node:crypto";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { getFileStorage } from "@/lib/storage";
import {
  createApplication,
  createJob,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
  type StaffUser,
} from "../factories";
import { testDb } from "./db";
import { minimalPdf } from "./documents";

type Options = {
  jobId?: number;
  status?: ApplicationStatus;
  lastActivityAt?: Date;
  staff: { author: StaffUser; interviewer: StaffUser };
};

async function storeFile(purpose: "RESUME" | "COVER_LETTER", text: string) {
  const bytes = minimalPdf(text);
  const storageKey = `documents/${randomUUID()}`;
  await getFileStorage().put(storageKey, bytes, "application/pdf");
  const row = await testDb.storedFile.create({
    data: {
      storageKey,
      purpose,
      fileName: `${text.replace(/\W+/g, "-")}.pdf`,
      contentType: "application/pdf",
      byteSize: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      extractedText: text,
    },
  });
  return row;
}

export async function createPersonToErase({ jobId, status = "REJECTED", lastActivityAt, staff }: Options) {
  await ensureLegalForms(testDb);
  const suffix = uniqueSuffix();
  const identity = {
    firstName: `Hedwig${suffix}`,
    lastName: `Quaxley${suffix}`,
    preferredName: `Hedy${suffix}`,
    email: `hedwig.quaxley.${suffix}@example.com`,
    phone: `+1 555 01${suffix.slice(-4)}`,
    oldEmail: `h.quaxley.old.${suffix}@example.org`,
  };
  const job = jobId ? { id: jobId } : await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  const resume = await storeFile("RESUME", `Resume of ${identity.firstName} ${identity.lastName}`);
  const coverLetter = await storeFile("COVER_LETTER", `Cover letter from ${identity.firstName} ${identity.lastName}`);
  const application = await createApplication(testDb, {
    jobId: job.id,
    stageName: "Recruiter screen",
    status,
    submittedAt: lastActivityAt,
    answers: true,
    workAuthorization: true,
    exportControl: true,
    accommodation: {
      kinds: ["OTHER"],
      details: `${identity.firstName} needs step-free access`,
      preferredContact: "EMAIL",
      panelArrangement: "Step-free room",
    },
    candidate: {
      firstName: identity.firstName,
      lastName: identity.lastName,
      preferredName: identity.preferredName,
      pronouns: "she/her",
      email: identity.email,
      emailNormalized: identity.email,
      phone: identity.phone,
      websiteUrl: `https://${identity.lastName.toLowerCase()}.example.com`,
    },
    overrides: {
      coverLetterText: `Dear team, I am ${identity.firstName} ${identity.lastName}.`,
      sourceDetail: { utm_source: "newsletter", referrer: `${identity.lastName.toLowerCase()}.example.com` },
      statusTokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
      resumeFileId: resume.id,
      coverLetterFileId: coverLetter.id,
    },
  });
  const candidateId = application.candidateId;
  const stages = await testDb.stage.findMany({
    where: { jobId: job.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  await testDb.stageTransition.createMany({
    data: [
      {
        applicationId: application.id,
        fromStageId: null,
        toStageId: stages[0]!.id,
        fromStatus: "ACTIVE",
        toStatus: "ACTIVE",
      },
      {
        applicationId: application.id,
        fromStageId: stages[0]!.id,
        toStageId: stages[1]!.id,
        fromStatus: "ACTIVE",
        toStatus: status,
        actorId: staff.author.id,
      },
    ],
  });
  await testDb.accommodationNote.create({
    data: {
      requestId: application.accommodationRequest!.id,
      authorId: staff.author.id,
      body: `Called ${identity.preferredName} on ${identity.phone}`,
    },
  });
  const note = await testDb.note.create({
    data: {
      applicationId: application.id,
      authorId: staff.author.id,
      body: `${identity.firstName} was great, cc @ivy`,
    },
  });
  await testDb.notification.create({
    data: {
      userId: staff.interviewer.id,
      kind: "note.mention",
      payload: { applicationId: application.id, noteId: note.id, authorId: staff.author.id },
    },
  });
  const tag = await testDb.tag.create({ data: { name: `erasure-${suffix}` } });
  await testDb.applicationTag.create({ data: { applicationId: application.id, tagId: tag.id } });

  const attribute = await testDb.scorecardAttribute.create({
    data: {
      jobId: job.id,
      position: await testDb.scorecardAttribute.count({ where: { jobId: job.id } }),
      name: "Systems programming",
    },
  });
  const interview = await testDb.interview.create({
    data: {
      applicationId: application.id,
      title: "Systems design",
      startsAt: new Date(),
      durationMinutes: 60,
      timeZone: "UTC",
      calendarUid: `${randomUUID()}@trellis.test`,
      scheduledById: staff.author.id,
      panel: { create: [{ userId: staff.interviewer.id }] },
    },
  });
  const scorecard = await testDb.scorecard.create({
    data: {
      interviewId: interview.id,
      applicationId: application.id,
      authorId: staff.interviewer.id,
      status: "SUBMITTED",
      submittedAt: new Date(),
      recommendation: "STRONG_YES",
      keyTakeaways: `${identity.firstName} knows V8 well`,
      privateNotes: `${identity.lastName} mentioned a disability`,
      ratings: {
        create: [
          { attributeId: attribute.id, rating: "STRONG_YES", notes: `${identity.firstName} wrote an allocator` },
        ],
      },
    },
  });
  await testDb.scorecardRevision.create({
    data: {
      scorecardId: scorecard.id,
      editorId: staff.interviewer.id,
      snapshot: {
        recommendation: "STRONG_YES",
        keyTakeaways: `${identity.firstName} knows V8 well`,
        privateNotes: `${identity.lastName} mentioned a disability`,
        ratings: [
          { attributeId: attribute.id, rating: "STRONG_YES", notes: `${identity.firstName} wrote an allocator` },
        ],
      },
    },
  });
  await testDb.hiringDecision.create({
    data: {
      applicationId: application.id,
      decidedById: staff.author.id,
      kind: "REJECT",
      note: `${identity.firstName} lacks depth`,
    },
  });

  const mentionBody = `You were mentioned on ${identity.firstName} ${identity.lastName}: https://trellis.test/hiring/applications/${application.id}#note-${note.id}`;
  const invitationBody = `Interview with ${identity.firstName} ${identity.lastName}: https://trellis.test/hiring/interviews/${interview.id}`;
  await testDb.emailOutbox.createMany({
    data: [
      {
        toAddress: identity.email,
        subject: `Thanks, ${identity.preferredName}`,
        textBody: `Hello ${identity.firstName}`,
        htmlBody: `<p>Hello ${identity.firstName}</p>`,
        template: "application-received",
        applicationId: application.id,
        candidateId,
        status: "SENT",
      },
      {
        toAddress: identity.email,
        subject: `Update for ${identity.firstName}`,
        textBody: "Queued",
        template: "candidate-withdrawn",
        applicationId: application.id,
        candidateId,
        status: "PENDING",
      },
      {
        toAddress: staff.interviewer.email,
        subject: `Mention on ${identity.lastName}`,
        textBody: mentionBody,
        template: "note-mention",
        userId: staff.interviewer.id,
        status: "SENT",
      },
      {
        toAddress: staff.interviewer.email,
        subject: "Interview invitation",
        textBody: invitationBody,
        calendarContent: `SUMMARY:${identity.firstName} ${identity.lastName}`,
        template: "interview-invitation",
        userId: staff.interviewer.id,
        status: "SENT",
      },
    ],
  });

  // An earlier application of theirs, merged into this record: the old address is theirs too.
  const merged = await testDb.candidate.create({
    data: {
      firstName: identity.firstName,
      lastName: identity.lastName,
      email: identity.oldEmail,
      emailNormalized: identity.oldEmail,
      phone: identity.phone,
      mergedIntoId: candidateId,
    },
  });
  await testDb.emailOutbox.create({
    data: {
      toAddress: identity.oldEmail,
      subject: `Hi ${identity.firstName}`,
      textBody: "Old message",
      template: "application-received",
      candidateId: merged.id,
      status: "SENT",
    },
  });
  if (lastActivityAt) await testDb.application.update({ where: { id: application.id }, data: { lastActivityAt } });

  return {
    identity,
    jobId: job.id,
    candidateId,
    mergedCandidateId: merged.id,
    applicationId: application.id,
    storageKeys: [resume.storageKey, coverLetter.storageKey],
    fileIds: [resume.id, coverLetter.id],
    scorecardId: scorecard.id,
    attributeId: attribute.id,
  };
}

export type PersonToErase = Awaited<ReturnType<typeof createPersonToErase>>;

/** Every table in the app's schema whose rows, as text, contain `needle` (case-insensitive). */
export async function tablesContaining(needle: string): Promise<string[]> {
  const tables = await testDb.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const found: string[] = [];
  for (const { table_name: table } of tables) {
    const [row] = await testDb.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" AS t WHERE t::text ILIKE $1`,
      `%${needle}%`,
    );
    if (row && row.count > 0n) found.push(table);
  }
  return found;
}
