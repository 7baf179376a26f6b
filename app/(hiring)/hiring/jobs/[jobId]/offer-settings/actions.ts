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
    const { restartedOffers, emailIds } = await saveJobOfferSettings({ actor, input });
    return {
      message:
        restartedOffers === 0
          ? "Offer settings saved."
          : `Offer settings saved. The new approvers approve ${restartedOffers === 1 ? "the offer" : `${restartedOffers} offers`} waiting on this job from the start.`,
      revalidate: [jobOfferSettingsPath(input.jobId)],
      emailIds,
    };
  },
});

export async function saveJobOfferSettingsAction(input: unknown) {
  return save(input);
}
