"use client";
import { useDraggable } from "@dnd-kit/core";
import { useEffect, useRef, type KeyboardEventHandler, type PointerEvent, type PointerEventHandler } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { legalFullName } from "@/lib/format/names";
import type { BoardCard as Card } from "@/lib/pipeline/board-types";
import { cn } from "@/lib/utils/cn";
import { CardBody } from "./card-body";
import { MoveToMenu } from "./move-to-menu";

/** "name": the name link, where keyboard triage keeps focus. */
export type FocusRequest = { cardId: string; target: "handle" | "menu" | "name" } | null;

type BoardCardProps = {
  card: Card;
  stages: { stageId: number; name: string }[];
  canMove: boolean;
  canReject: boolean;
  selectable: boolean;
  selected: boolean;
  onSelectedChange: (selected: boolean) => void;
  onMove: (toStageId: number, via: "handle" | "menu") => void;
  onReject: () => void;
  focusRequest: FocusRequest;
};

// Pointer drags start anywhere on the card except on its own controls and link.
const OWN_CONTROLS = "a, button:not([data-drag-handle]), input, select, textarea, [role='checkbox'], [role='menuitem']";

export function BoardCard(props: BoardCardProps) {
  const { card, stages, canMove, canReject, selectable, selected, onSelectedChange, onMove, onReject, focusRequest } =
    props;
  const name = legalFullName(card);
  const nameId = `card-${card.id}-name`;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    disabled: !canMove,
  });
  const itemRef = useRef<HTMLLIElement | null>(null);
  const handleRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLButtonElement | null>(null);

  // A moved card is a new element in another column (and again if a conflict moves it back):
  // put focus on it wherever it now is. The board clears the request once the server answered.
  useEffect(() => {
    if (focusRequest?.cardId !== card.id) return;
    const name = itemRef.current?.querySelector<HTMLElement>("[data-triage-focus]");
    (focusRequest.target === "menu"
      ? menuRef.current
      : focusRequest.target === "name"
        ? name
        : handleRef.current
    )?.focus();
  }, [focusRequest, card.id]);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest(OWN_CONTROLS)) return;
    (listeners?.onPointerDown as PointerEventHandler<HTMLElement> | undefined)?.(event);
  };

  return (
    // The card stays in place while a copy follows the pointer (DragOverlay, never clipped by the column).
    <li
      ref={(node) => {
        itemRef.current = node;
        setNodeRef(node);
      }}
      className={cn(isDragging && "opacity-40")}
      data-card-id={card.id}
      data-triage-item={card.id}
    >
      <article
        aria-labelledby={nameId}
        onPointerDown={canMove ? onPointerDown : undefined}
        className={cn(
          "rounded-md border border-line bg-surface p-3 shadow-sm focus-within:outline-2 focus-within:outline-brand",
          canMove && "cursor-grab",
          selected && "border-brand ring-1 ring-brand",
        )}
      >
        <div className="flex items-start gap-2">
          {selectable && (
            <Checkbox
              className="mt-1"
              aria-label={`Select ${name}`}
              checked={selected}
              onCheckedChange={(value) => onSelectedChange(value === true)}
            />
          )}
          <div className="min-w-0 flex-1">
            <CardBody card={card} nameId={nameId} />
          </div>
          {canMove && (
            <button
              type="button"
              data-drag-handle
              ref={(node) => {
                handleRef.current = node;
                setActivatorNodeRef(node);
              }}
              {...attributes}
              onKeyDown={listeners?.onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined}
              aria-label={`Drag ${name}`}
              className="-mt-1 -mr-1 inline-flex size-9 shrink-0 touch-none items-center justify-center rounded text-ink-muted hover:bg-canvas hover:text-ink"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
                {[5, 10, 15].flatMap((y) => [7, 13].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
              </svg>
            </button>
          )}
        </div>
        {(canMove || canReject) && (
          <div className="mt-3 flex flex-wrap gap-2">
            {canMove && (
              <MoveToMenu
                name={name}
                currentStageId={card.stageId}
                stages={stages}
                onMove={(stageId) => onMove(stageId, "menu")}
                triggerRef={(node) => {
                  menuRef.current = node;
                }}
              />
            )}
            {canReject && (
              <Button variant="ghost" size="sm" onClick={onReject}>
                Reject<span className="sr-only"> {name}</span>
              </Button>
            )}
          </div>
        )}
      </article>
    </li>
  );
}
