import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { AppError } from "@/lib/errors";
import germanStatus from "@/messages/de/status.json";
import { CandidateRefusal, type RefusalText } from "./candidate-refusal";

const german = createTranslator({
  locale: "de",
  messages: { refusals: germanStatus.refusals },
  namespace: "refusals",
}) as unknown as RefusalText;

describe("a refusal on a status-link page", () => {
  it("is an AppError in English, as every other caller reads it", () => {
    const refusal = new CandidateRefusal("VALIDATION", "tooLateToBook", { hours: 1 });
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.code).toBe("VALIDATION");
    expect(refusal.message).toBe(
      "Times can be booked up to 1 hour before the interview. For anything later, reply to our email and we will help.",
    );
    expect(new CandidateRefusal("VALIDATION", "tooLateToBook", { hours: 24 }).message).toMatch(
      /^Times can be booked up to 24 hours before/,
    );
  });

  it("says itself and its field again in another language", () => {
    const refusal = new CandidateRefusal(
      "VALIDATION",
      "noPhone",
      {},
      { path: "request.preferredContact", key: "noPhoneField" },
    );
    expect(refusal.fieldErrors).toEqual({
      "request.preferredContact": ["We have no phone number for you: choose email"],
    });
    expect(refusal.in(german)).toEqual({
      message: "Wir haben keine Telefonnummer von Ihnen.",
      fieldErrors: { "request.preferredContact": ["Wir haben keine Telefonnummer von Ihnen: Bitte wählen Sie E-Mail"] },
    });
    expect(new CandidateRefusal("VALIDATION", "tooLateToCancel", { hours: 2 }).in(german).message).toMatch(
      /^Sie können Ihr Gespräch bis 2 Stunden vor Beginn absagen\./,
    );
  });
});
