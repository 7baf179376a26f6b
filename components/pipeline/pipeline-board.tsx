"use client";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useRef, useState } from "react";
import {
  bulkUpdateApplicationsAction,
  moveApplicationAction,
  rejectApplicationAction,
} from "@/app/(hiring)/_actions/pipeline";
import { BoardTriage } from "@/components/keyboard-triage/board-triage";
import { focusTriageItem, type TriagePosition } from "@/components/keyboard-triage/triage-focus";
import { legalFullName } from "@/lib/format/names";
import type { BoardCard as Card, BoardColumn as Column, JobBoard } from "@/lib/pipeline/board-types";
import type { RejectionOptions } from "@/lib/pipeline/list-rejection-options";
import type { RejectionFormInput } from "@/lib/pipeline/schema";
import { boardAnnouncements, screenReaderInstructions } from "./board-announcements";
import { BoardCard, type FocusRequest } from "./board-card";
import { cardIdsOf, findCard } from "./board-changes";
import { BoardColumn } from "./board-column";
import { BoardHeader, BoardNotice } from "./board-header";
import { BulkToolbar } from "./bulk-toolbar";
import { CardBody } from "./card-body";
import { columnKeyboardCoordinates, stageIdOfDroppable } from "./column-keyboard";
import { RejectDialog } from "./reject-dialog";
import { showMoreHref } from "./show-more";
import { useBoardActions } from "./use-board-actions";

type PipelineBoardProps = { board: JobBoard; rejectionOptions: RejectionOptions; interviewPlanHref?: string };

