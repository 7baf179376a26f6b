import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import { statusLinkReplacedEmail } from "@/lib/email/templates/candidate-rights";
import { queueCandidateEmail } from "./confirmation-email";
import { issueStatusLink, linkExpiresAt, linkLifeSelect } from "./status-link";

/**
 * After a merge: every link to the record's applications is revoked, and each application whose
 * link still worked gets a new one, mailed to the address it was made with (a merge must not hand
 * anyone a link that reached further before, or leave one they never got). A link that had
 * expired is only revoked: its applicant can ask for a fresh one. Returns the emails to deliver.
 */
export async function reissueStatusLinks(
  tx: DbTransaction,
  { actor, candidateId, now = new Date() }: { actor: Actor; candidateId: string; now?: Date },
): Promise<string[]> {
  const applications = await tx.application.findMany({
    where: { candidateId, statusTokenHash: { not: null } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: linkLifeSelect,
  });
  const emailIds: string[] = [];
  for (const application of applications) {
    const expiresAt = await linkExpiresAt(tx, application);
    if (expiresAt && expiresAt <= now) {
      await tx.application.update({
        where: { id: application.id },
        data: { statusTokenHash: null },
        select: { id: true },
      });
      continue;
    }
    const token = await issueStatusLink(tx, application.id, now);
    await recordAuditEvent(tx, {
      actor,
      action: "application.statusLinkReissued",
      subjectType: "application",
      subjectId: application.id,
      metadata: { reason: "merge" },
    });
    emailIds.push(
      await queueCandidateEmail(tx, {
        applicationId: application.id,
        statusToken: token,
        template: "candidate-status-link-replaced",
        render: statusLinkReplacedEmail,
      }),
    );
  }
  return emailIds;
}
