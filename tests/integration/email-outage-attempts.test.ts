// A mail server that cannot be reached does not use up a message's attempts (issue 16, Faults:
// SMTP unreachable for ten minutes, every email delivered once afterwards). Five one-minute
// retries used to give up every message of an outage longer than a few minutes.
import { afterAll, describe, expect, it } from "vitest";
import { deliverOutboxMessage, MAX_UNREACHABLE_MS } from "@/lib/email/outbox";
import { testDb } from "../support/db";
import { freePort } from "../support/private-postgres";

// Nothing listens on the port: every connection is refused.
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = `smtp://127.0.0.1:${await freePort()}`;
afterAll(() => {
  process.env.SMTP_URL = previousSmtpUrl;
});

const messageTried = (attempts: number, createdAt = new Date()) =>
  testDb.emailOutbox.create({
    data: { toAddress: "lin@example.com", subject: "Hello", textBody: "Hello", template: "test", attempts, createdAt },
    select: { id: true },
  });

describe("email outbox while the mail server is unreachable", () => {
  it("keeps a message pending past its last attempt, for the worker to send once the server is back", async () => {
    const { id } = await messageTried(4);
    expect(await deliverOutboxMessage(id)).toBe("PENDING");
    expect(await deliverOutboxMessage(id)).toBe("PENDING");
    const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 6, claimedAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it("gives a message up once the server has been unreachable for longer than the limit", async () => {
    const { id } = await messageTried(4, new Date(Date.now() - MAX_UNREACHABLE_MS - 60_000));
    expect(await deliverOutboxMessage(id)).toBe("FAILED");
  });
});
