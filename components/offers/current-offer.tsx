import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import { isoDay } from "@/lib/format/dates";
import type { OfferView } from "@/lib/offers/get-offer-view";
import { OFFER_STATUS_LABELS, OFFER_STATUS_TONES } from "@/lib/offers/labels";
import { offerLetterPdfPath } from "@/lib/paths/offers";
import { ExportReviewSection } from "./export-review-section";
import { OfferAnswer } from "./offer-answer";
import { OfferApprovals } from "./offer-approvals";
import { OfferLetterPreview } from "./offer-letter-preview";
import { OfferSteps } from "./offer-steps";
import { OfferTermsForm } from "./offer-terms-form";
import { OfferTermsList } from "./offer-terms-list";

type Current = NonNullable<OfferView["current"]>;
const UNRELEASED = new Set(["DRAFT", "PENDING_APPROVAL", "APPROVED"]);

/** The latest offer for a reader of its terms: terms, approvals, review, release and the answer. */
export function CurrentOffer({ view, offer }: { view: OfferView; offer: Current }) {
  const { application } = view;
  const editable = view.canManage && UNRELEASED.has(offer.status);
  return (
    <>
      <ProfileSection
        id="offer"
        title="Current offer"
        actions={
          <Badge variant={OFFER_STATUS_TONES[offer.status]} data-testid="offer-status">
            {OFFER_STATUS_LABELS[offer.status]}
          </Badge>
        }
      >
        <div className="space-y-5">
          <OfferTermsList offer={offer} />
          <OfferAnswer offer={offer} />
          <OfferSteps view={view} offer={offer} />
        </div>
      </ProfileSection>
      {editable && (
        <ProfileSection id="terms" title="Change the terms">
          <OfferTermsForm
            restartsApproval={offer.status !== "DRAFT" || offer.approvalRound > 1}
            letterTemplates={view.letterTemplates}
            initialValues={{
              applicationId: application.id,
              offerId: offer.id,
              expectedVersion: offer.version,
              baseAmount: String(offer.baseAmount),
              currency: offer.currency,
              payPeriod: offer.payPeriod,
              bonus: offer.bonus ?? "",
              equity: offer.equity ?? "",
              startDate: isoDay(offer.startDate),
              workLocation: offer.workLocation,
              employmentType: offer.employmentType,
              expiresOn: isoDay(offer.expiresOn),
              letterTemplateId: offer.letterVersion.templateId,
            }}
          />
        </ProfileSection>
      )}
      <ProfileSection id="approvals" title="Approvals">
        <OfferApprovals offer={offer} />
      </ProfileSection>
      {application.job.exportControlled && <ExportReviewSection offer={offer} />}
      <ProfileSection
        id="letter"
        title="Letter"
        actions={
          <a
            href={offerLetterPdfPath(application.id, offer.id)}
            className={buttonStyles({ variant: "secondary", size: "sm" })}
          >
            Letter as PDF
          </a>
        }
      >
        {offer.letter.clauseWithheld && (
          <p className="mb-3 text-ink-muted">
            The export-control condition, if any, is left out of your copy: it is for admins and recruiters.
          </p>
        )}
        <OfferLetterPreview letter={offer.letter} />
      </ProfileSection>
    </>
  );
}
