import { createServer, type AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { testDb } from "../support/db";

// A port that was just free and is now closed: connections to it are refused.
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address() as AddressInfo;
    probe.close(() => resolve(free));
  });
});
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
afterAll(() => {
  process.env.SMTP_URL = previousSmtpUrl;
});

describe("email outbox when the mail server is down", () => {
  it("keeps the message pending with the error, for the worker to retry", async () => {
    const row = await testDb.emailOutbox.create({
      data: { toAddress: "lin@example.com", subject: "Hello", textBody: "Hello", template: "test" },
    });
    expect(await deliverOutboxMessage(row.id)).toBe("PENDING");
    const after = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.status).toBe("PENDING");
    expect(after.attempts).toBe(1);
    expect(after.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});
