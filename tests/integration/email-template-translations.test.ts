// A template's German version (decision 0042) is saved by the same actions, checked by the same
// schema as the text as written, and only by those who may manage templates. A refused save
// changes nothing: neither the template nor its translation.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createStaffSession, createStaffUser, uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const templateActions = await import("@/app/(hiring)/hiring/templates/actions");

const sessions = {} as Record<StaffRole, string>;
beforeAll(async () => {
  for (const role of ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
    const user = await createStaffUser(testDb, { role });
    sessions[role] = (await createStaffSession(testDb, user.id)).sessionToken;
  }
});
beforeEach(() => {
  nextRequest.cookie = "";
});
const signInAs = (role: StaffRole) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};

const german = {
  subject: "Ihre Bewerbung als {{job.title}}",
  body: "Hallo {{candidate.preferredName}},\n\nvielen Dank.\n\n{{sender.name}}",
};
const values = (de: { subject: string; body: string } = german) => ({
  name: `Absage ${uniqueSuffix()}`,
  subject: "Your application for {{job.title}}",
  body: "Dear {{candidate.preferredName}},\n\nThank you.\n\n{{sender.name}}",
  translations: { de },
});

async function saved(templateId: string) {
  return testDb.emailTemplate.findUniqueOrThrow({
    where: { id: templateId },
    select: {
      name: true,
      subject: true,
      body: true,
      translations: { select: { language: true, subject: true, body: true } },
    },
  });
}

async function createdTemplateId(): Promise<string> {
  signInAs("RECRUITER");
  const result = await templateActions.createEmailTemplateAction(values());
  if (!result.ok) throw new Error(result.message);
  return result.templateId;
}

describe("a template's German version", () => {
  it("is saved with the template, changed with it, and removed when both its fields are left blank", async () => {
    const templateId = await createdTemplateId();
    expect((await saved(templateId)).translations).toEqual([{ language: "de", ...german }]);

    signInAs("ADMIN");
    const changed = values({ subject: "Absage: {{job.title}}", body: "Hallo {{candidate.firstName}}" });
    expect(await templateActions.updateEmailTemplateAction(templateId, changed)).toMatchObject({ ok: true });
    expect((await saved(templateId)).translations).toEqual([
      { language: "de", subject: "Absage: {{job.title}}", body: "Hallo {{candidate.firstName}}" },
    ]);

    expect(
      await templateActions.updateEmailTemplateAction(templateId, values({ subject: " ", body: "" })),
    ).toMatchObject({ ok: true });
    expect((await saved(templateId)).translations).toEqual([]);
  });

  it("refuses an unknown merge field or a half-filled version with the same messages, and saves nothing", async () => {
    const templateId = await createdTemplateId();
    const before = await saved(templateId);
    signInAs("RECRUITER");

    const unknownField = values({ subject: german.subject, body: "Hallo {{kandidat.vorname}}" });
    const refused = await templateActions.updateEmailTemplateAction(templateId, unknownField);
    expect(refused).toMatchObject({ ok: false });
    const fieldErrors = !refused.ok ? (refused.fieldErrors ?? {}) : {};
    // The message the text as written gets for the same mistake.
    expect(fieldErrors["translations.de.body"]?.[0]).toMatch(/^Unknown merge field \{\{kandidat\.vorname\}\}\. /);

    const halfFilled = await templateActions.updateEmailTemplateAction(
      templateId,
      values({ subject: "", body: "Hallo" }),
    );
    expect(!halfFilled.ok && halfFilled.fieldErrors?.["translations.de.subject"]).toEqual(["Enter a subject"]);

    // Nothing half-written: the new name and English text of the refused saves were not kept either.
    expect(await saved(templateId)).toEqual(before);

    const createRefused = values({ subject: german.subject, body: "{{job.name}}" });
    expect(await templateActions.createEmailTemplateAction(createRefused)).toMatchObject({ ok: false });
    expect(await testDb.emailTemplate.count({ where: { name: createRefused.name } })).toBe(0);
  });

  it("is refused, like the template, to roles that may not manage templates", async () => {
    const templateId = await createdTemplateId();
    const before = await saved(templateId);
    for (const role of ["COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      signInAs(role);
      const change = { ...values({ subject: "Geändert", body: "Geändert" }), name: before.name };
      expect(await templateActions.updateEmailTemplateAction(templateId, change), role).toMatchObject({
        ok: false,
        message: expect.stringMatching(/permission/),
      });
    }
    expect(await saved(templateId)).toEqual(before);
  });
});
