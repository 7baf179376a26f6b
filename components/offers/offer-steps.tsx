import {
  releaseOfferAction,
  submitOfferAction,
  withdrawOfferAction,
} from "@/app/(hiring)/hiring/applications/[applicationId]/offer/actions";
import type { OfferView } from "@/lib/offers/get-offer-view";
import { OfferStepButton } from "./offer-step-button";

type Current = NonNullable<OfferView["current"]>;

/** The next thing the offer's managers can do with it, and withdrawing it while it is open. */
export function OfferSteps({ view, offer }: { view: OfferView; offer: Current }) {
  if (!view.canManage) return null;
  const step = { offerId: offer.id, expectedVersion: offer.version };
  const reviewMissing = view.application.job.exportControlled && !offer.exportReview.done;
  const open = ["DRAFT", "PENDING_APPROVAL", "APPROVED", "RELEASED"].includes(offer.status);
  if (!open) return null;
  return (
    <div className="flex flex-wrap items-start gap-4">
      {offer.status === "DRAFT" && offer.steps.length > 0 && (
        <OfferStepButton
          label="Submit for approval"
          pendingLabel="Submitting…"
          action={submitOfferAction}
          step={step}
        />
      )}
      {offer.status === "APPROVED" &&
        (reviewMissing ? (
          <p className="text-ink">Approved. It can be released once the export-control review is done.</p>
        ) : (
          <OfferStepButton
            label="Release to the candidate"
            pendingLabel="Releasing…"
            action={releaseOfferAction}
            step={step}
            confirm="Release this offer? The candidate is emailed a new status link and can accept it."
          />
        ))}
      <OfferStepButton
        label="Withdraw offer"
        pendingLabel="Withdrawing…"
        action={withdrawOfferAction}
        step={step}
        variant="danger"
        confirm="Withdraw this offer? This cannot be undone."
      />
    </div>
  );
}
