// The schemas whose text goes into a column or a query refuse NUL (Postgres refuses it in text,
// so it would fail as a server error instead of a message): forms refuse it, filters ignore it.
import { describe, expect, it } from "vitest";
import { applicationsViewSchema } from "@/lib/applications-table/view-schema";
import { auditFiltersSchema } from "@/lib/audit/schema";
import { noteSchema } from "@/lib/candidates/schema";
import { optionalText, requiredText } from "@/lib/jobs/job-form-parts";
import { candidateLookupSchema } from "@/lib/privacy/schema";

describe("text with a NUL", () => {
  it("is refused by the job, interview and interview-plan forms' text fields and by notes", () => {
    expect(requiredText("a title", 100).safeParse("Backend\u0000").success).toBe(false);
    expect(optionalText("a heading", 100).safeParse("x\u0000").success).toBe(false);
    expect(noteSchema.safeParse({ body: "note\u0000" }).success).toBe(false);
    // Line breaks stay allowed where text is long.
    expect(requiredText("a body", 100).safeParse("line one\nline two").success).toBe(true);
  });

  it("is no filter in the applications table, the audit log and the privacy lookup", () => {
    const view = applicationsViewSchema.parse({ q: "a\u0000", answer: "\u0000", stageName: ["Screen\u0000", "Offer"] });
    expect([view.q, view.answer, view.stageName]).toEqual([undefined, undefined, ["Offer"]]);
    expect(auditFiltersSchema.parse({ actor: "x\u0000", action: "view." })).toMatchObject({ actor: undefined, action: "view." });
    expect(candidateLookupSchema.parse({ q: "TRL-\u0000" }).q).toBe("");
  });
});
