// A rejection or withdrawal email started from a template reaches the candidate in the language
// they applied in when the template has a version in it (decision 0042), over real SMTP: single and
// bulk rejections alike. Edited text is staff's own and is sent as written.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createEmailTemplate } from "@/lib/email-templates/create-email-template";
import { emailTemplateFormSchema, emailTemplateTextSchema } from "@/lib/email-templates/email-template-schema";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { bulkUpdateApplications } from "@/lib/pipeline/bulk-update-applications";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import { rejectionFormSchema, toRejection } from "@/lib/pipeline/schema";
import { createApplication, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { EMAIL_TEMPLATES } from "../../prisma/seed-data/rejection-reasons";
import { createPipelineFixture, rejectionFixtures } from "../support/pipeline";
import { startSmtpCapture } from "../support/smtp-capture";

// SMTP_URL is read once per process (lib/env.ts), so it is set before anything reads it.
const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;

let fixture: Awaited<ReturnType<typeof createPipelineFixture>>;
let reasonId: number;
beforeAll(async () => {
  fixture = await createPipelineFixture({ applicationCount: 0 });
  reasonId = (await (await rejectionFixtures()).reason("Not enough relevant experience")).id;
});
afterAll(async () => {
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

const ENGLISH = { subject: "About {{job.title}}", body: "Dear {{candidate.firstName}},\n\nNo, thank you." };
const GERMAN = { subject: "Zu {{job.title}}", body: "Hallo {{candidate.firstName}},\n\nleider nein." };

async function template({ withGerman }: { withGerman: boolean }) {
  const input = emailTemplateFormSchema.parse({
    name: `Absage ${uniqueSuffix()}`,
    ...ENGLISH,
    translations: { de: withGerman ? GERMAN : { subject: "", body: "" } },
  });
  return (await createEmailTemplate({ actor: fixture.recruiter, input })).id;
}

async function applicationIn(locale: string, firstName: string) {
  const application = await createApplication(testDb, { jobId: fixture.job.id, candidate: { firstName } });
  await testDb.application.update({ where: { id: application.id }, data: { locale } });
  return application.id;
}

/** The dialog's fields as a recruiter sends them: the template's text, unedited unless `text` is given. */
function rejection(templateId: string, text: { subject: string; body: string } = ENGLISH) {
  return toRejection(
    rejectionFormSchema.parse({ kind: "WE_REJECTED", reasonId, sendEmail: true, templateId, ...text }),
  );
}

async function delivered(emailId: string | null): Promise<ParsedMail> {
  expect(emailId).toBeTruthy();
  expect(await deliverOutboxMessage(emailId!)).toBe("SENT");
  const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: emailId! }, select: { messageId: true } });
  const mail = smtp.messages.find((message) => message.messageId === row.messageId);
  if (!mail) throw new Error(`message ${emailId} did not arrive`);
  return mail;
}

async function reject(actor: Actor, applicationId: string, templateId: string, text?: typeof ENGLISH) {
  const { emailId } = await rejectApplication({
    actor,
    applicationId,
    expectedVersion: 0,
    rejection: rejection(templateId, text),
  });
  return delivered(emailId);
}

describe("a rejection email started from a template", () => {
  it("reaches a German applicant in the template's German version", async () => {
    const applicationId = await applicationIn("de", "Jürgen");
    const mail = await reject(fixture.recruiter, applicationId, await template({ withGerman: true }));
    expect(mail.subject).toBe(`Zu ${fixture.job.title}`);
    expect(mail.text).toContain("Hallo Jürgen,");
    expect(mail.text).toContain("leider nein.");
    expect(mail.html).toContain("leider nein.");
  });

  it("reaches a German applicant as written when the template has no German version", async () => {
    const applicationId = await applicationIn("de", "Jürgen");
    const mail = await reject(fixture.recruiter, applicationId, await template({ withGerman: false }));
    expect(mail.subject).toBe(`About ${fixture.job.title}`);
    expect(mail.text).toContain("Dear Jürgen,");
  });

  it("reaches an English applicant in English though the template has a German version", async () => {
    const applicationId = await applicationIn("en", "Grace");
    const mail = await reject(fixture.recruiter, applicationId, await template({ withGerman: true }));
    expect(mail.subject).toBe(`About ${fixture.job.title}`);
    expect(mail.text).toContain("Dear Grace,");
  });

  it("is sent as written once staff edited it, whatever the applicant's language", async () => {
    const applicationId = await applicationIn("de", "Jürgen");
    const edited = { subject: ENGLISH.subject, body: "Dear {{candidate.firstName}},\n\nA personal note." };
    const mail = await reject(fixture.recruiter, applicationId, await template({ withGerman: true }), edited);
    expect(mail.subject).toBe(`About ${fixture.job.title}`);
    expect(mail.text).toContain("A personal note.");
  });

  it("goes to each applicant of a bulk rejection in their language", async () => {
    const german = await applicationIn("de", "Jürgen");
    const english = await applicationIn("en", "Grace");
    const { emailIds } = await bulkUpdateApplications({
      actor: fixture.recruiter,
      jobId: fixture.job.id,
      applicationIds: [german, english],
      operation: "reject",
      rejection: rejection(await template({ withGerman: true })),
    });
    const mails = await Promise.all(emailIds.map(delivered));
    const byFirstLine = mails.map((mail) => mail.text?.split("\n")[0]).sort();
    expect(byFirstLine).toEqual(["Dear Grace,", "Hallo Jürgen,"]);
  });

  it("has a German version for each seeded default template, valid by the editor's schema", async () => {
    const seeded = await testDb.emailTemplate.findMany({
      where: { name: { in: EMAIL_TEMPLATES.map((seed) => seed.name) } },
      select: { translations: { select: { language: true, subject: true, body: true } } },
    });
    expect(seeded).toHaveLength(EMAIL_TEMPLATES.length);
    for (const { translations } of seeded) {
      expect(translations.map((translation) => translation.language)).toEqual(["de"]);
      expect(emailTemplateTextSchema.safeParse(translations[0]).success).toBe(true);
    }
  });
});
