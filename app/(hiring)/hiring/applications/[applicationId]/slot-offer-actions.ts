"use server";
import { boundApplicationId } from "@/lib/actions/bound-ids";
import { staffAction } from "@/lib/actions/staff-action";
import { formatDuration } from "@/lib/interviews/format-interview-time";
import { applicationProfilePath } from "@/lib/paths/applications";
import { offerSlots } from "@/lib/self-scheduling/offer-slots";
import { offerSlotsFormSchema, withdrawSlotOfferSchema } from "@/lib/self-scheduling/schema";
import { withdrawSlotOffer } from "@/lib/self-scheduling/slot-offers-for-staff";

const offer = staffAction({
  name: "offer-slots",
  permission: "interview.offerSlots",
  schema: offerSlotsFormSchema,
  invalid: "The times could not be offered.",
  bound: boundApplicationId,
  run: async ({ actor, input, id }) => {
    const offered = await offerSlots({ actor, applicationId: id, input });
    return {
      message: `${offered.slotCount} time${offered.slotCount === 1 ? "" : "s"} of ${formatDuration(offered.durationMinutes)} offered; the candidate was emailed a link to choose one.`,
      emailIds: [offered.emailId],
      revalidate: [applicationProfilePath(id)],
    };
  },
});

const withdraw = staffAction({
  name: "withdraw-slot-offer",
  permission: "interview.offerSlots",
  schema: withdrawSlotOfferSchema,
  run: async ({ actor, input }) => {
    const { applicationId } = await withdrawSlotOffer({ actor, offerId: input.offerId });
    return {
      message: "Offer withdrawn: the candidate can no longer book these times.",
      revalidate: [applicationProfilePath(applicationId)],
    };
  },
});

export async function offerSlotsAction(applicationId: string, values: unknown) {
  return offer(values, applicationId);
}

export async function withdrawSlotOfferAction(values: unknown) {
  return withdraw(values);
}
