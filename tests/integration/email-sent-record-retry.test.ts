// A message the mail server accepted is sent once, even when recording it as SENT fails the first
// time (issue 16, Faults: a Postgres restart at that instant made npm run chaos receive 9 of 32
// confirmations twice). The failure is real: a trigger makes Postgres refuse the first SENT write
// of this test's own message, as a restarting database would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture } from "../support/smtp-capture";
import { testDb } from "../support/db";

const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;
const { deliverOutboxMessage } = await import("@/lib/email/outbox");

// Only this file's address: other test files share the database and the table.
const ADDRESS = "sent-record-fails-once@example.test";

beforeAll(async () => {
  // nextval is outside the transaction the exception rolls back, so only the first write fails.
  await testDb.$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS test_sent_record_failures`);
  await testDb.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION test_fail_first_sent_record() RETURNS trigger AS $$
    BEGIN
      -- Nested, not AND: SQL does not promise to skip nextval for other files' messages.
      IF NEW."status" = 'SENT' AND NEW."toAddress" = '${ADDRESS}' THEN
        IF nextval('test_sent_record_failures') = 1 THEN
          RAISE EXCEPTION 'terminating connection due to administrator command';
        END IF;
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await testDb.$executeRawUnsafe(`
    CREATE TRIGGER test_fail_first_sent_record BEFORE UPDATE ON "EmailOutbox"
    FOR EACH ROW EXECUTE FUNCTION test_fail_first_sent_record()`);
});

afterAll(async () => {
  await testDb.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_first_sent_record ON "EmailOutbox"`);
  await testDb.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_first_sent_record()`);
  await testDb.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS test_sent_record_failures`);
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

describe("email outbox when recording a delivered message fails", () => {
  it("records it SENT on a retry and never sends it again", async () => {
    const { id } = await testDb.emailOutbox.create({
      data: { toAddress: ADDRESS, subject: "Hello once", textBody: "Hello", template: "test" },
      select: { id: true },
    });

    expect(await deliverOutboxMessage(id)).toBe("SENT");
    // The worker's next pass over the outbox finds nothing to send.
    expect(await deliverOutboxMessage(id)).toBe("SKIPPED");

    const received = smtp.messages.filter((mail) => mail.subject === "Hello once");
    expect(received).toHaveLength(1);
    const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });
});
