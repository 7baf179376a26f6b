import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";

// SMTP_URL is read once per process (lib/env.ts), so it is set before anything reads it.
const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;

async function queue(to: string) {
  const row = await testDb.emailOutbox.create({
    data: {
      toAddress: to,
      subject: "Application received <b>",
      textBody: "Reference TRL-TEST-0001",
      htmlBody: "<p>Reference TRL-TEST-0001</p>",
      template: "test",
    },
  });
  return row.id;
}

beforeAll(() => {
  expect(process.env.SMTP_URL).toBe(smtp.url);
});
afterAll(async () => {
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

describe("email outbox delivery", () => {
  it("delivers a queued message over SMTP exactly once", async () => {
    const id = await queue("ada@example.com");
    const [first, second] = await Promise.all([deliverOutboxMessage(id), deliverOutboxMessage(id)]);
    expect([first, second].sort()).toEqual(["SENT", "SKIPPED"]);
    const received = smtp.messages.filter((mail) => mail.subject === "Application received <b>");
    expect(received).toHaveLength(1);
    expect(received[0]?.text).toContain("TRL-TEST-0001");
    expect(JSON.stringify(received[0]?.to)).toContain("ada@example.com");
    const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SENT");
    expect(row.messageId).toBeTruthy();
  });
});
