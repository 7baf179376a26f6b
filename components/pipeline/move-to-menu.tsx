"use client";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useHydrated } from "@/components/ui/use-hydrated";

type MoveToMenuProps = {
  name: string;
  currentStageId: number;
  stages: { stageId: number; name: string }[];
  onMove: (stageId: number) => void;
  triggerRef?: (node: HTMLButtonElement | null) => void;
};

/** The plain alternative to dragging: a menu of the job's other stages. */
export function MoveToMenu({ name, currentStageId, stages, onMove, triggerRef }: MoveToMenuProps) {
  const moved = useRef(false);
  // The server renders only the menu's button: a Radix menu on each of a board's 140 cards was
  // three quarters of its server render (docs/decisions/0048). It opens nothing before hydration
  // anyway; the menu takes its place in the render right after.
  const hydrated = useHydrated();
  const label = (
    <>
      {/* Named "Move to… Ada Lovelace": the visible words first, for voice control. */}
      Move to…<span className="sr-only"> {name}</span>
    </>
  );
  if (!hydrated)
    return (
      <Button ref={triggerRef} variant="secondary" size="sm" aria-haspopup="menu" aria-expanded={false}>
        {label}
      </Button>
    );
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef} variant="secondary" size="sm">
          {label}
        </Button>
      </DropdownMenuTrigger>
      {/* After a move the card is in another column: the board focuses it there, not this trigger. */}
      <DropdownMenuContent
        align="start"
        onCloseAutoFocus={(event) => {
          if (moved.current) event.preventDefault();
          moved.current = false;
        }}
      >
        <DropdownMenuLabel className="px-3 py-1.5 text-xs font-semibold text-ink-muted uppercase">
          Move {name} to
        </DropdownMenuLabel>
        {stages
          .filter((stage) => stage.stageId !== currentStageId)
          .map((stage) => (
            <DropdownMenuItem
              key={stage.stageId}
              onSelect={() => {
                moved.current = true;
                onMove(stage.stageId);
              }}
            >
              {stage.name}
            </DropdownMenuItem>
          ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
