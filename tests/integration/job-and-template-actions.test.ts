// The server actions as a browser calls them, sessions and all: a forged call (no session, a
// role that may not manage jobs or templates, ids that are not ids, input that skips the form)
// is refused before anything is written. Only the request (its cookie) is simulated.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createJob } from "@/lib/jobs/create-job";
import { jobFormSchema } from "@/lib/jobs/job-form-schema";
import { actorFor, createStaffSession, createStaffUser, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { createJobFormRefs, jobFormValues } from "../support/job-form-values";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const jobActions = await import("@/app/(hiring)/hiring/jobs/actions");
const templateActions = await import("@/app/(hiring)/hiring/templates/actions");

let refs: { departmentId: number; officeId: number };
const sessions = {} as Record<StaffRole, string>;
let jobId: number;

beforeAll(async () => {
  refs = await createJobFormRefs();
  for (const role of ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
    const user = await createStaffUser(testDb, { role });
    sessions[role] = (await createStaffSession(testDb, user.id)).sessionToken;
  }
  const recruiter = await testDb.user.findFirstOrThrow({
    where: { sessions: { some: { sessionToken: sessions.RECRUITER } } },
  });
  jobId = (await createJob({ actor: actorFor({ ...recruiter }), input: jobFormSchema.parse(jobFormValues(refs)) })).id;
});

beforeEach(() => {
  nextRequest.cookie = "";
});

const signInAs = (role: StaffRole) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};
const jobState = () =>
  testDb.job.findUniqueOrThrow({ where: { id: jobId }, select: { title: true, status: true, updatedAt: true } });

describe("job actions", () => {
  it("refuse a caller without a session", async () => {
    const values = jobFormValues(refs);
    expect(await jobActions.createJobAction(values)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/signed out/),
    });
    expect(await jobActions.publishJobAction(jobId)).toMatchObject({ ok: false });
    expect(await testDb.job.count({ where: { slug: values.slug } })).toBe(0);
  });

  it("refuse coordinators, hiring managers and interviewers, whatever they send", async () => {
    const before = await jobState();
    for (const role of ["COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      signInAs(role);
      const values = jobFormValues(refs);
      const refused = { ok: false, message: "You do not have permission to do that." };
      expect(await jobActions.createJobAction(values), role).toEqual(refused);
      expect(await jobActions.updateJobAction(jobId, { ...values, title: "Forged" }), role).toEqual(refused);
      expect(await jobActions.publishJobAction(jobId), role).toEqual(refused);
      expect(await jobActions.closeJobAction(jobId), role).toEqual(refused);
      expect(await testDb.job.count({ where: { slug: values.slug } })).toBe(0);
    }
    expect(await jobState()).toEqual(before);
  });

  it("validate on the server with the form's schema and answer with field errors", async () => {
    signInAs("RECRUITER");
    const before = await jobState();
    const result = await jobActions.createJobAction({
      ...jobFormValues(refs),
      slug: "Not A Slug",
      salaryMin: "200000",
      salaryMax: "100000",
      sections: [{ heading: "Empty", bodyMarkdown: " " }],
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? (result.fieldErrors ?? {}) : {}).sort()).toEqual([
      "salaryMax",
      "sections.0.bodyMarkdown",
      "slug",
    ]);
    // Not the form's shape at all, and ids that are not ids.
    expect(await jobActions.updateJobAction(jobId, { title: 42 })).toMatchObject({
      ok: false,
      fieldErrors: expect.any(Object),
    });
    expect(await jobActions.publishJobAction("1 OR 1=1" as unknown as number)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await jobActions.closeJobAction(999_999_999)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await jobState()).toEqual(before);
  });
});

describe("template actions", () => {
  const template = () => ({
    name: `Interview invitation ${uniqueSuffix()}`,
    subject: "Next steps for {{job.title}}",
    body: "Hi {{candidate.preferredName}},\n\nWe would love to talk.\n\n{{sender.name}}",
  });

  it("refuse roles without template.manage", async () => {
    for (const role of ["COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      signInAs(role);
      const values = template();
      expect(await templateActions.createEmailTemplateAction(values), role).toMatchObject({
        ok: false,
        message: expect.stringMatching(/permission/),
      });
      expect(await testDb.emailTemplate.count({ where: { name: values.name } })).toBe(0);
    }
  });

  it("refuse unknown merge fields in the subject or the body, and save nothing", async () => {
    signInAs("RECRUITER");
    const values = {
      ...template(),
      subject: "About {{job.name}}",
      body: "Dear {{candidate.first_name}}, {{ candidate.firstName }}",
    };
    const result = await templateActions.createEmailTemplateAction(values);
    expect(result.ok).toBe(false);
    const fieldErrors = !result.ok ? (result.fieldErrors ?? {}) : {};
    expect(fieldErrors.subject?.[0]).toContain("{{job.name}}");
    // Names only the unknown one: spaces inside the braces of a known field are fine.
    expect(fieldErrors.body?.[0]).toMatch(/^Unknown merge field \{\{candidate\.first_name\}\}\. /);
    expect(await testDb.emailTemplate.count({ where: { name: values.name } })).toBe(0);
  });

  it("refuse to update or delete a template by a forged id", async () => {
    signInAs("ADMIN");
    expect(await templateActions.updateEmailTemplateAction("no-such-template", template())).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer exists/),
    });
    expect(await templateActions.deleteEmailTemplateAction({ id: 1 } as unknown as string)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
  });
});
