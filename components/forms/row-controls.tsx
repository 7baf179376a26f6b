"use client";
import { Button } from "@/components/ui/button";

type Props = {
  /** Names the row for screen readers, e.g. "question 2". */
  rowLabel: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove?: () => void;
  /** Why the row cannot be removed; shown instead of the remove button. */
  removeBlockedReason?: string;
  idPrefix: string;
};

/** Move up, move down and remove for one row of an ordered list, usable by keyboard. */
export function RowControls({ rowLabel, index, count, onMove, onRemove, removeBlockedReason, idPrefix }: Props) {
  // After a move the row is re-rendered elsewhere: keep focus on the button that moved it, or on
  // its twin when the row reached the end of the list and that button is now disabled.
  const move = (to: number, direction: "up" | "down") => {
    onMove(index, to);
    requestAnimationFrame(() => {
      const button = (which: "up" | "down") =>
        document.getElementById(`${idPrefix}-${to}-${which}`) as HTMLButtonElement | null;
      const same = button(direction);
      (same && !same.disabled ? same : button(direction === "up" ? "down" : "up"))?.focus();
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        id={`${idPrefix}-${index}-up`}
        size="sm"
        variant="secondary"
        disabled={index === 0}
        onClick={() => move(index - 1, "up")}
        aria-label={`Move ${rowLabel} up`}
      >
        <span aria-hidden="true">↑</span> Up
      </Button>
      <Button
        id={`${idPrefix}-${index}-down`}
        size="sm"
        variant="secondary"
        disabled={index === count - 1}
        onClick={() => move(index + 1, "down")}
        aria-label={`Move ${rowLabel} down`}
      >
        <span aria-hidden="true">↓</span> Down
      </Button>
      {onRemove && !removeBlockedReason && (
        <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove ${rowLabel}`}>
          Remove
        </Button>
      )}
      {removeBlockedReason && <span className="text-sm text-ink-muted">{removeBlockedReason}</span>}
    </div>
  );
}
