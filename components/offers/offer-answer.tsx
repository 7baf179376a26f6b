import { formatDateTime } from "@/lib/format/dates";
import type { OfferView } from "@/lib/offers/get-offer-view";

type Current = NonNullable<OfferView["current"]>;

/** What the candidate answered, once they have. */
export function OfferAnswer({ offer }: { offer: Current }) {
  if (offer.status === "ACCEPTED")
    return (
      <p className="text-ink" data-testid="offer-answer">
        The candidate accepted on {formatDateTime(offer.answeredAt!)}, signing as{" "}
        <span className="font-semibold">&ldquo;{offer.acceptedName}&rdquo;</span>.
      </p>
    );
  if (offer.status === "DECLINED")
    return (
      <p className="text-ink" data-testid="offer-answer">
        The candidate declined on {formatDateTime(offer.answeredAt!)}
        {offer.declineReason ? (
          <>
            : <span className="whitespace-pre-wrap">&ldquo;{offer.declineReason}&rdquo;</span>
          </>
        ) : (
          " without giving a reason."
        )}
      </p>
    );
  if (offer.status === "EXPIRED") return <p className="text-ink">The offer expired without an answer.</p>;
  if (offer.status === "RELEASED")
    return <p className="text-ink">Released on {formatDateTime(offer.releasedAt!)}: waiting for the candidate.</p>;
  return null;
}
