// Valid job-editor input for the job management tests, in the shape the form sends.
import type { JobFormValues } from "@/lib/jobs/job-form-schema";
import { findEmployerId } from "@/lib/jobs/find-employer-id";
import { newJobFormValues } from "@/lib/jobs/new-job-form-values";
import { createOffice, createOrganization, findOrCreateDepartment, uniqueSuffix } from "../factories";
import { testDb } from "./db";

export function jobFormValues(
  refs: { departmentId: number; officeId: number },
  overrides: Partial<JobFormValues> = {},
): JobFormValues {
  const suffix = uniqueSuffix();
  return {
    ...newJobFormValues(),
    title: `Platform Engineer ${suffix}`,
    slug: `platform-engineer-${suffix}`,
    summary: "Keep the platform fast, safe and boring for every team that builds on it.",
    departmentId: String(refs.departmentId),
    officeIds: [refs.officeId],
    remotePolicy: "HYBRID",
    salaryMin: "150,000",
    salaryMax: "190000",
    salaryCurrency: "usd",
    salaryUnit: "YEAR",
    sections: [
      { heading: "About the role", bodyMarkdown: "You will run the **platform** every team deploys to." },
      { heading: "", bodyMarkdown: "- Own the build system\n- Join the on-call rotation" },
      {
        heading: "",
        bodyMarkdown:
          "We are an equal opportunity employer. To ask for an accommodation, write to access@example.test.",
        statements: ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"],
      },
    ],
    questions: [
      {
        type: "YES_NO",
        label: "Can you work in a European time zone?",
        description: "",
        required: true,
        options: [],
        knockout: { rejectIf: ["NO"] },
      },
      {
        type: "SINGLE_SELECT",
        label: "Preferred area",
        description: "Where you would like to start.",
        required: false,
        options: [{ label: "Build" }, { label: "Runtime" }, { label: "Networking" }],
        knockout: null,
      },
    ],
    ...overrides,
  };
}

/** A department and an office of the deployment's employer (created the first time), for jobFormValues. */
export async function createJobFormRefs(): Promise<{ departmentId: number; officeId: number }> {
  // Jobs belong to the deployment's employer: whichever organization the app treats as it.
  if ((await testDb.organization.count()) === 0) await createOrganization(testDb);
  const organizationId = await findEmployerId(testDb);
  return {
    departmentId: (await findOrCreateDepartment(testDb, organizationId, "Engineering")).id,
    officeId: (await createOffice(testDb, organizationId)).id,
  };
}
