// The window where an email can go out twice (the mail server accepted it, then the write that
// marks it SENT was lost with the database connection, so the row stayed SENDING and is retried
// after the claim timeout): both copies carry the same Message-ID, by which receiving systems
// deduplicate (docs/decisions/0037-fault-tests.md).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutboxMessage, enqueueEmail, outboxMessageId } from "@/lib/email/outbox";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";

let sink: Awaited<ReturnType<typeof startSmtpCapture>>;
const savedEnv = { ...process.env };

beforeAll(async () => {
  sink = await startSmtpCapture();
  // Read by lib/env.ts on first use, which is after this.
  Object.assign(process.env, { SMTP_URL: sink.url, EMAIL_FROM: "Trellis Careers <careers@jobs.example.org>" });
});
afterAll(async () => {
  await sink.close();
  process.env = savedEnv;
});

describe("outbox Message-ID", () => {
  it("is the row's own, the same when a message left SENDING is sent again", async () => {
    const to = `message-id-${randomUUID()}@example.com`;
    const id = await testDb.$transaction((tx) =>
      enqueueEmail(tx, { to, subject: "Your application", text: "Thank you for applying.", template: "test" }),
    );
    expect(await deliverOutboxMessage(id)).toBe("SENT");

    // As if the SENT write had been lost after the server accepted: claimed long ago, still SENDING.
    await testDb.emailOutbox.update({
      where: { id },
      data: { status: "SENDING", sentAt: null, claimedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) },
    });
    expect(await deliverOutboxMessage(id)).toBe("SENT");

    const received = sink.messages.filter((message) => message.to && "text" in message.to && message.to.text === to);
    expect(received.map((message) => message.messageId)).toEqual([
      `<${id}@jobs.example.org>`,
      `<${id}@jobs.example.org>`,
    ]);
    expect(outboxMessageId(id)).toBe(`<${id}@jobs.example.org>`);
    const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id }, select: { messageId: true } });
    expect(row.messageId).toBe(`<${id}@jobs.example.org>`);
  });
});
