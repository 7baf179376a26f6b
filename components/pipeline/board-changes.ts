// Optimistic changes to the board while the server works: the card moves (or leaves) at once,
// and React drops these changes when the action's fresh board arrives (or it failed).
import type { BoardCard, BoardColumn } from "@/lib/pipeline/board-types";

export type BoardChange =
  { type: "move"; cardIds: string[]; toStageId: number } | { type: "remove"; cardIds: string[] };

const newestFirst = (a: BoardCard, b: BoardCard) =>
  b.submittedAt.localeCompare(a.submittedAt) || b.id.localeCompare(a.id);

export function applyBoardChange(columns: BoardColumn[], change: BoardChange): BoardColumn[] {
  const ids = new Set(change.cardIds);
  const moving: BoardCard[] = [];
  const stripped = columns.map((column) => {
    const leaving = column.cards.filter(
      (card) => ids.has(card.id) && !(change.type === "move" && card.stageId === change.toStageId),
    );
    if (leaving.length === 0) return column;
    moving.push(...leaving);
    return {
      ...column,
      count: Math.max(0, column.count - leaving.length),
      cards: column.cards.filter((card) => !leaving.includes(card)),
    };
  });
  if (change.type === "remove" || moving.length === 0) return stripped;
  return stripped.map((column) =>
    column.stageId === change.toStageId
      ? {
          ...column,
          count: column.count + moving.length,
          cards: [...column.cards, ...moving.map((card) => ({ ...card, stageId: change.toStageId }))].sort(newestFirst),
        }
      : column,
  );
}

/** Card ids on the board, to drop selections of cards that have since left it. */
export function cardIdsOf(columns: BoardColumn[]): Set<string> {
  return new Set(columns.flatMap((column) => column.cards.map((card) => card.id)));
}

export function findCard(columns: BoardColumn[], cardId: string): { card: BoardCard; column: BoardColumn } | null {
  for (const column of columns) {
    const card = column.cards.find((candidate) => candidate.id === cardId);
    if (card) return { card, column };
  }
  return null;
}
