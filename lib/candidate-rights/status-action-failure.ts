import "server-only";
import { translatorFor } from "@/i18n/translator";
import type { ActionFailure } from "@/lib/actions/action-result";
import { toSafeError } from "@/lib/errors";
import type { RefusalText } from "./candidate-refusal";
import { readStatusPageLanguage } from "./read-status-page-language";
import { refusalWords } from "./refusal-words";

/**
 * actionFailure for the status-link pages' actions: the domain's refusals and the generic "went
 * wrong" message in the page's language (the unexpected error is logged with its reference as
 * everywhere). `token` null: a page without an application (the new-link form).
 */
export async function statusActionFailure(
  error: unknown,
  context: string,
  token: string | null,
): Promise<ActionFailure> {
  const safe = toSafeError(error, context);
  const t = (await translatorFor(await readStatusPageLanguage(token), "status.refusals")) as unknown as RefusalText;
  return { ok: false, ...refusalWords(error, safe, t) };
}
