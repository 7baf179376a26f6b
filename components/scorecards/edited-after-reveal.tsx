import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format/dates";

/**
 * Said wherever a scorecard is read: its author changed it after they could already read other
 * interviewers' feedback, so it may no longer be their own first impression (blind feedback).
 */
export function EditedAfterReveal({ at }: { at: Date | null }) {
  if (!at) return null;
  return (
    <Badge variant="warning" className="font-semibold">
      Edited after its author could read others&rsquo; feedback ·{" "}
      <time dateTime={new Date(at).toISOString()} className="ml-1 font-normal">
        {formatDateTime(new Date(at))}
      </time>
    </Badge>
  );
}
