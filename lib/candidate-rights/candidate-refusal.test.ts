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

  it("keeps field errors already in the form's language (its schema's) as they are", () => {
    const errors = { firstName: ["Vorname: Bitte ausfüllen"] };
    const refusal = new CandidateRefusal("VALIDATION", "answersNeedAttention", {}, undefined, errors);
    expect(refusal.message).toBe("Some answers need your attention.");
    expect(refusal.fieldErrors).toEqual(errors);
    expect(refusal.in(german)).toEqual({ message: "Bitte prüfen Sie die markierten Angaben.", fieldErrors: errors });
  });

  it("names the document and the wait in each language's grammar, the English words as before", () => {
    const coverLetter = new CandidateRefusal("VALIDATION", "documentUnreadable", { document: "coverLetterFile" });
    expect(coverLetter.message).toBe("Check the cover letter");
    expect(coverLetter.in(german).message).toBe("Bitte prüfen Sie das Anschreiben");
    const wait = (unit: string, count: number) =>
      new CandidateRefusal("RATE_LIMITED", "applyingTooOften", { unit, count });
    expect(wait("minutes", 1).message).toMatch(/please send again in 1 minute\.$/);
    expect(wait("minutes", 12).message).toMatch(/please send again in 12 minutes\.$/);
    expect(wait("hours", 2).message).toMatch(/please send again in 2 hours\.$/);
    expect(wait("minutes", 1).in(german).message).toMatch(/Bitte senden Sie sie in einer Minute erneut\.$/);
    expect(wait("hours", 2).in(german).message).toMatch(/Bitte senden Sie sie in 2 Stunden erneut\.$/);
  });
});
