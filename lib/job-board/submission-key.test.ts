import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JobBoardRequestError } from "./job-board-request-error";
import { submissionKeyFor } from "./submission-key";

describe("submissionKeyFor", () => {
  it("derives the same UUID for the same Idempotency-Key and job, and another for another job", () => {
    const key = submissionKeyFor("retry-me-42", 7);
    expect(z.uuid().safeParse(key).success).toBe(true);
    expect(submissionKeyFor(" retry-me-42 ", 7)).toBe(key);
    expect(submissionKeyFor("retry-me-42", 8)).not.toBe(key);
    expect(submissionKeyFor("retry-me-43", 7)).not.toBe(key);
  });

  it("makes a fresh UUID per request without the header", () => {
    const first = submissionKeyFor(null, 7);
    expect(z.uuid().safeParse(first).success).toBe(true);
    expect(submissionKeyFor(null, 7)).not.toBe(first);
  });

  it("refuses an unusable key", () => {
    for (const bad of ["", "has space", "é", "x".repeat(256)]) {
      expect(() => submissionKeyFor(bad, 7)).toThrow(JobBoardRequestError);
    }
  });
});
