import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, packetApplicationsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getFileStorage } from "@/lib/storage";

/**
 * The bytes of an application's resume or cover letter, for a staff member who may see the
 * application (the resume also for its panel, through the candidate packet). A file id that
 * belongs to another application is "not found", like an application the actor cannot see.
 */
export async function getApplicationDocument({
  actor,
  applicationId,
  fileId,
}: {
  actor: Actor;
  applicationId: string;
  fileId: string;
}) {
  assertCan(actor, "application.read");
  const notFound = new AppError("NOT_FOUND", "That document does not exist or is not visible to you.");
  const file = await db.storedFile.findFirst({
    where: {
      id: fileId,
      OR: [
        // The resume is part of the candidate packet the panel reads; the cover letter is not.
        { resumeOfApplication: { AND: [{ id: applicationId }, packetApplicationsVisibleTo(actor)] } },
        { coverLetterApplication: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] } },
      ],
    },
    select: { storageKey: true, fileName: true, contentType: true, byteSize: true },
  });
  if (!file) throw notFound;
  // Streamed from storage (local disk or S3): serving a resume never holds it in memory.
  const body = await getFileStorage().stream(file.storageKey);
  if (!body) throw notFound;
  return { fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize, body };
}
