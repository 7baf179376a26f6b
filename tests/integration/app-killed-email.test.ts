// The app process killed (SIGKILL) while confirmation emails were on their way (issue 16, Faults;
// decision 0049). The mail server here keeps each message it received in full and holds back its
// "250 OK", so a sender in the app would be killed between the server's acceptance and the SENT
// write: the worker would then send that message again after the claim timeout, as `npm run chaos`
// counted (14 of 60). The app only hands its emails to the worker, so each arrives once.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { stopQueue } from "@/lib/queue/client";
import { createJob, ensureLegalForms } from "../factories";
import { testDb } from "../support/db";
import { waitFor } from "../support/fault-applicants";

const SUBMISSIONS = 8;
const CLAIM_TIMEOUT_MS = 5 * 60_000;

const received: ParsedMail[] = [];
let holdReplies = true;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      received.push(mail);
      // Held: the sender never learns the message was accepted (it is killed first).
      if (!holdReplies) callback();
    }, callback);
  },
});
// A client killed mid-conversation resets its connection: noted by smtp-server, not a failure here.
server.on("error", () => undefined);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const savedEnv = { ...process.env };
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-killed-email-"));
Object.assign(process.env, {
  SMTP_URL: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
  STORAGE_DIR: storageDir,
});
const { deliverOutboxMessage } = await import("@/lib/email/outbox");

afterAll(async () => {
  await stopQueue();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(storageDir, { recursive: true, force: true });
  process.env = savedEnv;
});

describe("the app process killed while its emails are on their way", () => {
  it("never makes the worker send a confirmation twice", async () => {
    await ensureLegalForms(testDb);
    const job = await createJob(testDb);
    const candidates = Array.from({ length: SUBMISSIONS }, (_, n) => ({
      submissionKey: randomUUID(),
      email: `killed.mail.${n}.${randomUUID().slice(0, 8)}@example.com`,
    }));
    // The app with a worker beside it (BACKGROUND_JOBS "worker", as `npm start` and the chaos run).
    const child = spawn(
      "npx",
      [
        "tsx",
        "--conditions=react-server",
        "tests/support/apply-and-deliver-in-child.ts",
        String(job.id),
        JSON.stringify(candidates),
      ],
      { env: { ...process.env, BACKGROUND_JOBS: "worker" }, stdio: ["ignore", "pipe", "inherit"], detached: true },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // Killed once a message reached the mail server in full, or once every application was
    // finished without any (the emails handed over).
    const settled = await waitFor(async () => received.length > 0 || output.includes("done"), 60_000, 20);
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    expect(settled, `the child neither sent nor finished (output: ${output})`).toBe(true);

    // The worker, once the claim timeout has passed: every message of this job not yet SENT.
    holdReplies = false;
    const rows = await testDb.emailOutbox.findMany({
      where: { application: { jobId: job.id } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(rows).toHaveLength(SUBMISSIONS);
    await testDb.emailOutbox.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, status: "SENDING" },
      data: { claimedAt: new Date(Date.now() - CLAIM_TIMEOUT_MS - 60_000) },
    });
    for (const { id } of rows) await deliverOutboxMessage(id);

    const outbox = await testDb.emailOutbox.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      select: { status: true, messageId: true },
    });
    expect(outbox.map((row) => row.status)).toEqual(Array(SUBMISSIONS).fill("SENT"));
    const deliveries = new Map<string, number>();
    for (const mail of received) deliveries.set(mail.messageId!, (deliveries.get(mail.messageId!) ?? 0) + 1);
    expect(outbox.map((row) => deliveries.get(row.messageId!) ?? 0)).toEqual(Array(SUBMISSIONS).fill(1));
  });
});
