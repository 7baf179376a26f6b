// Issue 15, a second language (decision 0042): the emails to a candidate speak the language they
// applied in (Application.locale), delivered over real SMTP; the staff side's emails stay English.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resendStatusLinks } from "@/lib/candidate-rights/resend-status-links";
import { withdrawApplication } from "@/lib/candidate-rights/withdraw-application";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";
import { applyAs, statusTokenIn, uniquePerson } from "../support/status-link";

// SMTP_URL is read once per process (lib/env.ts), so it is set before anything reads it.
const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-german-emails-"));

let jobId: number;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  jobId = (await createJob(testDb, { title: "Laufzeit-Ingenieur:in" })).id;
});

afterAll(async () => {
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

/** Delivers one queued message over SMTP and returns it as the candidate's mail server got it. */
async function delivered(emailId: string): Promise<ParsedMail> {
  expect(await deliverOutboxMessage(emailId)).toBe("SENT");
  const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: emailId }, select: { messageId: true } });
  const mail = smtp.messages.find((message) => message.messageId === row.messageId);
  if (!mail) throw new Error(`message ${emailId} did not arrive`);
  return mail;
}

/** An application made in `locale` (what the apply form records in Application.locale). */
async function applicantIn(locale: string) {
  const person = locale === "de" ? { ...uniquePerson("Juergen"), firstName: "Jürgen" } : uniquePerson("Grace");
  const applicant = await applyAs(jobId, person);
  await testDb.application.update({ where: { id: applicant.applicationId }, data: { locale } });
  return applicant;
}

describe("emails to a candidate who applied in German", () => {
  it("confirm a German application in German, and its answers record the German wording shown", async () => {
    const context = await loadApplicationFormContext({ id: jobId }, { language: "de" });
    const person = { ...uniquePerson("Juergen"), firstName: "Jürgen" };
    const payload = validApplicationPayload(context, person);
    const submitted = await applyToJob({ job: { id: jobId }, payload, source: "CAREERS_SITE", locale: "de" });
    const mail = await delivered(submitted.confirmationEmailId!);
    expect(mail.subject).toBe("Wir haben Ihre Bewerbung erhalten: Laufzeit-Ingenieur:in");
    expect(mail.text).toContain(`Ihre Bewerbungsnummer: ${submitted.reference}`);
    expect(statusTokenIn(mail.text)).toBeTruthy();
    const stored = await testDb.application.findUniqueOrThrow({
      where: { id: submitted.applicationId },
      select: {
        locale: true,
        privacyNoticeVersion: { select: { language: true, version: true } },
        workAuthorization: { select: { formVersion: { select: { language: true } } } },
        exportControl: { select: { formVersion: { select: { language: true } } } },
      },
    });
    expect(stored).toEqual({
      locale: "de",
      privacyNoticeVersion: { language: "de", version: "1" },
      workAuthorization: { formVersion: { language: "de" } },
      exportControl: { formVersion: { language: "de" } },
    });
  });

  it("give a new status link and confirm a withdrawal in German, with working links", async () => {
    const applicant = await applicantIn("de");
    const { emailIds } = await resendStatusLinks({ input: { email: applicant.email } });
    expect(emailIds).toHaveLength(1);
    const linkMail = await delivered(emailIds[0]!);
    expect(linkMail.subject).toBe("Ihr neuer Statuslink: Laufzeit-Ingenieur:in");
    expect(linkMail.text).toMatch(/^Hallo Jürgen,/);
    expect(linkMail.text).toContain("Ihre private Statusseite:");
    expect(linkMail.html).toContain("Ihr Recruiting-Team von");
    const token = statusTokenIn(linkMail.text);

    const withdrawn = await withdrawApplication({ statusToken: token, input: { confirm: "yes", reasonId: undefined } });
    const withdrawalMail = await delivered(withdrawn.emailId);
    expect(withdrawalMail.subject).toBe("Sie haben Ihre Bewerbung zurückgezogen: Laufzeit-Ingenieur:in");
    expect(withdrawalMail.text).toContain(`Bewerbungsnummer ${applicant.reference}`);
    expect(withdrawalMail.text).not.toMatch(/Hello|You withdrew/);
  });

  it("stay English for an application made in English", async () => {
    const applicant = await applicantIn("en");
    const { emailIds } = await resendStatusLinks({ input: { email: applicant.email } });
    const mail = await delivered(emailIds[0]!);
    expect(mail.subject).toBe("Your new status link: Laufzeit-Ingenieur:in");
    expect(mail.text).toMatch(/^Hello Grace,/);
  });
});
