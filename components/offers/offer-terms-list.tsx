import { formatLongDate } from "@/lib/format/dates";
import { EMPLOYMENT_TYPE_LABELS, formatBasePay } from "@/lib/offers/labels";
import type { OfferView } from "@/lib/offers/get-offer-view";

type Current = NonNullable<OfferView["current"]>;

/** The terms as the approvers and the letter see them. */
export function OfferTermsList({ offer }: { offer: Current }) {
  const rows: [string, string][] = [
    ["Base pay", formatBasePay(offer.baseAmount, offer.currency, offer.payPeriod)],
    ["Bonus", offer.bonus || "None"],
    ["Equity", offer.equity || "None"],
    ["Start date", formatLongDate(offer.startDate)],
    ["Work location", offer.workLocation],
    ["Employment type", EMPLOYMENT_TYPE_LABELS[offer.employmentType]],
    ["Expires", `End of ${formatLongDate(offer.expiresOn)} (UTC)`],
    ["Letter", `Version ${offer.letterVersion.version}`],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="offer-terms">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-ink">{term}</dt>
          <dd className="whitespace-pre-wrap text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
