import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { FormKind } from "@/lib/generated/prisma/enums";
import { getFormVersionIdsInForce } from "@/lib/legal/current-form-versions";
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
  const [rows, inForce] = await Promise.all([
    db.formVersion.findMany({
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
    }),
    // What applying uses (form_versions_in_force), each language on its own.
    getFormVersionIdsInForce(now),
  ]);
  return LEGAL_TEXT_KINDS.map(({ kind, label }) => ({
    kind,
    label,
    versions: rows
      .filter((row) => row.kind === kind)
      .map(({ kind: _kind, ...row }): LegalTextVersionRow => ({
        ...row,
        status: inForce.has(row.id) ? "current" : row.effectiveFrom > now ? "scheduled" : "retired",
      })),
  }));
}
