"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  label: string;
  submitting: boolean;
  /** The last save's confirmation, read out politely. */
  saved: string | null;
};

/** The submit button of a long staff editor, kept in view at the bottom, with the save's outcome. */
export function SaveBar({ label, submitting, saved }: Props) {
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-line bg-surface py-4">
      <Button type="submit" disabled={submitting}>
        {submitting ? "Saving…" : label}
      </Button>
      <div aria-live="polite" className="min-h-6">
        {saved && (
          <Alert variant="success" live="off" className="py-1">
            {saved}
          </Alert>
        )}
      </div>
    </div>
  );
}
