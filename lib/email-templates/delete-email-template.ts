import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Deletes a template no rejection reason suggests. The database would quietly unlink such a
 * reason (ON DELETE SET NULL) and its emails would stop; staff must choose another one first.
 */
export async function deleteEmailTemplate({ actor, templateId }: { actor: Actor; templateId: string }): Promise<void> {
  assertCan(actor, "template.manage");
  await db.$transaction(async (tx) => {
    // Locked: a reason being pointed at this template meanwhile waits, then sees it gone.
    const [template] = await tx.$queryRaw<
      { name: string }[]
    >`SELECT name FROM "EmailTemplate" WHERE id = ${templateId} FOR UPDATE`;
    if (!template) throw new AppError("NOT_FOUND", "That email template no longer exists.");
    const reasons = await tx.rejectionReason.findMany({
      where: { emailTemplateId: templateId },
      select: { label: true },
      orderBy: { position: "asc" },
    });
    if (reasons.length > 0) {
      const labels = reasons.map((reason) => `“${reason.label}”`).join(", ");
      throw new AppError(
        "CONFLICT",
        `“${template.name}” is the suggested email of the rejection reason${reasons.length === 1 ? "" : "s"} ${labels}. Choose another template for ${reasons.length === 1 ? "it" : "them"} first, then delete this one.`,
      );
    }
    await tx.emailTemplate.delete({ where: { id: templateId } });
  });
}
