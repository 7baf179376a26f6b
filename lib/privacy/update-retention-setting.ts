import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/candidates/parse-input";
import { db } from "@/lib/db";
import { findEmployerId } from "@/lib/jobs/find-employer-id";
import { retentionSettingSchema } from "./schema";

/** Sets how many months of inactivity the retention job waits before erasing (0: never). */
export async function updateRetentionSetting(input: { actor: Actor; retentionInactiveMonths: unknown }) {
  const { actor } = input;
  assertCan(actor, "privacy.manage");
  const { retentionInactiveMonths } = parseInput(retentionSettingSchema, input);
  return db.$transaction(async (tx) => {
    const organizationId = await findEmployerId(tx);
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { retentionInactiveMonths: true },
    });
    if (before.retentionInactiveMonths === retentionInactiveMonths) return { changed: false, retentionInactiveMonths };
    await tx.organization.update({
      where: { id: organizationId },
      data: { retentionInactiveMonths },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "privacy.retentionChanged",
      subjectType: "organization",
      subjectId: String(organizationId),
      metadata: { from: before.retentionInactiveMonths, to: retentionInactiveMonths },
    });
    return { changed: true, retentionInactiveMonths };
  });
}
