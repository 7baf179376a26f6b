import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format/dates";
import { legalFullName } from "@/lib/format/names";
import { applicationProfilePath } from "@/lib/paths/applications";
import type { BoardCard } from "@/lib/pipeline/board-types";
import { APPLICATION_SOURCE_LABELS } from "@/lib/pipeline/labels";

type CardBodyProps = {
  card: BoardCard;
  /** Id of the name, which labels the card; omitted in the drag preview (no duplicate ids). */
  nameId?: string;
  /** The preview that follows the pointer is a picture of the card, not a second link. */
  linked?: boolean;
};

/** What a card says about the candidate: triage essentials only. */
export function CardBody({ card, nameId, linked = true }: CardBodyProps) {
  const name = legalFullName(card);
  const preferred = card.preferredName?.trim();
  return (
    <div className="min-w-0 space-y-1">
      <h3 id={nameId} className="text-base leading-snug font-semibold break-words text-ink">
        {linked ? (
          <Link href={applicationProfilePath(card.id)} className="text-ink hover:text-brand" data-triage-focus="">
            {name}
          </Link>
        ) : (
          name
        )}
      </h3>
      {preferred && preferred !== card.firstName && <p className="text-sm text-ink-muted">Goes by {preferred}</p>}
      <p className="text-sm text-ink-muted">
        Applied <time dateTime={card.submittedAt}>{formatDate(card.submittedAt)}</time> ·{" "}
        {APPLICATION_SOURCE_LABELS[card.source]}
      </p>
      {(card.knockedOut || card.tags.length > 0) && (
        <ul className="flex flex-wrap gap-1.5 pt-1" aria-label="Flags and tags">
          {card.knockedOut && (
            <li>
              <Badge variant="warning" className="text-xs">
                Knockout answer
              </Badge>
            </li>
          )}
          {card.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="brand" className="text-xs">
                {tag}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
