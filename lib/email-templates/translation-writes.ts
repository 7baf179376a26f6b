import type { DbTransaction } from "@/lib/db";
import type { EmailTemplateFormInput, EmailTemplateText } from "./email-template-schema";
import type { TranslationLocale } from "./template-version";

/** Saves each translation the form filled in and removes each it left blank, in the caller's transaction. */
export async function writeTemplateTranslations(
  tx: DbTransaction,
  templateId: string,
  translations: EmailTemplateFormInput["translations"],
): Promise<void> {
  if (!translations) return;
  for (const [language, text] of Object.entries(translations) as [TranslationLocale, EmailTemplateText | null][]) {
    if (text) {
      await tx.emailTemplateTranslation.upsert({
        where: { templateId_language: { templateId, language } },
        create: { templateId, language, ...text },
        update: text,
      });
    } else {
      await tx.emailTemplateTranslation.deleteMany({ where: { templateId, language } });
    }
  }
}
