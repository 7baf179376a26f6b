import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { FormKind } from "@/lib/generated/prisma/enums";
import { LEGAL_TEXT_KINDS } from "./labels";

export type LegalTextVersionRow = {
  id: string;
  version: string;
  language: string;
  title: string;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  ombNumber: string | null;
  ombExpiresOn: Date | null;
  status: "current" | "scheduled" | "retired";
};

export type LegalTextGroup = { kind: FormKind; label: string; versions: LegalTextVersionRow[] };

/** Every version of every legal text, newest first per kind, with the one in force per language marked. */
export async function listLegalTexts({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<LegalTextGroup[]> {
  assertCan(actor, "legalText.manage");
  const rows = await db.formVersion.findMany({
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      version: true,
      language: true,
      title: true,
      effectiveFrom: true,
      effectiveTo: true,
      ombNumber: true,
      ombExpiresOn: true,
    },
  });
  return LEGAL_TEXT_KINDS.map(({ kind, label }) => {
    const currentFound = new Set<string>();
    const versions = rows
      .filter((row) => row.kind === kind)
      .map(({ kind: _kind, ...row }): LegalTextVersionRow => {
        // The same rule as getCurrentFormVersions: the latest of its language whose window contains now.
        const inForce =
          !currentFound.has(row.language) &&
          row.effectiveFrom <= now &&
          (row.effectiveTo === null || row.effectiveTo > now);
        if (inForce) currentFound.add(row.language);
        return { ...row, status: inForce ? "current" : row.effectiveFrom > now ? "scheduled" : "retired" };
      });
    return { kind, label, versions };
  });
}
