"use client";
import { useDroppable } from "@dnd-kit/core";
import Link from "next/link";
import type { ReactNode } from "react";
import type { BoardColumn as Column } from "@/lib/pipeline/board-types";
import { peopleCount } from "@/lib/pipeline/labels";
import { cn } from "@/lib/utils/cn";
import { columnDroppableId } from "./column-keyboard";

type BoardColumnProps = {
  column: Column;
  /** Link that shows the next page of this column's cards (null when all are shown). */
  showMoreHref: string | null;
  children: ReactNode;
};

export function BoardColumn({ column, showMoreHref, children }: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(column.stageId) });
  // Named in words ("Applied, 12 candidates") rather than by the heading's two pieces of text.
  const label = `${column.name}, ${peopleCount(column.count)}`;
  const hidden = column.count - column.cards.length;
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      data-stage-id={column.stageId}
      className={cn(
        "flex max-h-[calc(100dvh-14rem)] min-h-64 w-72 shrink-0 flex-col rounded-lg border border-line bg-canvas",
        isOver && "border-brand bg-brand-soft",
      )}
    >
      <h2 className="flex items-baseline justify-between gap-2 px-3 pt-3 pb-2 text-base font-semibold text-ink">
        <span>{column.name}</span>
        <span className="text-sm font-medium text-ink-muted">{peopleCount(column.count)}</span>
      </h2>
      {column.cards.length === 0 && <p className="px-3 text-sm text-ink-muted">Nobody in this stage.</p>}
      {/* The list scrolls, not the page: a long column keeps the others in view. */}
      <ol className="flex-1 space-y-2 overflow-y-auto px-3 pb-3" aria-label={label}>
        {children}
      </ol>
      {showMoreHref && (
        <p className="border-t border-line px-3 py-2 text-sm">
          <Link href={showMoreHref} scroll={false}>
            Show more<span className="sr-only"> in {column.name}</span> ({hidden} not shown)
          </Link>
        </p>
      )}
    </section>
  );
}
