import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/submissions/field-errors";
import { buildApplicationFormSchema } from "@/lib/submissions/schema";
import { allFields, buildApplicationFieldTable } from "./application-fields";
import type { RawValue } from "./field-codecs";
import { mapApplicationFields, toGreenhouseFieldErrors, type RawFields } from "./map-application-fields";
import { formContextFixture } from "@/tests/support/form-context-fixture";

const context = formContextFixture();
const table = buildApplicationFieldTable(context);
const schema = buildApplicationFormSchema(context);
const base = () => ({ submissionKey: randomUUID(), legalVersions: { selfId: [context.selfId!.invitation.id] } });
const pdf = () => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "resume.pdf", { type: "application/pdf" });

/** What a Greenhouse client posts for this job (multipart-style strings). */
function greenhouseFields(overrides: Record<string, RawValue> = {}): RawFields {
  return new Map<string, RawValue>(
    Object.entries({
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.com",
      phone: "+44 20 7946 0000",
      location: "London, United Kingdom",
      resume: pdf(),
      cover_letter_text: "I would like to build the runtime.",
      linkedin_profile_url: "https://www.linkedin.com/in/ada",
      question_11: "C++",
      question_13: "131",
      question_14: ["141", "142"],
      question_15: "1",
      question_16: "12",
      work_authorization_authorized: "YES",
      work_authorization_sponsorship: "0",
      export_control_license: "not_sure",
      export_control_us_person: "DECLINE",
      accommodation_requested: "1",
      accommodation_kinds: "ALTERNATE_FORMAT_DOCUMENTS",
      accommodation_preferred_contact: "EMAIL",
      privacy_notice_acknowledged: "ACKNOWLEDGED",
      keep_on_file: "YES",
      gender: "DECLINE",
      veteran_status: "NOT_PROTECTED_VETERAN",
      latitude: "51.5",
      ...overrides,
    }),
  );
}

describe("mapApplicationFields", () => {
  it("turns a complete Greenhouse-style submission into a payload the shared schema accepts", () => {
    const { payload, fieldErrors } = mapApplicationFields(table, greenhouseFields(), base());
    expect(fieldErrors).toEqual({});
    const parsed = schema.parse(payload);
    expect(parsed.firstName).toBe("Ada");
    expect(parsed.answers).toMatchObject({ "11": "C++", "13": 131, "14": [141, 142], "15": "YES", "16": 12 });
    expect(parsed.workAuthorization).toEqual({ authorizedToWork: "YES", requiresSponsorship: "NO" });
    expect(parsed.exportControl).toEqual({ canReceiveWithoutLicense: "NOT_SURE", usPerson: "DECLINE" });
    expect(parsed.accommodation).toMatchObject({
      requested: true,
      kinds: ["ALTERNATE_FORMAT_DOCUMENTS"],
      preferredContact: "EMAIL",
    });
    expect(parsed.privacyAcknowledged).toBe(true);
    expect(parsed.keepOnFile).toBe(true);
    expect(parsed.selfIdentification).toMatchObject({ gender: "DECLINE", veteran: "NOT_PROTECTED_VETERAN" });
    // The versions in force unless the client says which it showed.
    expect(parsed.legalVersions).toMatchObject({
      privacyNotice: context.legal.privacyNotice.id,
      workAuthorization: context.legal.workAuthorization.id,
      exportControl: context.legal.exportControl.id,
      accommodation: context.legal.accommodation.id,
    });
  });

  it("accepts JSON-typed values: numbers, booleans and lists", () => {
    const fields = greenhouseFields({
      question_13: 132,
      question_14: 141,
      question_15: 0,
      question_16: 3,
      privacy_notice_acknowledged: true,
      keep_on_file: false,
    });
    const parsed = schema.parse(mapApplicationFields(table, fields, base()).payload);
    expect(parsed.answers).toMatchObject({ "13": 132, "14": [141], "15": "NO", "16": 3 });
    expect(parsed.keepOnFile).toBe(false);
  });

  it("takes Greenhouse's data_compliance retention consent as keep-on-file consent", () => {
    const fields = greenhouseFields({ "data_compliance[gdpr_retention_consent_given]": true });
    fields.delete("keep_on_file");
    expect(schema.parse(mapApplicationFields(table, fields, base()).payload).keepOnFile).toBe(true);
  });

  it("collects utm_* fields as tracking", () => {
    const { payload, fieldErrors } = mapApplicationFields(
      table,
      greenhouseFields({ utm_source: "linkedin", utm_campaign: "spring" }),
      base(),
    );
    expect(fieldErrors).toEqual({});
    expect(payload.tracking).toEqual({ utm_source: "linkedin", utm_campaign: "spring" });
  });

  it("uses the legal text version the client sends", () => {
    const fields = greenhouseFields({ export_control_version: "fv-old" });
    const payload = mapApplicationFields(table, fields, base()).payload as { legalVersions: Record<string, unknown> };
    expect(payload.legalVersions.exportControl).toBe("fv-old");
  });

  it("reports fields this job does not have, by the name sent, and ignores Greenhouse-only extras", () => {
    const fields = greenhouseFields({
      question_999: "x",
      favourite_colour: "green",
      resume_url: "https://example.com/cv.pdf",
      mapped_url_token: "abc",
    });
    const { fieldErrors } = mapApplicationFields(table, fields, base());
    expect(Object.keys(fieldErrors).sort()).toEqual(["favourite_colour", "question_999", "resume_url"]);
    expect(fieldErrors.question_999?.[0]).toMatch(/no such question/);
    expect(fieldErrors.resume_url?.[0]).toMatch(/does not fetch files/);
  });

  it("refuses the same field twice under two names", () => {
    const fields = greenhouseFields({ "data_compliance[gdpr_retention_consent_given]": true });
    expect(Object.keys(mapApplicationFields(table, fields, base()).fieldErrors)).toEqual([
      "data_compliance[gdpr_retention_consent_given]",
    ]);
  });
});

