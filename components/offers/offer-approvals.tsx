import { formatDateTime } from "@/lib/format/dates";
import { APPROVAL_DECISION_LABELS } from "@/lib/offers/labels";
import type { OfferView } from "@/lib/offers/get-offer-view";
import { OfferApprovalForm } from "./offer-approval-form";

type Current = NonNullable<OfferView["current"]>;

/** The job's approvers in order for the current terms, the decisions so far, and the form for whoever is next. */
export function OfferApprovals({ offer }: { offer: Current }) {
  const history = [...offer.approvals].reverse();
  return (
    <div className="space-y-4">
      {offer.steps.length === 0 ? (
        <p className="text-ink">
          This job names no offer approvers yet: an admin or recruiter sets them in the job&rsquo;s offer settings.
        </p>
      ) : (
        <ol className="list-decimal space-y-1 pl-5" aria-label="Approvers in order">
          {offer.steps.map((step) => (
            <li key={step.position} className="text-ink">
              {step.name}:{" "}
              <span className="font-semibold">
                {step.approved ? "Approved" : offer.status === "PENDING_APPROVAL" ? "Waiting" : "Not yet"}
              </span>
            </li>
          ))}
        </ol>
      )}
      {offer.status === "PENDING_APPROVAL" && offer.myTurn && (
        <OfferApprovalForm offerId={offer.id} version={offer.version} />
      )}
      {history.length > 0 && (
        <details>
          <summary className="cursor-pointer text-ink">Every decision ({history.length})</summary>
          <ul className="mt-2 space-y-2">
            {history.map((row) => (
              <li key={row.id} className="text-ink">
                {row.approver.name ?? row.approver.email}: {APPROVAL_DECISION_LABELS[row.decision]} (round {row.round},{" "}
                {formatDateTime(row.createdAt)})
                {row.reason && <span className="block whitespace-pre-wrap">{row.reason}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
