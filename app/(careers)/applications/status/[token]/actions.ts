"use server";

// The status page's actions. The private link is the candidate's only credential: each domain
// function resolves it first, and an unknown link changes nothing. Success goes back to the
// status page (a redirect, so the forms also work without JavaScript). A refused form is answered
// in the page's language: its schema is built with that language's messages.
import { redirect } from "next/navigation";
import {
  parseAccommodationForm,
  parseErasureForm,
  parseWithdrawForm,
  type CandidateActionState,
} from "@/lib/candidate-rights/schema";
import { requestErasure } from "@/lib/candidate-rights/request-erasure";
import { saveAccommodationRequest } from "@/lib/accommodations/save-accommodation-request";
import { withdrawApplication } from "@/lib/candidate-rights/withdraw-application";
import { deliverAfterResponse } from "@/lib/actions/deliver-after-response";
import { validationFailure } from "@/lib/http/action-failure";
import { statusPageValidationText } from "@/lib/candidate-rights/read-status-page-language";
import { statusActionFailure } from "@/lib/candidate-rights/status-action-failure";

const statusPage = (token: string, done: string) => `/applications/status/${encodeURIComponent(token)}?done=${done}`;

export async function withdrawAction(
  token: string,
  _previous: CandidateActionState,
  form: FormData,
): Promise<CandidateActionState> {
  const values = { reasonId: String(form.get("reasonId") ?? "") };
  const text = await statusPageValidationText(token);
  const parsed = parseWithdrawForm(form, text);
  if (!parsed.success) return { ...validationFailure(parsed.error, text.plain("checkForm")), values };
  try {
    const withdrawn = await withdrawApplication({ statusToken: token, input: parsed.data });
    deliverAfterResponse([withdrawn.emailId]);
  } catch (error) {
    return { ...(await statusActionFailure(error, "candidate-withdraw", token)), values };
  }
  redirect(statusPage(token, "withdrawn"));
}

export async function saveAccommodationAction(
  token: string,
  _previous: CandidateActionState,
  form: FormData,
): Promise<CandidateActionState> {
  const values = {
    kinds: form.getAll("request.kinds").map(String),
    details: String(form.get("request.details") ?? ""),
    preferredContact: String(form.get("request.preferredContact") ?? ""),
  };
  const text = await statusPageValidationText(token);
  const parsed = parseAccommodationForm(form, text);
  if (!parsed.success) return { ...validationFailure(parsed.error, text.plain("fixAnswers")), values };
  try {
    const saved = await saveAccommodationRequest({ statusToken: token, input: parsed.data });
    deliverAfterResponse([saved.emailId]);
  } catch (error) {
    return { ...(await statusActionFailure(error, "candidate-accommodation", token)), values };
  }
  redirect(statusPage(token, "accommodation"));
}

export async function requestErasureAction(
  token: string,
  _previous: CandidateActionState,
  form: FormData,
): Promise<CandidateActionState> {
  const text = await statusPageValidationText(token);
  const parsed = parseErasureForm(form, text);
  if (!parsed.success) return validationFailure(parsed.error, text.plain("checkForm"));
  try {
    const requested = await requestErasure({ statusToken: token });
    deliverAfterResponse([requested.emailId]);
  } catch (error) {
    return await statusActionFailure(error, "candidate-erasure", token);
  }
  redirect(statusPage(token, "erasure"));
}
