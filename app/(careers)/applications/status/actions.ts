"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { resendStatusLinks } from "@/lib/candidate-rights/resend-status-links";
import { statusPageValidationText } from "@/lib/candidate-rights/read-status-page-language";
import { statusActionFailure } from "@/lib/candidate-rights/status-action-failure";
import { parseResendLinkForm, type CandidateActionState } from "@/lib/candidate-rights/schema";
import { deliverOutboxMessages } from "@/lib/actions/deliver-after-response";
import { validationFailure } from "@/lib/http/action-failure";
import { limitStatusLinkResend } from "@/lib/rate-limit/limit-requests";

/**
 * New status links for an email address. Whether or not anyone applied with it, the answer is
 * the same redirect, and the work (new tokens, emails) runs after the response, so neither the
 * page nor its timing tells a stranger that an address applied.
 */
export async function resendStatusLinkAction(
  _previous: CandidateActionState,
  form: FormData,
): Promise<CandidateActionState> {
  const values = { email: String(form.get("email") ?? "") };
  // The page's language: a link that does not work tells no application's (not-found.tsx).
  const text = await statusPageValidationText(null);
  const parsed = parseResendLinkForm(form, text);
  if (!parsed.success) return { ...validationFailure(parsed.error, text.plain("checkEmail")), values };
  try {
    // Over the per-address limit: a 429-style message. Over the per-recipient one: silently nothing.
    const { send } = await limitStatusLinkResend({ headers: await headers(), email: parsed.data.email });
    if (send) {
      after(async () => {
        try {
          const { emailIds } = await resendStatusLinks({ input: parsed.data });
          await deliverOutboxMessages(emailIds);
        } catch (error) {
          console.error("[resend-status-link] failed after the response", error);
        }
      });
    }
  } catch (error) {
    return { ...(await statusActionFailure(error, "resend-status-link", null)), values };
  }
  redirect("/applications/status?sent=1");
}
