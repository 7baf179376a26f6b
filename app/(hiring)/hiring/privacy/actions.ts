"use server";
import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { eraseCandidateNow } from "@/lib/privacy/erase-candidate-now";
import { eraseNowSchema, legalHoldSchema, retentionSettingSchema } from "@/lib/privacy/schema";
import { setLegalHold } from "@/lib/privacy/set-legal-hold";
import { updateRetentionSetting } from "@/lib/privacy/update-retention-setting";

export type PrivacyActionResult = { ok: true; message: string } | ActionFailure;

const PRIVACY_PATH = "/hiring/privacy";

export async function updateRetentionSettingAction(values: unknown): Promise<PrivacyActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "privacy.manage");
    const parsed = retentionSettingSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Check the number of months.");
    const { changed, retentionInactiveMonths } = await updateRetentionSetting({ actor, ...parsed.data });
    revalidatePath(PRIVACY_PATH);
    if (!changed) return { ok: true, message: "That was already the setting." };
    return {
      ok: true,
      message:
        retentionInactiveMonths === 0
          ? "Saved: automatic erasure is off. Requests from candidates are still carried out."
          : `Saved: candidates inactive for ${retentionInactiveMonths} months are erased by the daily run.`,
    };
  } catch (error) {
    return actionFailure(error, "retention-setting");
  }
}

export async function setLegalHoldAction(values: unknown): Promise<PrivacyActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "privacy.manage");
    const parsed = legalHoldSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "That change could not be read.");
    const { changed } = await setLegalHold({ actor, ...parsed.data });
    revalidatePath(PRIVACY_PATH);
    if (!changed) return { ok: true, message: "Nothing changed." };
    return {
      ok: true,
      message: parsed.data.legalHold
        ? "Legal hold on: nothing of theirs is erased until it is lifted."
        : "Legal hold lifted: their open erasure requests run with the next daily run.",
    };
  } catch (error) {
    return actionFailure(error, "legal-hold");
  }
}

export async function eraseCandidateNowAction(values: unknown): Promise<PrivacyActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "privacy.manage");
    const parsed = eraseNowSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Confirm the erasure first.");
    await eraseCandidateNow({ actor, ...parsed.data });
    revalidatePath(PRIVACY_PATH);
    return { ok: true, message: "Erased. The person is now anonymized; their files are removed." };
  } catch (error) {
    return actionFailure(error, "erase-candidate");
  }
}
