// Issue 12, finding 1: the private status link is the candidate's only credential. It reaches the
// candidate in the email and nowhere else: not the stored copy of the email, not the timeline
// staff read (its text or the page's source), not any other table, before or after a retry.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { exportCandidateData } from "@/lib/candidate-rights/export-candidate-data";
import { withdrawApplication } from "@/lib/candidate-rights/withdraw-application";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { loadCandidateProfileView } from "@/lib/candidates/load-candidate-profile-view";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import {
  actorFor,
  createJob,
  createStaffSession,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  type StaffUser,
} from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";
import { visitPage } from "../support/staff-page-visit";
import { applyAs, rowsHolding, statusTokenIn } from "../support/status-link";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

// A mail server that defers these recipients (451) until the test lets them through.
const deferred = new Set<string>();
const smtp = await startSmtpCapture({ deferRecipient: (address) => deferred.has(address) });
// SMTP_URL is read once per process (lib/env.ts): set before anything reads it.
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;

const profilePage = await import("@/app/(hiring)/hiring/applications/[applicationId]/page");

const STAFF_ROLES = ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"] as const satisfies StaffRole[];
let jobId: number;
const staff = {} as Record<(typeof STAFF_ROLES)[number], StaffUser>;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  jobId = (await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] })).id;
  for (const role of STAFF_ROLES) staff[role] = await createStaffUser(testDb, { role });
  await testDb.hiringTeamMember.create({ data: { jobId, userId: staff.HIRING_MANAGER.id, role: "HIRING_MANAGER" } });
});
afterAll(async () => {
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

/** The message the candidate's mail server received, by recipient and subject. */
function received(to: string, subject: string) {
  const mail = smtp.messages.find(
    (message) => JSON.stringify(message.to).includes(to) && message.subject?.includes(subject),
  );
  if (!mail) throw new Error(`no message "${subject}" to ${to}`);
  return mail;
}

/** What each staff role sees of the application: its timeline, the profile's data and its HTML. */
async function staffViews(applicationId: string): Promise<Record<string, string>> {
  const views: Record<string, string> = {};
  for (const role of STAFF_ROLES) {
    const actor = actorFor(staff[role]);
    views[`${role} timeline`] = JSON.stringify(await getApplicationTimeline({ actor, applicationId }));
    views[`${role} profile data`] = JSON.stringify(await loadCandidateProfileView({ actor, applicationId }));
    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, staff[role].id)).sessionToken}`;
    const page = await visitPage(profilePage, {}, { applicationId });
    expect(page.kind, `${role} opens the profile`).toBe("rendered");
    views[`${role} page`] = page.kind === "rendered" ? renderToStaticMarkup(page.element as ReactElement) : "";
  }
  return views;
}

describe("the status link in candidate emails", () => {
  it("reaches the candidate over SMTP, and no stored copy, staff view or table holds it", async () => {
    const applicant = await applyAs(jobId);
    expect(await deliverOutboxMessage(applicant.confirmationEmailId)).toBe("SENT");
    const confirmation = received(applicant.email, "We received your application");
    const token = statusTokenIn(confirmation.text);
    expect(confirmation.html).toContain(`/applications/status/${token}`);
    expect((await getApplicationStatusByToken(token))?.reference).toBe(applicant.reference);

    // Actions the candidate takes with the link confirm by email, with the link in them too.
    const exported = await exportCandidateData({ statusToken: token });
    const withdrawn = await withdrawApplication({ statusToken: token, input: { confirm: "yes" } });
    for (const id of [exported.emailId, withdrawn.emailId]) expect(await deliverOutboxMessage(id)).toBe("SENT");
    expect(statusTokenIn(received(applicant.email, "Your data was downloaded").text)).toBe(token);
    expect(statusTokenIn(received(applicant.email, "You withdrew your application").text)).toBe(token);

    // Staff see each email, with the link taken out and the rest as sent.
    const timeline = await getApplicationTimeline({
      actor: actorFor(staff.RECRUITER),
      applicationId: applicant.applicationId,
    });
    const emails = timeline.filter((entry) => entry.kind === "email");
    expect(emails).toHaveLength(3);
    const confirmationEntry = emails.find((entry) => entry.subject.startsWith("We received your application"));
    expect(confirmationEntry?.body).toContain(applicant.reference);
    expect(confirmationEntry?.body).toContain("Keep this link to yourself");
    for (const [view, content] of Object.entries(await staffViews(applicant.applicationId))) {
      expect(content, view).not.toContain(token);
    }
    expect(await rowsHolding(token)).toEqual([]);
  });

  it("keeps the link for a retry after a refused delivery, then forgets it once sent or given up", async () => {
    const applicant = await applyAs(jobId);
    deferred.add(applicant.email);
    expect(await deliverOutboxMessage(applicant.confirmationEmailId)).toBe("PENDING");
    const pending = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: applicant.confirmationEmailId } });
    expect(`${pending.textBody}${pending.htmlBody}`).not.toMatch(/\/applications\/status\/[A-Za-z0-9_-]{20}/);

    deferred.delete(applicant.email);
    expect(await deliverOutboxMessage(applicant.confirmationEmailId)).toBe("SENT");
    const token = statusTokenIn(received(applicant.email, "We received your application").text);
    expect((await getApplicationStatusByToken(token))?.reference).toBe(applicant.reference);
    expect(await rowsHolding(token)).toEqual([]);

    // A message that fails its last attempt is never sent: nothing keeps its link either.
    const other = await applyAs(jobId);
    deferred.add(other.email);
    await testDb.emailOutbox.update({ where: { id: other.confirmationEmailId }, data: { attempts: 4 } });
    expect(await deliverOutboxMessage(other.confirmationEmailId)).toBe("FAILED");
    const failed = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: other.confirmationEmailId } });
    expect(Object.values(failed).join(" ")).not.toMatch(/\/applications\/status\/[A-Za-z0-9_-]{20}/);
  });
});

describe("the data migration for emails stored before", () => {
  it("takes status links out of stored bodies, and an unsent message still delivers its link", async () => {
    const base = "https://careers.example.test/applications/status/";
    const sentToken = "S".repeat(43);
    const unsentToken = "U".repeat(42) + "_";
    const legacy = (token: string, status: "SENT" | "PENDING", to: string) => ({
      toAddress: to,
      subject: "We received your application: Legacy",
      textBody: `Hello,\n\nYour status page:\n${base}${token}\n\nKeep this link to yourself.`,
      htmlBody: `<p>Your <a href="${base}${token}">private status page</a>.</p>`,
      template: "application-received",
      status,
    });
    const sent = await testDb.emailOutbox.create({ data: legacy(sentToken, "SENT", "legacy.sent@example.com") });
    const unsent = await testDb.emailOutbox.create({
      data: legacy(unsentToken, "PENDING", "legacy.unsent@example.com"),
    });

    await runDataMigration("redact_status_links");
    await runDataMigration("redact_status_links"); // running it twice changes nothing more

    for (const id of [sent.id, unsent.id]) {
      const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(`${row.textBody}${row.htmlBody}`).not.toMatch(/\/applications\/status\/[A-Za-z0-9_-]{20}/);
      expect(row.textBody).toContain("Keep this link to yourself.");
    }
    expect(await rowsHolding(sentToken)).toEqual([]);
    expect(await deliverOutboxMessage(unsent.id)).toBe("SENT");
    const mail = received("legacy.unsent@example.com", "Legacy");
    expect(mail.text).toContain(`${base}${unsentToken}`);
    expect(mail.html).toContain(`href="${base}${unsentToken}"`);
    expect(await rowsHolding(unsentToken)).toEqual([]);
  });
});

/** Runs a data migration's SQL again, as one script, on the test database. */
async function runDataMigration(suffix: string) {
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  const folder = (await readdir(migrations)).find((name) => name.endsWith(`_${suffix}`));
  if (!folder) throw new Error(`no migration *_${suffix}`);
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query(await readFile(path.join(migrations, folder, "migration.sql"), "utf8"));
  } finally {
    await client.end();
  }
}
