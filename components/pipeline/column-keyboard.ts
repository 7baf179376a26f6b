// Keyboard moves on the board: the Left and Right arrow keys jump the picked-up card to the
// centre of the neighbouring column, so one key press is one stage (dnd-kit's default moves
// 25 pixels a press, which would take a dozen presses per column).
import type { KeyboardCoordinateGetter, UniqueIdentifier } from "@dnd-kit/core";

const COLUMN_PREFIX = "stage-";

export const columnDroppableId = (stageId: number) => `${COLUMN_PREFIX}${stageId}`;

export function stageIdOfDroppable(id: UniqueIdentifier | null | undefined): number | null {
  if (typeof id !== "string" || !id.startsWith(COLUMN_PREFIX)) return null;
  const stageId = Number(id.slice(COLUMN_PREFIX.length));
  return Number.isInteger(stageId) ? stageId : null;
}

type Rect = { left: number; top: number; width: number; height: number };
type Coordinates = { x: number; y: number };

/**
 * Where the dragged card goes for a Left/Right press: centred in the next column in that
 * direction (the current column is the one it is over, or else the one under its centre).
 * Undefined when there is no column further that way.
 */
export function neighbourColumnCoordinates(
  direction: "left" | "right",
  dragged: Rect,
  columns: { id: UniqueIdentifier; rect: Rect }[],
  overId: UniqueIdentifier | null,
): Coordinates | undefined {
  const ordered = [...columns].sort((a, b) => a.rect.left - b.rect.left);
  const centre = dragged.left + dragged.width / 2;
  let index = ordered.findIndex((column) => column.id === overId);
  if (index === -1)
    index = ordered.findIndex((column) => column.rect.left <= centre && centre < column.rect.left + column.rect.width);
  const target =
    index === -1
      ? direction === "right"
        ? ordered.find((column) => column.rect.left > centre)
        : ordered.findLast((column) => column.rect.left + column.rect.width < centre)
      : ordered[direction === "right" ? index + 1 : index - 1];
  if (!target) return undefined;
  const top = Math.min(
    Math.max(dragged.top, target.rect.top),
    target.rect.top + Math.max(0, target.rect.height - dragged.height),
  );
  return { x: target.rect.left + (target.rect.width - dragged.width) / 2, y: top };
}

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = event.code === "ArrowRight" ? "right" : event.code === "ArrowLeft" ? "left" : null;
  // Up and Down have no meaning on a board ordered by date; swallow them so the page stays put.
  if (event.code === "ArrowUp" || event.code === "ArrowDown") {
    event.preventDefault();
    return undefined;
  }
  if (!direction || !context.collisionRect) return undefined;
  event.preventDefault();
  const columns = context.droppableContainers
    .getEnabled()
    .filter((container) => stageIdOfDroppable(container.id) !== null)
    .flatMap((container) => {
      const rect = context.droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    });
  return neighbourColumnCoordinates(direction, context.collisionRect, columns, context.over?.id ?? null);
};
