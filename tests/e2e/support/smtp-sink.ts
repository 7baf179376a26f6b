// A real SMTP server for end-to-end tests: the app sends with nodemailer over TCP exactly as in
// production, and every message lands as JSON in a folder that tests read with waitForEmail().
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { MAILBOX_DIR } from "./e2e-env";

export type ReceivedEmail = {
  id: string;
  receivedAt: string;
  /** SMTP envelope: who the message was really delivered to. */
  envelope: { from: string | null; to: string[] };
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  /** The iCalendar text of a text/calendar part (an invitation), or null. */
  calendar: string | null;
};

export type SmtpSink = { port: number; close(): Promise<void> };

export async function startSmtpSink({ port, dir = MAILBOX_DIR }: { port: number; dir?: string }): Promise<SmtpSink> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    // Loopback only, no TLS, any or no login: this is a test double for a real mail server.
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    size: 25 * 1024 * 1024,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "e2e" });
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const id = randomUUID();
          const email: ReceivedEmail = {
            id,
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            },
            from: parsed.from?.text ?? "",
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            messageId: parsed.messageId ?? null,
            // mailparser lists a text/calendar alternative (and an .ics file) among the attachments.
            calendar:
              parsed.attachments.find((part) => part.contentType === "text/calendar")?.content.toString("utf8") ?? null,
          };
          // Written under a temporary name, then renamed: a reader never sees half a file.
          const file = path.join(dir, `${Date.now()}-${id}.json`);
          await writeFile(`${file}.partial`, JSON.stringify(email, null, 2));
          await rename(`${file}.partial`, file);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => console.error("[smtp-sink]", error));
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase())).filter(Boolean);
}

export async function readMailbox(dir = MAILBOX_DIR): Promise<ReceivedEmail[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(".json")).sort();
  const emails = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as ReceivedEmail),
  );
  return emails;
}

type WaitForEmail = { to: string; subjectIncludes?: string; timeoutMs?: number; dir?: string };

/** The first message delivered to `to` (and whose subject contains `subjectIncludes`), waiting for it. */
export async function waitForEmail({
  to,
  subjectIncludes,
  timeoutMs = 15_000,
  dir = MAILBOX_DIR,
}: WaitForEmail): Promise<ReceivedEmail> {
  const recipient = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await readMailbox(dir);
    const match = all.find(
      (email) =>
        (email.envelope.to.includes(recipient) || email.to.includes(recipient)) &&
        (subjectIncludes === undefined || email.subject.includes(subjectIncludes)),
    );
    if (match) return match;
    if (Date.now() > deadline) {
      const seen =
        all.map((email) => `  - to ${email.envelope.to.join(", ")}: ${email.subject}`).join("\n") || "  (none)";
      throw new Error(
        `No email to ${to}${subjectIncludes ? ` with "${subjectIncludes}" in the subject` : ""} within ${timeoutMs} ms. Received:\n${seen}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
