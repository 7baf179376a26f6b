import { Alert } from "@/components/ui/alert";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { formatDate, formatLongDate } from "@/lib/format/dates";
import type { PublishingCheck as Check } from "@/lib/publishing/check-publishing-requirements";
import { PUBLISHING_ITEM_LABELS, listItems } from "@/lib/publishing/labels";
import type { PublishingOverrideShown } from "@/lib/publishing/read-publishing-check";
import { PublishingOverrideForm } from "./publishing-override-form";

type Props = {
  status: JobStatus;
  check: Check;
  override: PublishingOverrideShown | null;
  /** Set for admins while the job is not on the careers site. */
  publishAnyway?: Parameters<typeof PublishingOverrideForm>[0]["publish"];
};

/** What the law of the job's places wants and the posting lacks; on a live job, a standing warning. */
export function PublishingCheck({ status, check, override, publishAnyway }: Props) {
  if (check.missing.length === 0) return null;
  const live = status === "PUBLISHED";
  return (
    <Alert
      variant="warning"
      live="off"
      title={
        live
          ? "This posting lacks what the law of its places requires"
          : "Publishing is refused until the posting states"
      }
    >
      <div className="space-y-3">
        <ul className="list-disc pl-5">
          {check.missing.map((item) => (
            <li key={item}>{PUBLISHING_ITEM_LABELS[item]}</li>
          ))}
        </ul>
        {check.missing.includes("PAY_RANGE") && (
          <div>
            <p>A pay range is required by:</p>
            <ul className="list-disc pl-5">
              {check.payLaws.map((law) => (
                <li key={law.region}>
                  {law.jurisdiction}: {law.name}, {law.citation}, in force since{" "}
                  {formatLongDate(new Date(`${law.effectiveOn}T00:00:00Z`))}
                </li>
              ))}
            </ul>
            <p>Trellis never fills in a salary: enter the range under Pay range and save.</p>
          </div>
        )}
        {check.missing.some((item) => item !== "PAY_RANGE") && (
          <p>Under Posting, mark the sections that state them (write them first if the posting does not).</p>
        )}
        {override && live && (
          <p>
            Published on {formatDate(override.createdAt)} by {override.actorName} without{" "}
            {listItems(override.missingItems)}. Reason: “{override.reason}”
          </p>
        )}
        {publishAnyway && !live && <PublishingOverrideForm publish={publishAnyway} />}
      </div>
    </Alert>
  );
}
