"use client";
import { useState, useTransition } from "react";
import { changeAccommodationStatusAction } from "@/app/(hiring)/hiring/accommodations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AccommodationStatus } from "@/lib/generated/prisma/enums";
import { ACCOMMODATION_STATUS_LABELS } from "@/lib/accommodations/labels";
import { ACCOMMODATION_TRANSITIONS } from "@/lib/accommodations/schema";
import type { ActionResult } from "@/lib/actions/action-result";

const ACTION_LABELS: Record<AccommodationStatus, string> = {
  NEW: "Mark as new",
  IN_DISCUSSION: "Mark as in discussion",
  ARRANGED: "Mark as arranged",
  CLOSED: "Close the request",
};

/** One button per move the current status allows; the page re-renders with the new status. */
export function StatusControls({ requestId, status }: { requestId: string; status: AccommodationStatus }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const move = (to: AccommodationStatus) =>
    startTransition(async () => setResult(await changeAccommodationStatusAction({ requestId, from: status, to })));
  return (
    <div className="space-y-3">
      <p>
        Status: <strong>{ACCOMMODATION_STATUS_LABELS[status]}</strong>
      </p>
      <div className="flex flex-wrap gap-2">
        {ACCOMMODATION_TRANSITIONS[status].map((to) => (
          <Button
            key={to}
            type="button"
            variant={to === "CLOSED" ? "secondary" : "primary"}
            size="sm"
            disabled={pending}
            onClick={() => move(to)}
          >
            {status === "CLOSED" && to === "IN_DISCUSSION" ? "Reopen (in discussion)" : ACTION_LABELS[to]}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </div>
  );
}
