import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/format/dates";
import type { FormKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/i18n/locales";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "@/lib/legal/language";
import type { NewLegalTextValues } from "./schema";

/**
 * The new-version form's starting values: a copy of the latest version of the kind in `language`
 * (wording, questions, OMB details) to edit, and the next version label when the last one is a
 * number. A language's first version starts from the English text, to translate, with the English
 * version's label (decision 0042).
 */
export async function getNewVersionDraft({
  actor,
  kind,
  language,
}: {
  actor: Actor;
  kind: FormKind;
  language: Locale;
}): Promise<NewLegalTextValues> {
  assertCan(actor, "legalText.manage");
  const latestOf = (of: Locale) =>
    db.formVersion.findFirst({
      where: { kind, language: of },
      orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      select: { version: true, title: true, bodyMarkdown: true, questions: true, ombNumber: true, ombExpiresOn: true },
    });
  const own = await latestOf(language);
  const latest =
    own ?? (language === LEGAL_TEXT_FALLBACK_LANGUAGE ? null : await latestOf(LEGAL_TEXT_FALLBACK_LANGUAGE));
  const nextLabel = own && /^\d+$/.test(own.version) ? String(Number(own.version) + 1) : "";
  return {
    kind,
    language,
    version: own ? nextLabel : (latest?.version ?? ""),
    title: latest?.title ?? "",
    bodyMarkdown: latest?.bodyMarkdown ?? "",
    questionsJson: JSON.stringify(latest?.questions ?? [], null, 2),
    ombNumber: latest?.ombNumber ?? "",
    ombExpiresOn: latest?.ombExpiresOn ? isoDay(latest.ombExpiresOn) : "",
    effective: "now",
    effectiveOn: "",
  };
}
