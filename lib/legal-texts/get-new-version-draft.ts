import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/format/dates";
import type { FormKind } from "@/lib/generated/prisma/enums";
import type { NewLegalTextValues } from "./schema";

/**
 * The new-version form's starting values: a copy of the latest version of the kind (wording,
 * questions, OMB details) to edit, and the next version label when the last one is a number.
 */
export async function getNewVersionDraft({
  actor,
  kind,
}: {
  actor: Actor;
  kind: FormKind;
}): Promise<NewLegalTextValues> {
  assertCan(actor, "legalText.manage");
  const latest = await db.formVersion.findFirst({
    where: { kind },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { version: true, title: true, bodyMarkdown: true, questions: true, ombNumber: true, ombExpiresOn: true },
  });
  return {
    kind,
    version: latest && /^\d+$/.test(latest.version) ? String(Number(latest.version) + 1) : "",
    title: latest?.title ?? "",
    bodyMarkdown: latest?.bodyMarkdown ?? "",
    questionsJson: JSON.stringify(latest?.questions ?? [], null, 2),
    ombNumber: latest?.ombNumber ?? "",
    ombExpiresOn: latest?.ombExpiresOn ? isoDay(latest.ombExpiresOn) : "",
    effective: "now",
    effectiveOn: "",
  };
}
