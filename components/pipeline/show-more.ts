import { BOARD_PAGE_SIZE, stageLimitParam } from "@/lib/pipeline/board-limits";
import type { BoardColumn } from "@/lib/pipeline/board-types";

/** The URL that shows 50 more cards of `column`, keeping what other columns already show. */
export function showMoreHref(columns: BoardColumn[], column: BoardColumn): string | null {
  if (column.count <= column.cards.length) return null;
  const params = new URLSearchParams();
  for (const other of columns) {
    const limit = other.stageId === column.stageId ? other.limit + BOARD_PAGE_SIZE : other.limit;
    if (limit > BOARD_PAGE_SIZE) params.set(stageLimitParam(other.stageId), String(limit));
  }
  return `?${params}`;
}
