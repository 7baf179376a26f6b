"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { saveJobOfferSettings } from "@/lib/offers/job-offer-settings";
import { jobOfferSettingsFormSchema } from "@/lib/offers/schema";
import { jobOfferSettingsPath } from "@/lib/paths/offers";

const save = staffAction({
  name: "job-offer-settings",
  permission: "job.manage",
  schema: jobOfferSettingsFormSchema,
  invalid: "The offer settings were not saved.",
  run: async ({ actor, input }) => {
    await saveJobOfferSettings({ actor, input });
    return { message: "Offer settings saved.", revalidate: [jobOfferSettingsPath(input.jobId)] };
  },
});

export async function saveJobOfferSettingsAction(input: unknown) {
  return save(input);
}
