import { describe, expect, it } from "vitest";
import { fieldDomId, flattenFormErrors, messageAt } from "./form-errors";

// The shape react-hook-form gives: nested by path, a list's own error under `root`.
const errors = {
  title: { type: "too_small", message: "Enter a job title" },
  sections: { root: { type: "too_small", message: "Add at least one section" } },
  questions: [
    undefined,
    { options: { root: { message: "Offer at least two options" } }, label: { message: "Enter the question", ref: {} } },
  ],
};

describe("form errors", () => {
  it("flattens nested errors in order, a list's own error under the list's path", () => {
    expect(flattenFormErrors(errors)).toEqual([
      { path: "title", message: "Enter a job title" },
      { path: "sections", message: "Add at least one section" },
      { path: "questions.1.options", message: "Offer at least two options" },
      { path: "questions.1.label", message: "Enter the question" },
    ]);
  });

  it("finds a message by path, for fields and for lists", () => {
    expect(messageAt(errors, "questions.1.label")).toBe("Enter the question");
    expect(messageAt(errors, "questions.1.options")).toBe("Offer at least two options");
    expect(messageAt(errors, "questions.0.label")).toBeUndefined();
  });

  it("turns paths into element ids", () => {
    expect(fieldDomId("questions.1.options.0.label")).toBe("f-questions-1-options-0-label");
  });
});
