import Link from "next/link";
import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format/dates";
import { preferredFullName } from "@/lib/format/names";
import type { OfferView } from "@/lib/offers/get-offer-view";
import { OFFER_STATUS_LABELS, OFFER_STATUS_TONES } from "@/lib/offers/labels";
import { applicationProfilePath, applicationScorecardsPath } from "@/lib/paths/applications";
import { CurrentOffer } from "./current-offer";
import { NewOfferSection } from "./new-offer-section";

const OPEN = new Set(["DRAFT", "PENDING_APPROVAL", "APPROVED", "RELEASED"]);

/**
 * The offer page. Coordinators get `view.current === null` from the read model, so only the
 * statuses below reach their page: no terms, approvals or letter.
 */
export function OfferPage({ view }: { view: OfferView }) {
  const { application, offers, current } = view;
  const name = preferredFullName(application.candidate);
  const open = current && OPEN.has(current.status);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="flex flex-wrap gap-4">
          <Link href={applicationProfilePath(application.id)} className="text-brand underline">
            Back to {name}&rsquo;s profile
          </Link>
          {view.readsTerms && (
            <Link href={applicationScorecardsPath(application.id)} className="text-brand underline">
              Scorecards and decision
            </Link>
          )}
        </p>
        <h1 className="text-3xl font-bold text-ink">Offer: {name}</h1>
        <p className="text-lg text-ink">{application.job.title}</p>
      </header>
      {current && <CurrentOffer view={view} offer={current} />}
      {view.canManage && view.readsTerms && !open && application.status === "ACTIVE" && (
        <NewOfferSection applicationId={application.id} letterTemplates={view.letterTemplates} />
      )}
      <ProfileSection id="offers" title={view.readsTerms ? "Every offer" : "Offers"}>
        {offers.length === 0 ? (
          <p className="text-ink">No offer has been drafted for this application.</p>
        ) : (
          <ul className="space-y-2" aria-label="Offers, newest first">
            {offers.map((offer) => (
              <li key={offer.id} className="flex flex-wrap items-center gap-2 text-ink">
                <Badge variant={OFFER_STATUS_TONES[offer.status]}>{OFFER_STATUS_LABELS[offer.status]}</Badge>
                <span>drafted {formatDate(offer.createdAt)}</span>
                {offer.releasedAt && <span>· released {formatDate(offer.releasedAt)}</span>}
                {offer.answeredAt && <span>· answered {formatDate(offer.answeredAt)}</span>}
              </li>
            ))}
          </ul>
        )}
        {!view.readsTerms && (
          <p className="mt-3 text-ink-muted">Offer terms and letters are for recruiters and the hiring team.</p>
        )}
      </ProfileSection>
    </div>
  );
}
