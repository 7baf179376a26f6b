import "server-only";
import { newStatusToken } from "@/lib/applications/reference";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { statusLinkEmail } from "@/lib/email/templates/candidate-rights";
import { queueCandidateEmail } from "./confirmation-email";
import type { ResendLinkInput } from "./schema";

/**
 * A new private status link for every application made with this email address (or of a
 * candidate who has it now), each sent to the candidate's address on file, never to whatever
 * was typed. Every earlier link to those applications stops working (only the new token's
 * hash is kept). An address with no applications gets nothing, and the caller answers the same
 * either way, so the form tells nobody whether someone applied.
 */
export async function resendStatusLinks({ input }: { input: ResendLinkInput }): Promise<{ emailIds: string[] }> {
  const emailNormalized = input.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const applications = await tx.application.findMany({
      where: { OR: [{ emailNormalized }, { candidate: { emailNormalized } }], candidate: { anonymizedAt: null } },
      orderBy: { submittedAt: "desc" },
      select: { id: true },
    });
    const emailIds: string[] = [];
    for (const { id } of applications) {
      const token = newStatusToken();
      await tx.application.update({ where: { id }, data: { statusTokenHash: token.hash }, select: { id: true } });
      await recordAuditEvent(tx, { actor: { kind: "candidate" }, action: "application.statusLinkResent", subjectType: "application", subjectId: id });
      emailIds.push(
        await queueCandidateEmail(tx, { applicationId: id, statusToken: token.token, template: "candidate-status-link", render: statusLinkEmail }),
      );
    }
    return { emailIds };
  });
}
