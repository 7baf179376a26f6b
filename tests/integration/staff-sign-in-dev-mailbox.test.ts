// Without SMTP_URL the magic link is captured for the development mailbox (/dev/mailbox), link intact.
import { afterAll, describe, expect, it } from "vitest";
import { createStaffUser } from "../factories";
import { requestMagicLink } from "../support/auth-core";
import { testDb } from "../support/db";

const previousSmtpUrl = process.env.SMTP_URL;
delete process.env.SMTP_URL;
afterAll(() => {
  if (previousSmtpUrl !== undefined) process.env.SMTP_URL = previousSmtpUrl;
});

describe("magic link without an SMTP server", () => {
  it("lands in the development mailbox with a working link", async () => {
    const user = await createStaffUser(testDb, { role: "ADMIN" });
    await requestMagicLink(user.email);
    const row = await testDb.emailOutbox.findFirstOrThrow({ where: { toAddress: user.email }, select: { status: true, template: true, textBody: true } });
    expect(row.status).toBe("CAPTURED");
    expect(row.template).toBe("staff-sign-in");
    expect(row.textBody).toMatch(/\/api\/auth\/callback\/email\?.*token=/);
  });
});
