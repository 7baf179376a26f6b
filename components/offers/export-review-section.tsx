import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { formatDateTime } from "@/lib/format/dates";
import type { OfferView } from "@/lib/offers/get-offer-view";
import { EXPORT_REVIEW_OUTCOME_LABELS } from "@/lib/offers/labels";
import { ExportReviewForm } from "./export-review-form";

type Current = NonNullable<OfferView["current"]>;
const UNRELEASED = new Set(["DRAFT", "PENDING_APPROVAL", "APPROVED"]);

/**
 * The export-control review: its outcome and note for those who read the candidate's
 * export-control answer (`details` is null for anyone else), only "done" for hiring managers.
 */
export function ExportReviewSection({ offer }: { offer: Current }) {
  const { done, details } = offer.exportReview;
  return (
    <ProfileSection id="export-review" title="Export-control review">
      <div className="space-y-4">
        {!done && (
          <p className="text-ink">Not reviewed yet. The offer cannot be released before an admin reviews it.</p>
        )}
        {done && !details && <p className="text-ink">The review is done.</p>}
        {details && (
          <div className="space-y-1 text-ink" data-testid="export-review-outcome">
            <p>
              <span className="font-semibold">{EXPORT_REVIEW_OUTCOME_LABELS[details.outcome]}</span>, by{" "}
              {details.reviewer.name ?? details.reviewer.email} on {formatDateTime(details.reviewedAt)}
            </p>
            {details.note && <p className="whitespace-pre-wrap">{details.note}</p>}
          </div>
        )}
        {offer.canReview && UNRELEASED.has(offer.status) && (
          <ExportReviewForm offerId={offer.id} version={offer.version} />
        )}
      </div>
    </ProfileSection>
  );
}
