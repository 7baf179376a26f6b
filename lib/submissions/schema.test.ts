import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./field-errors";
import { buildApplicationFormSchema } from "./schema";
import { formContextFixture } from "@/tests/support/form-context-fixture";

const pdf = () => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "resume.pdf", { type: "application/pdf" });

function validPayload(): Record<string, unknown> {
  return {
    submissionKey: "6f1c2a9e-3b7d-4c1e-9a55-0d2f7e8b1c34",
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
    phone: "+44 20 7946 0000",
    location: "London, UK",
    resume: pdf(),
    answers: { "11": "C++", "13": "131", "14": ["141"], "15": "YES", "16": "12" },
    workAuthorization: { authorizedToWork: "YES", requiresSponsorship: "NO" },
    exportControl: { canReceiveWithoutLicense: "NOT_SURE" },
    accommodation: { requested: false, kinds: [] },
    selfIdentification: { gender: "DECLINE" },
    privacyAcknowledged: true,
    legalVersions: {
      privacyNotice: "privacy-1",
      workAuthorization: "work-1",
      exportControl: "export-1",
      accommodation: "accommodation-1",
      selfId: [],
    },
  };
}

// Only the gender form of self-identification is shown, so a race answer names a form not shown.
const context = formContextFixture();
context.selfId = { invitation: context.selfId!.invitation, forms: { gender: context.selfId!.forms.gender } };
const parse = (payload: Record<string, unknown>) => buildApplicationFormSchema(context).safeParse(payload);
const errorsOf = (payload: Record<string, unknown>) => {
  const result = parse(payload);
  return result.success ? {} : toFieldErrors(result.error);
};

describe("application form schema", () => {
  it("accepts a complete application and coerces answers", () => {
    const result = parse(validPayload());
    expect(result.success).toBe(true);
    expect(result.data?.answers).toEqual({
      "11": "C++",
      "12": undefined,
      "13": 131,
      "14": [141],
      "15": "YES",
      "16": 12,
      "17": undefined,
    });
    expect(result.data?.preferredName).toBeUndefined();
  });

  it("names every missing required field", () => {
    const errors = errorsOf({
      submissionKey: "6f1c2a9e-3b7d-4c1e-9a55-0d2f7e8b1c34",
      legalVersions: validPayload().legalVersions,
    });
    for (const path of [
      "firstName",
      "lastName",
      "email",
      "phone",
      "location",
      "resume",
      "answers.11",
      "answers.13",
      "answers.15",
      "workAuthorization",
      "exportControl",
      "privacyAcknowledged",
    ]) {
      expect(
        Object.keys(errors).some((key) => key.startsWith(path)),
        path,
      ).toBe(true);
    }
  });

  it("rejects unknown question ids and unknown fields", () => {
    expect(errorsOf({ ...validPayload(), answers: { "11": "C", "13": "132", "15": "NO", "999": "x" } })).toHaveProperty(
      ["answers.999"],
    );
    expect(errorsOf({ ...validPayload(), isAdmin: true })).toHaveProperty(["isAdmin"]);
  });

  it("keeps HTML as text but refuses control characters and over-long values", () => {
    expect(parse({ ...validPayload(), firstName: "<script>alert(1)</script>" }).data?.firstName).toBe(
      "<script>alert(1)</script>",
    );
    expect(errorsOf({ ...validPayload(), lastName: "Nul\u0000byte" })).toHaveProperty(["lastName"]);
    expect(errorsOf({ ...validPayload(), firstName: "x".repeat(101) })).toHaveProperty(["firstName"]);
  });

  it("refuses wrong document types, empty and oversized files", () => {
    expect(errorsOf({ ...validPayload(), resume: new File(["MZ"], "tool.exe") })).toHaveProperty(["resume"]);
    expect(errorsOf({ ...validPayload(), resume: new File([], "empty.pdf") })).toHaveProperty(["resume"]);
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "huge.pdf");
    expect(errorsOf({ ...validPayload(), resume: huge })).toHaveProperty(["resume"]);
  });

  it("only accepts answer options of the versions shown, and javascript: links never", () => {
    expect(errorsOf({ ...validPayload(), selfIdentification: { gender: "ROBOT" } })).toHaveProperty([
      "selfIdentification.gender",
    ]);
    expect(errorsOf({ ...validPayload(), selfIdentification: { race: "WHITE" } })).toHaveProperty([
      "selfIdentification.race",
    ]);
    expect(errorsOf({ ...validPayload(), linkedinUrl: "javascript:alert(1)" })).toHaveProperty(["linkedinUrl"]);
    expect(errorsOf({ ...validPayload(), answers: { "11": "C", "13": "131", "15": "MAYBE" } })).toHaveProperty([
      "answers.15",
    ]);
  });

  it("asks for details and a contact method when an accommodation is requested", () => {
    const errors = errorsOf({ ...validPayload(), accommodation: { requested: true, kinds: [] } });
    expect(errors).toHaveProperty(["accommodation.details"]);
    expect(errors).toHaveProperty(["accommodation.preferredContact"]);
    const ok = parse({
      ...validPayload(),
      accommodation: { requested: true, kinds: ["SIGN_LANGUAGE_INTERPRETER"], preferredContact: "EMAIL" },
    });
    expect(ok.success).toBe(true);
  });
});

describe("unanswered optional questions from the browser", () => {
  it("treats null (an untouched radio group) like a skipped answer", () => {
    const result = parse({
      ...validPayload(),
      exportControl: { canReceiveWithoutLicense: "YES", usPerson: null },
      selfIdentification: { gender: null, ethnicity: null, race: null, veteran: null, disability: null },
      accommodation: { requested: false, kinds: [], details: "", preferredContact: null },
    });
    expect(result.success).toBe(true);
    expect(result.data?.exportControl.usPerson).toBeUndefined();
  });
});

describe("source tracking", () => {
  it("accepts any subset of utm_* keys and the referrer, and nothing else", () => {
    expect(parse({ ...validPayload(), tracking: { utm_source: "linkedin" } }).data?.tracking).toEqual({
      utm_source: "linkedin",
    });
    expect(errorsOf({ ...validPayload(), tracking: { utm_evil: "x" } })).not.toEqual({});
  });
});
