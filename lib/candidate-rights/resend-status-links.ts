import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { statusLinkEmail } from "@/lib/email/templates/candidate-rights";
import { normalizeEmail } from "@/lib/format/email";
import { queueCandidateEmail } from "./confirmation-email";
import type { ResendLinkInput } from "./schema";
import { issueStatusLink } from "./status-link";

/**
 * A new private status link for every application made with this email address, each sent to
 * that address as the applicant typed it, never to whatever was typed here. Only the address an
 * application was made with counts: a merge that joined it to a record holding another address
 * does not hand that address its links. Every earlier link to those applications stops working
 * (only the new token's hash is kept), and a closed application's new link works for
 * STATUS_LINK_DAYS_AFTER_CLOSE from now. An address with no applications gets nothing, and the
 * caller answers the same either way, so the form tells nobody whether someone applied.
 */
export async function resendStatusLinks({ input }: { input: ResendLinkInput }): Promise<{ emailIds: string[] }> {
  const emailNormalized = normalizeEmail(input.email);
  return db.$transaction(async (tx) => {
    const applications = await tx.application.findMany({
      where: { emailNormalized, candidate: { anonymizedAt: null } },
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      select: { id: true },
    });
    const emailIds: string[] = [];
    for (const { id } of applications) {
      const token = await issueStatusLink(tx, id);
      await recordAuditEvent(tx, {
        actor: { kind: "candidate" },
        action: "application.statusLinkResent",
        subjectType: "application",
        subjectId: id,
      });
      emailIds.push(
        await queueCandidateEmail(tx, {
          applicationId: id,
          statusToken: token,
          template: "candidate-status-link",
          render: statusLinkEmail,
        }),
      );
    }
    return { emailIds };
  });
}
