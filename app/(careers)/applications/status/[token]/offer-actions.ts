"use server";

// The candidate's answer to a released offer. As with the status page's other actions, the
// private link is the only credential: the domain function resolves it before anything else.
import { redirect } from "next/navigation";
import { deliverAfterResponse } from "@/lib/actions/deliver-after-response";
import type { CandidateActionState } from "@/lib/candidate-rights/schema";
import { statusPageValidationText } from "@/lib/candidate-rights/read-status-page-language";
import { statusActionFailure } from "@/lib/candidate-rights/status-action-failure";
import { validationFailure } from "@/lib/http/action-failure";
import { acceptOffer, declineOffer } from "@/lib/offers/answer-offer";
import { parseAcceptOfferForm, parseDeclineOfferForm } from "@/lib/offers/schema";

// A new URL (not only a hash), so the router renders the page again with the answer.
const offerSection = (token: string) => `/applications/status/${encodeURIComponent(token)}?offer=answered`;

export async function acceptOfferAction(
  token: string,
  _previous: CandidateActionState,
  form: FormData,
): Promise<CandidateActionState> {
  const values = { fullName: String(form.get("fullName") ?? "") };
  const text = await statusPageValidationText(token);
  const parsed = parseAcceptOfferForm(form, text);
  if (!parsed.success) return { ...validationFailure(parsed.error, text.plain("checkForm")), values };
  try {
    const accepted = await acceptOffer({ statusToken: token, input: parsed.data });
    deliverAfterResponse(accepted.emailIds);
  } catch (error) {
    return { ...(await statusActionFailure(error, "candidate-offer-accept", token)), values };
  }
  redirect(offerSection(token));
}

export async function declineOfferAction(
  token: string,
  _previous: CandidateActionState,
  form: FormData,
): Promise<CandidateActionState> {
  const values = { reason: String(form.get("reason") ?? "") };
  const text = await statusPageValidationText(token);
  const parsed = parseDeclineOfferForm(form, text);
  if (!parsed.success) return { ...validationFailure(parsed.error, text.plain("checkForm")), values };
  try {
    const declined = await declineOffer({ statusToken: token, input: parsed.data });
    deliverAfterResponse(declined.emailIds);
  } catch (error) {
    return { ...(await statusActionFailure(error, "candidate-offer-decline", token)), values };
  }
  redirect(offerSection(token));
}
