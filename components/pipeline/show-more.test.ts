import { describe, expect, it } from "vitest";
import { BOARD_PAGE_SIZE } from "@/lib/pipeline/board-limits";
import type { BoardColumn } from "@/lib/pipeline/board-types";
import { showMoreHref } from "./show-more";

const column = (stageId: number, shown: number, count: number, limit = BOARD_PAGE_SIZE): BoardColumn => ({
  stageId,
  name: `Stage ${stageId}`,
  kind: "SCREEN",
  count,
  limit,
  cards: Array.from({ length: shown }, (_, index) => ({
    id: `${stageId}-${index}`,
    version: 0,
    reference: `R-${stageId}-${index}`,
    stageId,
    firstName: "Ada",
    lastName: "Lovelace",
    preferredName: null,
    submittedAt: "2026-11-28T00:00:00.000Z",
    source: "CAREERS_SITE",
    knockedOut: false,
    tags: [],
    locale: "en",
  })),
});

describe("showMoreHref", () => {
  it("is null when the column shows everyone in it", () => {
    const full = column(1, 3, 3);
    expect(showMoreHref([full], full)).toBeNull();
  });

  it("asks for one more page of this column and keeps what the other columns already show", () => {
    const applied = column(1, BOARD_PAGE_SIZE, 500);
    const screen = column(2, BOARD_PAGE_SIZE * 2, 300, BOARD_PAGE_SIZE * 2);
    const offer = column(3, 2, 2);
    const params = new URLSearchParams(showMoreHref([applied, screen, offer], applied)!.slice(1));
    expect(Object.fromEntries(params)).toEqual({
      stage1: String(BOARD_PAGE_SIZE * 2),
      stage2: String(BOARD_PAGE_SIZE * 2),
    });
  });
});
