// Keeps Application.searchText, searchWords and searchKeys (what the applications table
// searches, lib/applications-table/search-filter.ts) and Application.sortName in step with the rows they are built from. Call it in the same
// transaction as any change to them: a new application, a note, a candidate's name or email,
// a merge, an erasure.
import "server-only";
import type { Db, DbTransaction } from "@/lib/db";
import { buildSearchKeys, buildSearchText, buildSearchWords, buildSortName } from "./normalize-search-text";

export async function refreshApplicationSearchText(tx: DbTransaction | Db, applicationId: string): Promise<void> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      reference: true,
      candidate: { select: { firstName: true, lastName: true, preferredName: true, email: true, anonymizedAt: true } },
      resumeFile: { select: { extractedText: true } },
      notes: { select: { body: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  // An erased person must not be findable by what remains of them.
  const erased = application.candidate.anonymizedAt !== null;
  const searchText = erased
    ? ""
    : buildSearchText({
        reference: application.reference,
        candidate: application.candidate,
        resumeText: application.resumeFile?.extractedText ?? null,
        noteBodies: application.notes.map((note) => note.body),
      });
  const searchKeys = erased
    ? ""
    : buildSearchKeys({ reference: application.reference, candidate: application.candidate });
  await tx.application.update({
    where: { id: applicationId },
    data: {
      searchText,
      searchWords: buildSearchWords(searchText, searchKeys),
      searchKeys,
      sortName: buildSortName(application.candidate),
    },
    select: { id: true },
  });
}

/** For changes to the person rather than one application (name, email, merge, erasure). */
export async function refreshCandidateSearchText(tx: DbTransaction | Db, candidateId: string): Promise<void> {
  const applications = await tx.application.findMany({ where: { candidateId }, select: { id: true } });
  for (const { id } of applications) await refreshApplicationSearchText(tx, id);
}
