"use client";
import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";
import { findCard } from "@/components/pipeline/board-changes";
import type { Notice } from "@/components/pipeline/use-board-actions";
import { legalFullName } from "@/lib/format/names";
import { applicationProfilePath } from "@/lib/paths/applications";
import type { BoardCard, BoardColumn } from "@/lib/pipeline/board-types";
import { ShortcutsButton } from "./shortcuts-button";
import { ShortcutsDialog, triageShortcuts } from "./shortcuts-dialog";
import { TagDialog } from "./tag-dialog";
import { focusedTriageItem, stepTriageFocus, type TriagePosition } from "./triage-focus";
import { availableCommands, type TriageRights } from "./triage-keys";
import { useFocusReturn } from "./use-focus-return";
import { useTriageKeys } from "./use-triage-keys";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

type Props = {
  /** The columns: cards carry data-triage-item. */
  containerRef: RefObject<HTMLElement | null>;
  columns: BoardColumn[];
  permissions: { canMove: boolean; canReject: boolean; canTag: boolean };
  /** Off while a card is dragged: the arrow keys are dnd-kit's then. */
  enabled: boolean;
  onAdvance: (card: BoardCard, toStageId: number) => void;
  /** Opens the reject dialog; `from` is where focus goes back to once it closes. */
  onReject: (card: BoardCard, from: TriagePosition) => void;
  onTag: (card: BoardCard, tagName: string) => Promise<ActionResult<object, ConflictFailure>>;
  onToggleSelected: (cardId: string) => void;
  onNotice: (notice: Notice) => void;
};

/** Keyboard triage on the pipeline board: the board's own moves, reject dialog and bulk tag action. */
export function BoardTriage({
  containerRef,
  columns,
  permissions,
  enabled,
  onAdvance,
  onReject,
  onTag,
  onToggleSelected,
  onNotice,
}: Props) {
  const router = useRouter();
  const [help, setHelp] = useState(false);
  const [tagging, setTagging] = useState<BoardCard | null>(null);
  const selectable = permissions.canMove || permissions.canReject || permissions.canTag;
  const focusReturn = useFocusReturn(containerRef);
  const openHelp = () => {
    focusReturn.remember();
    setHelp(true);
  };

  const advance = (card: BoardCard, column: BoardColumn) => {
    const next = columns[columns.findIndex((candidate) => candidate.stageId === column.stageId) + 1];
    if (next) onAdvance(card, next.stageId);
    else onNotice({ tone: "danger", text: `${legalFullName(card)} is already in the last stage, ${column.name}.` });
  };

  const rights: TriageRights = {
    move: permissions.canMove,
    reject: permissions.canReject,
    tag: permissions.canTag,
    select: selectable,
  };

  useTriageKeys(
    availableCommands(rights),
    (command) => {
      if (command === "next" || command === "previous")
        return void stepTriageFocus(containerRef.current, command === "next" ? 1 : -1);
      if (command === "help") return openHelp();
      const position = focusedTriageItem(containerRef.current);
      const found = position ? findCard(columns, position.id) : null;
      if (!position || !found)
        return onNotice({ tone: "danger", text: "Choose a candidate first: press j to go to the first one." });
      if (command === "open") router.push(`${applicationProfilePath(found.card.id)}#resume`);
      else if (command === "advance") advance(found.card, found.column);
      else if (command === "reject") onReject(found.card, position);
      else if (command === "tag") {
        focusReturn.remember();
        setTagging(found.card);
      } else if (command === "select") onToggleSelected(found.card.id);
    },
    { enabled },
  );

  return (
    <>
      <ShortcutsButton onClick={openHelp} />
      <ShortcutsDialog
        open={help}
        onOpenChange={setHelp}
        onCloseAutoFocus={focusReturn.onCloseAutoFocus}
        shortcuts={triageShortcuts(rights)}
        note="j and k go down each column, then on to the next one."
      />
      {tagging && (
        <TagDialog
          candidateName={legalFullName(tagging)}
          onSubmit={(tagName) => onTag(tagging, tagName)}
          onClose={() => setTagging(null)}
          onCloseAutoFocus={focusReturn.onCloseAutoFocus}
        />
      )}
    </>
  );
}
