import { Card, CardContent } from "@/components/ui/card";
import { timeZoneLabel } from "@/lib/interviews/time-zones";
import { WEEKDAY_LABELS } from "@/lib/self-scheduling/labels";
import type { AvailabilityFormValues } from "@/lib/self-scheduling/schema";
import { AvailabilityForm } from "./availability-form";

type Props = {
  title: string;
  user: { id: string; name: string };
  values: AvailabilityFormValues | null;
  editable: boolean;
};

/** A person's availability: the form for its owner (or an admin), a read-only summary for schedulers. */
export function AvailabilityView({ title, user, values, editable }: Props) {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-ink">{title}</h1>
        <p className="mt-2 max-w-prose text-ink-muted">
          When candidates are offered interview times, Trellis uses these hours (in your own time zone) minus your days
          away and the interviews you already have.
        </p>
      </div>
      <Card>
        <CardContent>
          {editable ? (
            <AvailabilityForm userId={user.id} values={values} />
          ) : values ? (
            <ReadOnlyAvailability values={values} />
          ) : (
            <p>{user.name} has not set their availability yet.</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

function ReadOnlyAvailability({ values }: { values: AvailabilityFormValues }) {
  return (
    <div className="space-y-4">
      <p>Time zone: {timeZoneLabel(values.timeZone)}</p>
      <ul aria-label="Weekly hours" className="list-disc pl-6">
        {values.windows.map((window, index) => (
          <li key={index}>
            {WEEKDAY_LABELS[Number(window.weekday)]}, {window.start} to {window.end}
          </li>
        ))}
      </ul>
      {values.exceptions.length > 0 && (
        <ul aria-label="Days away" className="list-disc pl-6">
          {values.exceptions.map((away, index) => (
            <li key={index}>
              Away {away.firstDay} to {away.lastDay}
              {away.note ? ` (${away.note})` : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
