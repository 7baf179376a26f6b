import "server-only";
import { translatorFor } from "@/i18n/translator";
import type { ActionFailure } from "@/lib/actions/action-result";
import { isDatabaseUnreachable, toSafeError } from "@/lib/errors";
import { CandidateRefusal, type RefusalText } from "./candidate-refusal";
import { readStatusPageLanguage } from "./read-status-page-language";

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
  if (safe instanceof CandidateRefusal) return { ok: false, ...safe.in(t) };
  if (safe.requestId) {
    const key = isDatabaseUnreachable(error) ? "unreachable" : "unavailable";
    return { ok: false, message: t(key, { reference: safe.requestId }) };
  }
  return { ok: false, message: safe.message, ...(safe.fieldErrors && { fieldErrors: safe.fieldErrors }) };
}
