import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/submissions/field-errors";
import { jobFormSchema, type JobFormValues } from "./job-form-schema";
import { newJobFormValues } from "./new-job-form-values";
import { slugify } from "./slugify";

const valid = (overrides: Partial<JobFormValues> = {}): JobFormValues => ({
  ...newJobFormValues(),
  title: "Senior Backend Engineer",
  slug: "senior-backend-engineer",
  summary: "Build the services behind our public API.",
  departmentId: "3",
  officeIds: [7],
  sections: [{ heading: "About the role", bodyMarkdown: "You will build things." }],
  ...overrides,
});

function errorsOf(values: JobFormValues): Record<string, string[]> {
  const result = jobFormSchema.safeParse(values);
  return result.success ? {} : toFieldErrors(result.error);
}

describe("jobFormSchema", () => {
  it("accepts a complete job and shapes it for the database", () => {
    const input = jobFormSchema.parse(
      valid({
        salaryMin: "120,000",
        salaryMax: "150 000",
        salaryCurrency: "eur",
        salaryUnit: "YEAR",
        validThrough: "2030-06-30",
      }),
    );
    expect(input.department).toEqual({ kind: "existing", id: 3 });
    expect(input.salary).toEqual({ min: 120000, max: 150000, currency: "EUR", unit: "YEAR" });
    expect(input.validThrough?.toISOString()).toBe("2030-06-30T23:59:59.999Z");
    expect(input.sections[0]).toEqual({
      heading: "About the role",
      bodyMarkdown: "You will build things.",
      statements: [],
    });
    expect(input.stages[0]?.kind).toBe("APPLIED");
  });

  it("rejects a salary whose minimum is above its maximum, or without currency and period", () => {
    expect(
      errorsOf(valid({ salaryMin: "200000", salaryMax: "100000", salaryCurrency: "USD", salaryUnit: "YEAR" })),
    ).toEqual({
      salaryMax: ["The maximum must be at least the minimum"],
    });
    expect(Object.keys(errorsOf(valid({ salaryMin: "100000", salaryCurrency: "XYZ" })))).toEqual([
      "salaryCurrency",
      "salaryUnit",
    ]);
    expect(errorsOf(valid({ salaryMin: "12.5k", salaryCurrency: "USD", salaryUnit: "HOUR" }))).toHaveProperty(
      "salaryMin",
    );
  });

  it("rejects slugs that are not lower-case words joined by hyphens", () => {
    for (const slug of ["Senior Engineer", "senior--engineer", "-senior", "senior_engineer", "ingénieur", ""]) {
      expect(errorsOf(valid({ slug })), slug).toHaveProperty("slug");
    }
  });

  it("rejects empty sections and a posting without sections", () => {
    expect(errorsOf(valid({ sections: [{ heading: "Benefits", bodyMarkdown: "   " }] }))).toHaveProperty([
      "sections.0.bodyMarkdown",
    ]);
    expect(errorsOf(valid({ sections: [] }))).toHaveProperty("sections");
  });

  it("needs a place: offices for on-site work, countries (or offices) for remote work", () => {
    expect(errorsOf(valid({ officeIds: [] }))).toHaveProperty("officeIds");
    expect(errorsOf(valid({ officeIds: [], remotePolicy: "REMOTE" }))).toHaveProperty("remoteCountryCodes");
    expect(errorsOf(valid({ officeIds: [], remotePolicy: "REMOTE", remoteCountryCodes: ["PT", "DE"] }))).toEqual({});
    expect(errorsOf(valid({ remotePolicy: "REMOTE", remoteCountryCodes: ["EU"] }))).toHaveProperty([
      "remoteCountryCodes.0",
    ]);
  });

  it("checks questions: select options, and knockout rules that fit the question", () => {
    const question = { type: "SINGLE_SELECT" as const, label: "Team", description: "", required: true, knockout: null };
    expect(errorsOf(valid({ questions: [{ ...question, options: [{ label: "Runtime" }] }] }))).toHaveProperty([
      "questions.0.options",
    ]);
    expect(errorsOf(valid({ questions: [{ ...question, options: [{ label: "A" }, { label: "a" }] }] }))).toHaveProperty(
      ["questions.0.options.1.label"],
    );
    const knockout = (
      type: "YES_NO" | "SHORT_TEXT" | "NUMBER",
      rule: { rejectIf: string[] } | { rejectIfBelow: number },
    ) => errorsOf(valid({ questions: [{ ...question, type, options: [], knockout: rule }] }));
    expect(knockout("YES_NO", { rejectIf: ["NO"] })).toEqual({});
    expect(knockout("YES_NO", { rejectIf: ["YES", "NO"] })).toHaveProperty(["questions.0.knockout"]);
    expect(knockout("YES_NO", { rejectIf: ["MAYBE"] })).toHaveProperty(["questions.0.knockout"]);
    expect(knockout("SHORT_TEXT", { rejectIf: ["NO"] })).toHaveProperty(["questions.0.knockout"]);
    expect(knockout("NUMBER", { rejectIfBelow: 3 })).toEqual({});
    expect(knockout("YES_NO", { rejectIfBelow: 3 })).toHaveProperty(["questions.0.knockout"]);
  });

  it("drops options of a question that is no longer a select", () => {
    const input = jobFormSchema.parse(
      valid({
        questions: [
          {
            type: "SHORT_TEXT",
            label: "Why us?",
            description: "",
            required: false,
            knockout: null,
            options: [{ label: "x" }],
          },
        ],
      }),
    );
    expect(input.questions[0]?.options).toEqual([]);
  });

  it("keeps new applications arriving in an Applied stage, names unique, moves pointing at kept stages", () => {
    const stages = [
      { key: "a", name: "Screen", kind: "SCREEN" as const },
      { key: "b", name: "screen ", kind: "INTERVIEW" as const },
    ];
    const errors = errorsOf(valid({ stages, stageMoves: [{ fromStageId: 4, toStageKey: "gone" }] }));
    expect(Object.keys(errors).sort()).toEqual(["stageMoves.0.toStageKey", "stages.0.kind", "stages.1.name"]);
  });

  it("asks for the name of a new department", () => {
    expect(errorsOf(valid({ departmentId: "new" }))).toHaveProperty("newDepartmentName");
    expect(jobFormSchema.parse(valid({ departmentId: "new", newDepartmentName: " Research " })).department).toEqual({
      kind: "new",
      name: "Research",
    });
  });
});

describe("slugify", () => {
  it("turns a title into a slug", () => {
    expect(slugify("Senior Systems Engineer, Workers Runtime (C++)")).toBe(
      "senior-systems-engineer-workers-runtime-cpp",
    );
    expect(slugify("  Ingénieure logiciel / Back-end  ")).toBe("ingenieure-logiciel-back-end");
  });
});
