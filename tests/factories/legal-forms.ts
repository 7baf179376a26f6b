import type { Prisma } from "../../lib/generated/prisma/client";
import type { FormKind } from "../../lib/generated/prisma/enums";
import { formVersionRow, LEGAL_FORMS, legalFormSeed } from "../../prisma/seed-data/legal";

type Db = Prisma.TransactionClient;

// createMany + skipDuplicates is an INSERT ... ON CONFLICT DO NOTHING: parallel tests and
// repeated seeds can all call these without racing on the (kind, language, version) unique key.

/** Makes sure every current legal text exists; never changes an existing version. */
export async function ensureLegalForms(prisma: Db): Promise<void> {
  await prisma.formVersion.createMany({ data: LEGAL_FORMS.map(formVersionRow), skipDuplicates: true });
}

/** The current version of one legal text (English unless `language` says), created if missing. */
export async function ensureFormVersion(prisma: Db, kind: FormKind, language = "en") {
  const row = formVersionRow(legalFormSeed(kind, language));
  await prisma.formVersion.createMany({ data: [row], skipDuplicates: true });
  return prisma.formVersion.findUniqueOrThrow({
    where: { kind_language_version: { kind, language, version: row.version } },
  });
}
