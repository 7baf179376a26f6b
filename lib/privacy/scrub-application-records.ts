import "server-only";
import type { DbTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import { anonymizedApplicationEmail, ERASED_FILE_NAME, ERASED_SUBMISSION_KEY_PREFIX } from "./placeholders";

export type ApplicationScrubCounts = {
  answers: number;
  eligibilityAnswers: number;
  accommodationRequests: number;
  notes: number;
  scorecards: number;
  decisions: number;
  files: number;
};

/**
 * Removes what identifies or describes the person from their applications, and keeps what the
 * aggregate statistics need: the job, stage, status, dates, stage history, tags, ratings and
 * recommendations. Returns the storage keys of the files to remove once the transaction commits.
 */
export async function scrubApplicationRecords(
  tx: DbTransaction,
  applicationIds: string[],
): Promise<{ counts: ApplicationScrubCounts; storageKeys: string[] }> {
  const where = { applicationId: { in: applicationIds } };
  const answers = await tx.applicationAnswer.deleteMany({ where });
  const workAuthorization = await tx.workAuthorizationAnswer.deleteMany({ where });
  const exportControl = await tx.exportControlAttestation.deleteMany({ where });
  // Its notes go with it (ON DELETE CASCADE).
  const accommodationRequests = await tx.accommodationRequest.deleteMany({ where });

  // Staff notes are about the person; mentions cascade, and the notifications pointing at the
  // notes or the applications would lead nowhere.
  const notes = await tx.note.deleteMany({ where });
  await tx.$executeRaw`DELETE FROM "Notification" WHERE "payload"->>'applicationId' = ANY(${applicationIds}::text[])`;

  // Free-text feedback describes the person; ratings and recommendations stay for the statistics.
  const scorecards = await tx.scorecard.updateMany({ where, data: { keyTakeaways: "", privateNotes: "" } });
  await tx.scorecardRating.updateMany({ where: { scorecard: where }, data: { notes: "" } });
  await tx.$executeRaw`
    UPDATE "ScorecardRevision" AS rev
       SET "snapshot" = jsonb_build_object(
             'recommendation', rev."snapshot"->'recommendation',
             'ratings', CASE WHEN jsonb_typeof(rev."snapshot"->'ratings') = 'array'
               THEN (SELECT coalesce(jsonb_agg(jsonb_build_object('attributeId', r->'attributeId', 'rating', r->'rating')), '[]'::jsonb)
                       FROM jsonb_array_elements(rev."snapshot"->'ratings') AS r)
               ELSE '[]'::jsonb END,
             'erased', true)
      FROM "Scorecard" AS s
     WHERE s."id" = rev."scorecardId" AND s."applicationId" = ANY(${applicationIds}::text[])`;
  const decisions = await tx.hiringDecision.updateMany({ where, data: { note: "" } });

  const files = await tx.application.findMany({
    where: { id: { in: applicationIds } },
    select: { resumeFileId: true, coverLetterFileId: true },
  });
  const fileIds = files
    .flatMap((file) => [file.resumeFileId, file.coverLetterFileId])
    .filter((id): id is string => id !== null);

  for (const applicationId of applicationIds) {
    await tx.application.update({
      where: { id: applicationId },
      data: {
        emailNormalized: anonymizedApplicationEmail(applicationId),
        submissionKey: `${ERASED_SUBMISSION_KEY_PREFIX}${applicationId}`,
        coverLetterText: null,
        sourceDetail: Prisma.DbNull,
        statusTokenHash: null,
        resumeFileId: null,
        coverLetterFileId: null,
      },
      select: { id: true },
    });
    // The candidate row is already anonymized: search text empties, the sort name follows it.
    await refreshApplicationSearchText(tx, applicationId);
  }

  // The rows stay (unlinked, nameless) until their bytes are gone: a failed removal is retried
  // by the next run (remove-erased-files.ts), and nothing points at them any more.
  const stored = await tx.storedFile.findMany({ where: { id: { in: fileIds } }, select: { storageKey: true } });
  await tx.storedFile.updateMany({
    where: { id: { in: fileIds } },
    data: { fileName: ERASED_FILE_NAME, extractedText: null, sha256: "" },
  });

  return {
    counts: {
      answers: answers.count,
      eligibilityAnswers: workAuthorization.count + exportControl.count,
      accommodationRequests: accommodationRequests.count,
      notes: notes.count,
      scorecards: scorecards.count,
      decisions: decisions.count,
      files: fileIds.length,
    },
    storageKeys: stored.map((file) => file.storageKey),
  };
}
