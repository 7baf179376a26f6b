// Email templates: who may manage them, unique names, and no deleting a template a rejection
// reason suggests (the database would silently unlink it and that reason's emails would stop).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createEmailTemplate } from "@/lib/email-templates/create-email-template";
import { deleteEmailTemplate } from "@/lib/email-templates/delete-email-template";
import { emailTemplateFormSchema } from "@/lib/email-templates/email-template-schema";
import { listEmailTemplates } from "@/lib/email-templates/list-email-templates";
import { updateEmailTemplate } from "@/lib/email-templates/update-email-template";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { actorFor, createStaffUser, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { expectAppError } from "../support/app-error";

const actors = {} as Record<StaffRole, Actor>;
beforeAll(async () => {
  for (const role of ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
    actors[role] = actorFor(await createStaffUser(testDb, { role }));
  }
});

const input = (overrides: Record<string, string> = {}) =>
  emailTemplateFormSchema.parse({
    name: `Offer call ${uniqueSuffix()}`,
    subject: "Good news about {{job.title}}",
    body: "Hi {{candidate.preferredName}},\n\nCould we call you this week?\n\n{{sender.name}}, {{organization.name}}",
    ...overrides,
  });

describe("email templates", () => {
  it("are created, renamed and listed by recruiters and admins, with unique names", async () => {
    const first = input();
    const { id } = await createEmailTemplate({ actor: actors.RECRUITER, input: first });
    expect(await testDb.emailTemplate.findUniqueOrThrow({ where: { id }, select: { createdById: true } })).toEqual({
      createdById: actors.RECRUITER.userId,
    });

    const duplicate = await expectAppError(
      createEmailTemplate({ actor: actors.ADMIN, input: { ...input(), name: first.name.toUpperCase() } }),
    );
    expect(duplicate.fieldErrors).toHaveProperty("name");

    const renamed = input();
    await updateEmailTemplate({ actor: actors.ADMIN, templateId: id, input: renamed });
    const listed = (await listEmailTemplates({ actor: actors.RECRUITER })).find((row) => row.id === id);
    expect(listed).toMatchObject({ name: renamed.name, subject: renamed.subject, usedByReasons: [] });
  });

  it("are refused to coordinators, hiring managers and interviewers", async () => {
    const { id } = await createEmailTemplate({ actor: actors.ADMIN, input: input() });
    for (const role of ["COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      const actor = actors[role];
      expect((await expectAppError(createEmailTemplate({ actor, input: input() }))).code, role).toBe("FORBIDDEN");
      expect((await expectAppError(updateEmailTemplate({ actor, templateId: id, input: input() }))).code, role).toBe(
        "FORBIDDEN",
      );
      expect((await expectAppError(deleteEmailTemplate({ actor, templateId: id }))).code, role).toBe("FORBIDDEN");
      expect((await expectAppError(listEmailTemplates({ actor }))).code, role).toBe("FORBIDDEN");
    }
    expect(await testDb.emailTemplate.count({ where: { id } })).toBe(1);
  });

  it("cannot be deleted while a rejection reason suggests them; can be once it no longer does", async () => {
    const template = input();
    const { id } = await createEmailTemplate({ actor: actors.RECRUITER, input: template });
    const reason = await testDb.rejectionReason.create({
      data: { kind: "WE_REJECTED", label: `Role filled ${uniqueSuffix()}`, position: 900, emailTemplateId: id },
    });

    const refused = await expectAppError(deleteEmailTemplate({ actor: actors.RECRUITER, templateId: id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain(`“${reason.label}”`);
    expect(refused.message).toContain(template.name);
    expect((await listEmailTemplates({ actor: actors.ADMIN })).find((row) => row.id === id)?.usedByReasons).toEqual([
      reason.label,
    ]);
    expect(
      await testDb.rejectionReason.findUniqueOrThrow({ where: { id: reason.id }, select: { emailTemplateId: true } }),
    ).toEqual({ emailTemplateId: id });

    await testDb.rejectionReason.update({ where: { id: reason.id }, data: { emailTemplateId: null } });
    await deleteEmailTemplate({ actor: actors.RECRUITER, templateId: id });
    expect(await testDb.emailTemplate.count({ where: { id } })).toBe(0);
    expect((await expectAppError(deleteEmailTemplate({ actor: actors.RECRUITER, templateId: id }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("refuse unknown merge fields in the shared schema (form and server alike)", () => {
    const result = emailTemplateFormSchema.safeParse({
      name: "x",
      subject: "{{job.title}}",
      body: "Hello {{candidate.nickname}} and {{}}",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["body", expect.stringContaining("{{candidate.nickname}}, {{}}")],
    ]);
  });
});
