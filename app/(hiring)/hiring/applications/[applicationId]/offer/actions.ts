"use server";
// The offer page's actions: each names its schema and domain call; the wrapper does session,
// permission, parsing, revalidation and the emails after the response (lib/actions).
import { staffAction } from "@/lib/actions/staff-action";
import { decideOfferApproval, submitOfferForApproval } from "@/lib/offers/decide-offer-approval";
import { releaseOffer, withdrawOffer } from "@/lib/offers/release-offer";
import { reviewOfferExport } from "@/lib/offers/review-offer-export";
import { saveOfferTerms } from "@/lib/offers/save-offer-terms";
import {
  exportReviewFormSchema,
  offerApprovalFormSchema,
  offerStepSchema,
  offerTermsFormSchema,
} from "@/lib/offers/schema";
import { applicationProfilePath } from "@/lib/paths/applications";
import { offerPath } from "@/lib/paths/offers";
import { db } from "@/lib/db";

async function pagesOf(offerId: string): Promise<string[]> {
  const offer = await db.offer.findUnique({ where: { id: offerId }, select: { applicationId: true } });
  return offer ? [offerPath(offer.applicationId), applicationProfilePath(offer.applicationId)] : [];
}

const saveTerms = staffAction({
  name: "offer-save-terms",
  permission: "offer.manage",
  schema: offerTermsFormSchema,
  onRefused: (error) => (error.code === "CONFLICT" ? { conflict: true as const } : undefined),
  run: async ({ actor, input }) => {
    const saved = await saveOfferTerms({ actor, input });
    return {
      message: saved.restartedApproval ? "Terms saved. Approval starts over for the new terms." : "Terms saved.",
      data: { offerId: saved.offerId },
      revalidate: [offerPath(input.applicationId), applicationProfilePath(input.applicationId)],
    };
  },
});
export async function saveOfferTermsAction(input: unknown) {
  return saveTerms(input);
}

const submit = staffAction({
  name: "offer-submit",
  permission: "offer.manage",
  schema: offerStepSchema,
  run: async ({ actor, input }) => {
    const { emailIds } = await submitOfferForApproval({ actor, input });
    return { message: "Sent to the first approver.", emailIds, revalidate: await pagesOf(input.offerId) };
  },
});
export async function submitOfferAction(input: unknown) {
  return submit(input);
}

const decide = staffAction({
  name: "offer-approval",
  permission: "offer.approve",
  schema: offerApprovalFormSchema,
  run: async ({ actor, input }) => {
    const { status, emailIds } = await decideOfferApproval({ actor, input });
    const message =
      input.decision === "SENT_BACK"
        ? "Sent back to draft."
        : status === "APPROVED"
          ? "Approved: every approver has approved."
          : "Approved: the next approver was asked.";
    return { message, emailIds, revalidate: await pagesOf(input.offerId) };
  },
});
export async function decideOfferApprovalAction(input: unknown) {
  return decide(input);
}

const review = staffAction({
  name: "offer-export-review",
  permission: "offer.exportReview",
  schema: exportReviewFormSchema,
  run: async ({ actor, input }) => {
    await reviewOfferExport({ actor, input });
    return { message: "Export-control review recorded.", revalidate: await pagesOf(input.offerId) };
  },
});
export async function reviewOfferExportAction(input: unknown) {
  return review(input);
}

const release = staffAction({
  name: "offer-release",
  permission: "offer.manage",
  schema: offerStepSchema,
  run: async ({ actor, input }) => {
    const { emailIds } = await releaseOffer({ actor, input });
    return {
      message: "Released: the candidate's email is on its way.",
      emailIds,
      revalidate: await pagesOf(input.offerId),
    };
  },
});
export async function releaseOfferAction(input: unknown) {
  return release(input);
}

const withdraw = staffAction({
  name: "offer-withdraw",
  permission: "offer.manage",
  schema: offerStepSchema,
  run: async ({ actor, input }) => {
    const { emailIds } = await withdrawOffer({ actor, input });
    return { message: "Offer withdrawn.", emailIds, revalidate: await pagesOf(input.offerId) };
  },
});
export async function withdrawOfferAction(input: unknown) {
  return withdraw(input);
}
