import { describe, expect, it } from "vitest";
import { columnDroppableId, neighbourColumnCoordinates, stageIdOfDroppable } from "./column-keyboard";

const columns = [30, 10, 20].map((stageId, index) => ({
  id: columnDroppableId(stageId),
  // Listed out of order on purpose: the function orders them by position on screen.
  rect: { left: [600, 0, 300][index]!, top: 100, width: 280, height: 600 },
}));
const card = { left: 10, top: 150, width: 260, height: 90 };

describe("neighbourColumnCoordinates", () => {
  it("jumps one column right or left, centred, keeping the card's height on screen", () => {
    expect(neighbourColumnCoordinates("right", card, columns, "stage-10")).toEqual({ x: 310, y: 150 });
    expect(neighbourColumnCoordinates("right", { ...card, left: 310 }, columns, "stage-20")).toEqual({
      x: 610,
      y: 150,
    });
    expect(neighbourColumnCoordinates("left", { ...card, left: 610 }, columns, "stage-30")).toEqual({ x: 310, y: 150 });
  });

  it("stops at the ends of the board", () => {
    expect(neighbourColumnCoordinates("left", card, columns, "stage-10")).toBeUndefined();
    expect(neighbourColumnCoordinates("right", { ...card, left: 610 }, columns, "stage-30")).toBeUndefined();
  });

  it("finds the current column from the card's centre when it is over none", () => {
    expect(neighbourColumnCoordinates("right", { ...card, left: 320 }, columns, null)).toEqual({ x: 610, y: 150 });
    expect(neighbourColumnCoordinates("left", { ...card, left: 1000 }, columns, null)).toEqual({ x: 610, y: 150 });
  });

  it("keeps the card inside the target column vertically", () => {
    expect(neighbourColumnCoordinates("right", { ...card, top: 900 }, columns, "stage-10")).toEqual({ x: 310, y: 610 });
  });
});

describe("stageIdOfDroppable", () => {
  it("reads column ids and ignores anything else", () => {
    expect(stageIdOfDroppable("stage-42")).toBe(42);
    expect(stageIdOfDroppable("card-1")).toBeNull();
    expect(stageIdOfDroppable(7)).toBeNull();
  });
});
