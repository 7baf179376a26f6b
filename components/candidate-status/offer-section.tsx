import { OfferLetterPreview } from "@/components/offers/offer-letter-preview";
import { acceptOfferAction, declineOfferAction } from "@/app/(careers)/applications/status/[token]/offer-actions";
import { formatDateTime, formatLongDate } from "@/lib/format/dates";
import { getCandidateOffer, type CandidateOffer } from "@/lib/offers/get-candidate-offer";
import { OfferAnswerForms } from "./offer-answer-forms";

/** The offer on the status page, once released: the letter, its PDF, and the answer. */
export async function OfferSection({ token }: { token: string }) {
  const offer = await getCandidateOffer(token);
  if (!offer) return null;
  return (
    <section id="offer" aria-labelledby="offer-heading" className="scroll-mt-24 space-y-4">
      <h2 id="offer-heading" className="text-xl font-semibold text-ink">
        Your offer
      </h2>
      <OfferState offer={offer} />
      <OfferLetterPreview letter={offer.letter} />
      <p>
        <a href={`/applications/status/${token}/offer-letter`} className="text-brand underline">
          Download the letter (PDF)
        </a>
      </p>
      {offer.status === "RELEASED" && offer.wording && (
        <OfferAnswerForms
          offerId={offer.id}
          wording={offer.wording}
          accept={acceptOfferAction.bind(null, token)}
          decline={declineOfferAction.bind(null, token)}
        />
      )}
    </section>
  );
}

function OfferState({ offer }: { offer: CandidateOffer }) {
  const text = {
    RELEASED: `Please read the letter and answer by the end of ${formatLongDate(offer.expiresOn)} (UTC).`,
    ACCEPTED: `You accepted this offer on ${offer.answeredAt ? formatDateTime(offer.answeredAt) : ""}, signing as "${offer.acceptedName ?? ""}"${offer.acceptedWordingVersion ? ` (acceptance wording version ${offer.acceptedWordingVersion})` : ""}. Welcome aboard.`,
    DECLINED: "You declined this offer. Thank you for considering us.",
    EXPIRED: "This offer expired without an answer. If you still wish to discuss it, reply to our email.",
    WITHDRAWN: "We withdrew this offer. The recruiting team will contact you about it.",
  }[offer.status as "RELEASED" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "WITHDRAWN"];
  return (
    <p className="text-ink" data-testid="offer-state">
      {text}
    </p>
  );
}
