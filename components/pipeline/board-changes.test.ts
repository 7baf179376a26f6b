import { describe, expect, it } from "vitest";
import type { BoardCard, BoardColumn } from "@/lib/pipeline/board-types";
import { applyBoardChange, findCard } from "./board-changes";

const card = (id: string, stageId: number, submittedAt: string): BoardCard => ({
  id,
  version: 0,
  reference: `TRL-${id}`,
  stageId,
  firstName: id,
  lastName: "Test",
  preferredName: null,
  submittedAt,
  source: "CAREERS_SITE",
  knockedOut: false,
  tags: [],
  locale: "en",
});

const column = (stageId: number, cards: BoardCard[], count = cards.length): BoardColumn => ({
  stageId,
  name: `Stage ${stageId}`,
  kind: "SCREEN",
  count,
  cards,
  limit: 50,
});

const board = () => [
  column(1, [card("a", 1, "2026-01-03"), card("b", 1, "2026-01-01")], 120),
  column(2, [card("c", 2, "2026-01-02")]),
];

describe("applyBoardChange", () => {
  it("moves cards into the target column in date order and adjusts counts", () => {
    const next = applyBoardChange(board(), { type: "move", cardIds: ["a", "b"], toStageId: 2 });
    expect(next.map((col) => col.count)).toEqual([118, 3]);
    expect(next[1]!.cards.map((c) => c.id)).toEqual(["a", "c", "b"]);
    expect(findCard(next, "a")?.card.stageId).toBe(2);
  });

  it("leaves a card dropped on its own column alone", () => {
    const before = board();
    expect(applyBoardChange(before, { type: "move", cardIds: ["c"], toStageId: 2 })).toEqual(before);
  });

  it("removes rejected cards and lowers the counts", () => {
    const next = applyBoardChange(board(), { type: "remove", cardIds: ["b", "c"] });
    expect(next.map((col) => [col.count, col.cards.map((c) => c.id)])).toEqual([
      [119, ["a"]],
      [0, []],
    ]);
  });
});