describe("the field table covers the schema", () => {
  const published = new Set(allFields(table).map((field) => field.name));
  const required = new Set(
    table.questions
      .concat(table.locationQuestions)
      .filter((each) => each.required)
      .flatMap((each) => each.fields.map((field) => field.name)),
  );

  it("names every field the schema rejects when nothing is sent, and marks it required", () => {
    const { payload } = mapApplicationFields(table, new Map(), base());
    const parsed = schema.safeParse(payload);
    expect(parsed.success).toBe(false);
    const errors = toGreenhouseFieldErrors(table, toFieldErrors(parsed.error!));
    for (const name of Object.keys(errors)) {
      expect(published, `${name} is not published in questions`).toContain(name);
      expect(required, `${name} is required but not marked so`).toContain(name);
    }
    expect(Object.keys(errors).sort()).toEqual(
      [
        "email",
        "export_control_license",
        "first_name",
        "last_name",
        "location",
        "phone",
        "privacy_notice_acknowledged",
        "question_11",
        "question_13",
        "question_15",
        "resume",
        "work_authorization_authorized",
        "work_authorization_sponsorship",
      ].sort(),
    );
  });

  it("maps error paths back to the Greenhouse names, and to the variant the client used", () => {
    const errors = toGreenhouseFieldErrors(
      table,
      {
        firstName: ["Enter your first name"],
        "answers.13": ["Choose one of the listed answers"],
        "answers.14.1": ["Choose one of the listed answers"],
        "answers.404": ["This answer is for a question this job does not have"],
        "accommodation.kinds.0": ["Invalid option"],
        "selfIdentification.ethnicity": ["Choose one of the listed answers"],
        "tracking.utm_campaign": ["Too long"],
        resume: ["The resume is not a readable PDF or Word (.docx) document"],
        coverLetterFile: ["The cover letter is not a readable PDF or Word (.docx) document"],
        submissionKey: ["Reload the page and try again"],
      },
      new Map([["resume", "resume_content"]]),
    );
    expect(Object.keys(errors).sort()).toEqual(
      [
        "Idempotency-Key",
        "accommodation_kinds",
        "cover_letter",
        "first_name",
        "hispanic_ethnicity",
        "question_13",
        "question_14",
        "question_404",
        "resume_content",
        "utm_campaign",
      ].sort(),
    );
    expect(errors.first_name).toEqual(["Enter your first name"]);
  });
});
