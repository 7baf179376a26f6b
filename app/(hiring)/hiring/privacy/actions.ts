"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { PRIVACY_PATH } from "@/lib/paths/staff-area";
import { eraseCandidateNow } from "@/lib/privacy/erase-candidate-now";
import { eraseNowSchema, legalHoldSchema, retentionSettingSchema } from "@/lib/privacy/schema";
import { setLegalHold } from "@/lib/privacy/set-legal-hold";
import { updateRetentionSetting } from "@/lib/privacy/update-retention-setting";

const updateRetention = staffAction({
  name: "retention-setting",
  permission: "privacy.manage",
  schema: retentionSettingSchema,
  invalid: "Check the number of months.",
  run: async ({ actor, input }) => {
    const { changed, retentionInactiveMonths } = await updateRetentionSetting({ actor, ...input });
    const message = !changed
      ? "That was already the setting."
      : retentionInactiveMonths === 0
        ? "Saved: automatic erasure is off. Requests from candidates are still carried out."
        : `Saved: candidates inactive for ${retentionInactiveMonths} months are erased by the daily run.`;
    return { message, revalidate: [PRIVACY_PATH] };
  },
});

const legalHold = staffAction({
  name: "legal-hold",
  permission: "privacy.manage",
  schema: legalHoldSchema,
  invalid: "That change could not be read.",
  run: async ({ actor, input }) => {
    const { changed } = await setLegalHold({ actor, ...input });
    const message = !changed
      ? "Nothing changed."
      : input.legalHold
        ? "Legal hold on: nothing of theirs is erased until it is lifted."
        : "Legal hold lifted: their open erasure requests run with the next daily run.";
    return { message, revalidate: [PRIVACY_PATH] };
  },
});

const eraseNow = staffAction({
  name: "erase-candidate",
  permission: "privacy.manage",
  schema: eraseNowSchema,
  invalid: "Confirm the erasure first.",
  run: async ({ actor, input }) => {
    await eraseCandidateNow({ actor, ...input });
    return {
      message: "Erased. The person is now anonymized; their files are removed.",
      revalidate: [PRIVACY_PATH],
    };
  },
});

export async function updateRetentionSettingAction(values: unknown) {
  return updateRetention(values);
}

export async function setLegalHoldAction(values: unknown) {
  return legalHold(values);
}

export async function eraseCandidateNowAction(values: unknown) {
  return eraseNow(values);
}
