import "server-only";
import { validationText, type ValidationText, type ValidationTranslate } from "@/lib/submissions/validation-text";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { translatorFor } from "./translator";

/** The application form's validation messages in `locale` on the server (the browser's come from the page). */
export async function validationTextIn(locale: string): Promise<ValidationText> {
  const translate = await translatorFor(isLocale(locale) ? locale : DEFAULT_LOCALE, "validation");
  return validationText(translate as ValidationTranslate);
}
