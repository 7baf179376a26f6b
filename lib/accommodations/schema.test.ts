import { describe, expect, it } from "vitest";
import { accommodationQueueFilterSchema, canMoveAccommodation } from "./schema";

describe("accommodation status moves", () => {
  it("go forward, skip ahead from new, and back only where it makes sense", () => {
    expect(canMoveAccommodation("NEW", "IN_DISCUSSION")).toBe(true);
    expect(canMoveAccommodation("NEW", "ARRANGED")).toBe(true);
    expect(canMoveAccommodation("IN_DISCUSSION", "ARRANGED")).toBe(true);
    expect(canMoveAccommodation("ARRANGED", "CLOSED")).toBe(true);
    expect(canMoveAccommodation("ARRANGED", "IN_DISCUSSION")).toBe(true);
    expect(canMoveAccommodation("CLOSED", "IN_DISCUSSION")).toBe(true);
    expect(canMoveAccommodation("IN_DISCUSSION", "NEW")).toBe(false);
    expect(canMoveAccommodation("CLOSED", "ARRANGED")).toBe(false);
    expect(canMoveAccommodation("NEW", "NEW")).toBe(false);
  });
});

describe("the queue filter", () => {
  it("defaults to open requests and ignores anything it does not know", () => {
    expect(accommodationQueueFilterSchema.parse({}).status).toBe("open");
    expect(accommodationQueueFilterSchema.parse({ status: "' OR 1=1 --" }).status).toBe("open");
    expect(accommodationQueueFilterSchema.parse({ status: ["NEW", "CLOSED"] }).status).toBe("open");
    expect(accommodationQueueFilterSchema.parse({ status: "CLOSED" }).status).toBe("CLOSED");
  });
});
