// The magic-link flow through the real Auth.js core with the app's configuration: invited and
// active staff get a link and a session; everybody else gets the same answer and nothing else.
import { AccessDenied } from "@auth/core/errors";
import { afterAll, describe, expect, it } from "vitest";
import { invitationOnlyAdapter } from "@/lib/auth/invitation-only-adapter";
import { createStaffUser } from "../factories";
import { openAuthUrl, requestMagicLink, sessionCookieFrom, TEST_ORIGIN } from "../support/auth-core";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";

// SMTP_URL is read once per process (lib/env.ts): set before anything reads it.
const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;
afterAll(async () => {
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

const CHECK_EMAIL = `${TEST_ORIGIN}/hiring/sign-in/check-email`;
const VERIFY_REQUEST = `${TEST_ORIGIN}/api/auth/verify-request?provider=email&type=email`;

const mailTo = (email: string) => smtp.messages.filter((message) => JSON.stringify(message.to).includes(email));
const linkIn = (text: string) => text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];

async function footprint(email: string) {
  return {
    users: await testDb.user.count({ where: { email } }),
    outbox: await testDb.emailOutbox.count({ where: { toAddress: email } }),
    tokens: await testDb.verificationToken.count({ where: { identifier: email } }),
  };
}

describe("magic-link sign-in", () => {
  it("mails an invited staff member a link that signs them in once", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    const requested = await requestMagicLink(user.email.toUpperCase(), "/hiring/applications");
    expect(requested.redirect).toBe(VERIFY_REQUEST);

    const [mail] = mailTo(user.email);
    expect(mail?.subject).toBe("Your Trellis sign-in link");
    const link = linkIn(mail?.text ?? "");
    expect(link).toBeDefined();
    // The outbox keeps the message for the record, but not the link (a credential) once sent.
    const row = await testDb.emailOutbox.findFirstOrThrow({
      where: { toAddress: user.email },
      select: { status: true, template: true, textBody: true, htmlBody: true },
    });
    expect(row).toMatchObject({ status: "SENT", template: "staff-sign-in" });
    expect(row.textBody).not.toContain("token=");
    expect(row.htmlBody).not.toContain("token=");

    const opened = await openAuthUrl(link!);
    expect(opened.redirect).toBe(`${TEST_ORIGIN}/hiring/applications`);
    const cookie = sessionCookieFrom(opened);
    expect(cookie?.name).toBe("authjs.session-token");
    const session = await testDb.session.findUniqueOrThrow({
      where: { sessionToken: cookie!.value },
      select: { userId: true, expires: true },
    });
    expect(session.userId).toBe(user.id);
    const hours = (session.expires.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    // Used once: the same link again is refused.
    await expect(openAuthUrl(link!)).rejects.toThrow();
  });

  it("answers an uninvited email exactly like an invited one, and sends and creates nothing", async () => {
    const email = `stranger-${Date.now()}@example.test`;
    const requested = await requestMagicLink(email);
    expect(requested.redirect).toBe(CHECK_EMAIL);
    expect(await footprint(email)).toEqual({ users: 0, outbox: 0, tokens: 0 });
    expect(mailTo(email)).toHaveLength(0);
  });

  it("treats a deactivated staff member like a stranger", async () => {
    const user = await createStaffUser(testDb, { role: "ADMIN", active: false });
    expect((await requestMagicLink(user.email)).redirect).toBe(CHECK_EMAIL);
    expect(await footprint(user.email)).toEqual({ users: 1, outbox: 0, tokens: 0 });
  });

  it("refuses a link opened after its owner was deactivated, and creates no session", async () => {
    const user = await createStaffUser(testDb, { role: "COORDINATOR" });
    await requestMagicLink(user.email);
    const link = linkIn(mailTo(user.email)[0]?.text ?? "");
    await testDb.user.update({ where: { id: user.id }, data: { active: false } });
    await expect(openAuthUrl(link!)).rejects.toBeInstanceOf(AccessDenied);
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a link whose invitation was withdrawn, without creating the user again", async () => {
    const user = await createStaffUser(testDb, { role: "INTERVIEWER" });
    await requestMagicLink(user.email);
    const link = linkIn(mailTo(user.email)[0]?.text ?? "");
    await testDb.user.delete({ where: { id: user.id } });
    await expect(openAuthUrl(link!)).rejects.toBeInstanceOf(AccessDenied);
    expect(await testDb.user.count({ where: { email: user.email } })).toBe(0);
  });

  it("has an adapter that cannot create users at all", async () => {
    const adapter = invitationOnlyAdapter(testDb);
    expect(() => adapter.createUser!({ id: "x", email: "new@example.test", emailVerified: null })).toThrow(
      /never creates users/,
    );
  });
});