/** One job's pipeline: a column per stage, cards moved by drag, keyboard or menu, bulk actions. */
export function PipelineBoard({ board, rejectionOptions, interviewPlanHref }: PipelineBoardProps) {
  const { job, permissions } = board;
  const { columns, notice, setNotice, busy, run } = useBoardActions(board.columns);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejecting, setRejecting] = useState<Card[] | null>(null);
  // Opened from the keyboard: focus goes back to this place in the board (the next candidate once
  // the rejected card is gone), not to the removed card's link.
  const [rejectFrom, setRejectFrom] = useState<TriagePosition | null>(null);
  // The card a keyboard rejection just closed: it may still be on screen for a moment, never refocused.
  const rejectedId = useRef<string | null>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  // Focus follows the last card moved by keyboard or menu, wherever it lands (also back, after a
  // conflict), until another action starts.
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  // Mutable holder for the announcements, which dnd-kit calls outside React's render.
  const [lastAnnouncedOver] = useState<{ current: UniqueIdentifier | null }>(() => ({ current: null }));
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on a card stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const stages = columns.map((column) => ({ stageId: column.stageId, name: column.name }));
  const stageName = (stageId: number) => stages.find((stage) => stage.stageId === stageId)?.name ?? "another stage";
  const onBoard = cardIdsOf(columns);
  const selectedIds = [...selected].filter((id) => onBoard.has(id));
  const selectable = permissions.canMove || permissions.canReject || permissions.canTag;
  const deselect = (ids: string[]) => setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
  const setCardSelected = (cardId: string, value: boolean) =>
    setSelected((current) =>
      value ? new Set(current).add(cardId) : new Set([...current].filter((id) => id !== cardId)),
    );

  function move(cardId: string, toStageId: number, focus: NonNullable<FocusRequest>["target"] | null) {
    const found = findCard(columns, cardId);
    if (!found || found.card.stageId === toStageId) return;
    const { card } = found;
    setFocusRequest(focus ? { cardId, target: focus } : null);
    void run(
      { type: "move", cardIds: [cardId], toStageId },
      () => moveApplicationAction(job.id, { applicationId: cardId, toStageId, expectedVersion: card.version }),
      () => `Moved ${legalFullName(card)} to ${stageName(toStageId)}.`,
    );
  }

  function onDragEnd({ active, over, activatorEvent }: DragEndEvent) {
    setDraggedId(null);
    const toStageId = stageIdOfDroppable(over?.id);
    if (toStageId !== null)
      move(String(active.id), toStageId, activatorEvent instanceof KeyboardEvent ? "handle" : null);
  }

  const openRejectDialog = (cards: Card[], from: TriagePosition | null = null) => {
    setFocusRequest(null);
    setRejectFrom(from);
    rejectedId.current = null;
    setRejecting(cards);
  };

  function reject(values: RejectionFormInput) {
    const cards = rejecting ?? [];
    const ids = cards.map((card) => card.id);
    const [only] = cards;
    return run({ type: "remove", cardIds: ids }, () =>
      cards.length === 1 && only
        ? rejectApplicationAction(job.id, { applicationId: only.id, expectedVersion: only.version, rejection: values })
        : bulkUpdateApplicationsAction(job.id, { operation: "reject", applicationIds: ids, rejection: values }),
    ).then((result) => {
      if (result.ok) deselect(ids);
      if (result.ok && only) rejectedId.current = only.id;
      return result;
    });
  }

  const dragged = draggedId ? findCard(columns, draggedId)?.card : undefined;
  const announcements = boardAnnouncements({
    lastOver: lastAnnouncedOver,
    cardName: (id) => {
      const found = findCard(columns, String(id));
      return found ? legalFullName(found.card) : "The candidate";
    },
    cardStageName: (id) => findCard(columns, String(id))?.column.name ?? "their stage",
    stageName,
  });

  return (
    <div className="space-y-4">
      <BoardHeader job={job} columns={columns} readOnly={!permissions.canMove} interviewPlanHref={interviewPlanHref} />
      <BoardNotice notice={notice} />
      <BoardTriage
        containerRef={columnsRef}
        columns={columns}
        permissions={permissions}
        enabled={draggedId === null}
        onAdvance={(card, toStageId) => move(card.id, toStageId, "name")}
        onReject={(card, from) => openRejectDialog([card], from)}
        onTag={(card, tagName) =>
          run(
            null,
            () => bulkUpdateApplicationsAction(job.id, { operation: "tag", applicationIds: [card.id], tagName }),
            () => `Tagged ${legalFullName(card)} “${tagName.trim()}”.`,
          )
        }
        onToggleSelected={(cardId) => setCardSelected(cardId, !selected.has(cardId))}
        onNotice={setNotice}
      />
      {selectable && (
        <BulkToolbar
          selectedCount={selectedIds.length}
          stages={stages}
          permissions={permissions}
          busy={busy}
          onClear={() => setSelected(new Set())}
          onReject={() => openRejectDialog(selectedIds.flatMap((id) => findCard(columns, id)?.card ?? []))}
          onMove={(toStageId) => {
            setFocusRequest(null);
            void run({ type: "move", cardIds: selectedIds, toStageId }, () =>
              bulkUpdateApplicationsAction(job.id, { operation: "move", applicationIds: selectedIds, toStageId }),
            ).then((result) => result.ok && deselect(selectedIds));
          }}
          onTag={(tagName) =>
            run(null, () =>
              bulkUpdateApplicationsAction(job.id, { operation: "tag", applicationIds: selectedIds, tagName }),
            ).then((result) => result.ok)
          }
        />
      )}
      <DndContext
        id="pipeline-board"
        sensors={sensors}
        accessibility={{ announcements, screenReaderInstructions }}
        onDragStart={({ active }) => setDraggedId(String(active.id))}
        onDragCancel={() => setDraggedId(null)}
        onDragEnd={onDragEnd}
      >
        <div ref={columnsRef} className="flex gap-3 overflow-x-auto pb-4" data-testid="pipeline-columns">
          {columns.map((column: Column) => (
            <BoardColumn key={column.stageId} column={column} showMoreHref={showMoreHref(columns, column)}>
              {column.cards.map((card) => (
                <BoardCard
                  key={card.id}
                  card={card}
                  stages={stages}
                  canMove={permissions.canMove}
                  canReject={permissions.canReject}
                  selectable={selectable}
                  selected={selected.has(card.id)}
                  onSelectedChange={(value) => setCardSelected(card.id, value)}
                  onMove={(toStageId, via) => move(card.id, toStageId, via)}
                  onReject={() => openRejectDialog([card])}
                  focusRequest={focusRequest}
                />
              ))}
            </BoardColumn>
          ))}
        </div>
        <DragOverlay>
          {dragged && (
            <div className="rounded-md border border-brand bg-surface p-3 shadow-lg">
              <CardBody card={dragged} linked={false} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {rejecting && (
        <RejectDialog
          cards={rejecting}
          options={rejectionOptions}
          context={{ jobTitle: job.title, organizationName: job.organizationName, senderName: board.senderName }}
          onSubmit={reject}
          onClose={() => setRejecting(null)}
          onCloseAutoFocus={(event) => {
            if (!rejectFrom) return;
            event.preventDefault();
            focusTriageItem(columnsRef.current, rejectFrom, rejectedId.current ?? undefined);
          }}
        />
      )}
    </div>
  );
}
