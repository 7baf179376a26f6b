import { isDatabaseUnreachable, type AppError } from "@/lib/errors";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";
import { CandidateRefusal, type RefusalText } from "./candidate-refusal";

/**
 * What a candidate's page says for a failed request, in the words of `t` (status.refusals in the
 * page's language): the domain's refusals, and the generic "went wrong" message with its
 * reference. Any other AppError keeps its own words. `safe` is toSafeError(error).
 */
export function refusalWords(
  error: unknown,
  safe: AppError & { requestId?: string },
  t: RefusalText,
): { message: string; fieldErrors?: Record<string, string[]> } {
  const refusal = safe instanceof RateLimitedError ? safe.refusal : safe;
  if (refusal instanceof CandidateRefusal) return refusal.in(t);
  if (safe.requestId) {
    const key = isDatabaseUnreachable(error) ? "unreachable" : "unavailable";
    return { message: t(key, { reference: safe.requestId }) };
  }
  return { message: safe.message, ...(safe.fieldErrors && { fieldErrors: safe.fieldErrors }) };
}
