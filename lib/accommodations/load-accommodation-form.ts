import "server-only";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { accommodationOptions } from "./wording";

/**
 * The accommodation text in force (what the application form shows today) in `language`, else in
 * English, with its options and the language it is in.
 */
export async function loadAccommodationForm(language?: string) {
  const form = (await getCurrentFormVersions(["ACCOMMODATION"], { language })).get("ACCOMMODATION");
  if (!form) throw new Error("No ACCOMMODATION text is in force: run the seed or add one");
  return {
    id: form.id,
    language: form.language,
    html: renderMarkdown(form.bodyMarkdown, { headingOffset: 1 }),
    options: accommodationOptions(form),
  };
}
