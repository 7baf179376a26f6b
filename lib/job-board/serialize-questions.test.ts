import { describe, expect, it } from "vitest";
import { buildApplicationFieldTable } from "./application-fields";
import { serializeQuestions } from "./serialize-questions";
import { formContextFixture } from "@/tests/support/form-context-fixture";

const context = formContextFixture();
const body = serializeQuestions(buildApplicationFieldTable(context));
const byName = (name: string) =>
  body.questions.find((question) => question.fields.some((field) => field.name === name));

describe("serializeQuestions (GET /jobs/{id}?questions=true)", () => {
  it("publishes Greenhouse's standard fields in its shape", () => {
    expect(body.questions[0]).toEqual({
      required: true,
      label: "First Name",
      description: null,
      fields: [{ name: "first_name", type: "input_text", values: [] }],
    });
    expect(byName("resume")?.fields).toEqual([{ name: "resume", type: "input_file", values: [] }]);
    expect(byName("cover_letter")?.fields.map((field) => field.name)).toEqual(["cover_letter", "cover_letter_text"]);
    expect(body.location_questions).toEqual([
      {
        required: true,
        label: "Location (city and country)",
        description: null,
        fields: [{ name: "location", type: "input_text", values: [] }],
      },
    ]);
  });

  it("publishes the job's questions as question_{id}, yes/no as 1/0 and options by id", () => {
    expect(byName("question_11")).toMatchObject({ required: true, fields: [{ type: "input_text" }] });
    expect(byName("question_12")).toMatchObject({
      required: false,
      description: "<p>A few <strong>paragraphs</strong>.</p>",
      fields: [{ type: "textarea" }],
    });
    expect(byName("question_13")?.fields[0]).toEqual({
      name: "question_13",
      type: "multi_value_single_select",
      values: [
        { value: 131, label: "Runtime" },
        { value: 132, label: "Storage" },
      ],
    });
    expect(byName("question_14")?.fields[0]?.type).toBe("multi_value_multi_select");
    expect(byName("question_15")?.fields[0]?.values).toEqual([
      { value: 1, label: "Yes" },
      { value: 0, label: "No" },
    ]);
  });

  it("asks the legal questions in the exact wording of the version in force, and names that version", () => {
    const exportControl = context.legal.exportControl;
    const license = byName("export_control_license")!;
    expect(license.label).toBe(exportControl.questions[0]!.prompt);
    expect(license.required).toBe(true);
    expect(license.fields[0]!.values).toEqual(exportControl.questions[0]!.options);
    expect(license.description).toContain("Export control");
    expect(license.description).toContain("(version 1)");
    expect(license.description).toContain("Export Administration Regulations");
    expect(byName("export_control_version")?.fields[0]).toEqual({
      name: "export_control_version",
      type: "input_hidden",
      values: [{ value: exportControl.id, label: "Export control, version 1" }],
    });
    for (const name of [
      "work_authorization_authorized",
      "work_authorization_sponsorship",
      "privacy_notice_acknowledged",
    ]) {
      expect(byName(name)?.required, name).toBe(true);
    }
    for (const name of [
      "export_control_us_person",
      "accommodation_requested",
      "accommodation_kinds",
      "accommodation_details",
      "accommodation_preferred_contact",
      "keep_on_file",
    ]) {
      expect(byName(name)?.required, name).toBe(false);
    }
    expect(byName("privacy_notice_acknowledged")?.description).toContain("Applicant privacy notice");
  });

  it("puts self-identification under compliance (eeoc), optional, every question with a decline option", () => {
    expect(body.compliance.every((block) => block.type === "eeoc")).toBe(true);
    const questions = body.compliance.flatMap((block) => block.questions);
    expect(questions.map((question) => question.fields[0]!.name)).toEqual([
      "gender",
      "hispanic_ethnicity",
      "race",
      "veteran_status",
      "disability_status",
    ]);
    for (const question of questions) {
      expect(question.required).toBe(false);
      expect(question.fields[0]!.values.some((value) => value.value === "DECLINE")).toBe(true);
    }
    expect(body.compliance[0]!.description).toContain(context.selfId!.invitation.title);
    expect(body.compliance.at(-1)!.description).toContain(context.selfId!.forms.disability!.title);
    expect(body.compliance.at(-1)!.description).toContain("OMB control number 1250-0005 · expires 2026-04-30");
  });

  it("publishes no compliance questions when the job asks for no self-identification", () => {
    expect(serializeQuestions(buildApplicationFieldTable({ ...context, selfId: null })).compliance).toEqual([]);
  });

  it("describes Greenhouse's data_compliance block", () => {
    expect(body.data_compliance).toEqual([
      {
        type: "gdpr",
        requires_consent: false,
        requires_processing_consent: false,
        requires_retention_consent: false,
        retention_period: null,
      },
    ]);
  });
});
