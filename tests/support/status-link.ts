// Candidates who apply through the real path, and their private status links as the candidate
// receives them: read from what was delivered (the SMTP message or the development mailbox),
// never from the stored copy, which must not hold them.
import { randomUUID } from "node:crypto";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { listDevMailbox } from "@/lib/email/list-dev-mailbox";
import { validApplicationPayload } from "./application-payload";
import { testDb } from "./db";

const STATUS_LINK = /\/applications\/status\/([A-Za-z0-9_-]{20,100})/;

export function statusTokenIn(text: string | null | undefined): string {
  const token = STATUS_LINK.exec(text ?? "")?.[1];
  if (!token) throw new Error(`no status link in: ${text}`);
  return token;
}

export type Applicant = {
  applicationId: string;
  candidateId: string;
  reference: string;
  email: string;
  confirmationEmailId: string;
};

/** Applies to a job as the careers site does; `overrides` are the form's fields (names, links). */
export async function applyAs(jobId: number, overrides: Record<string, unknown> = {}): Promise<Applicant> {
  const payload = validApplicationPayload(await loadApplicationFormContext({ id: jobId }), overrides);
  const submitted = await applyToJob({ job: { id: jobId }, payload, source: "CAREERS_SITE" });
  const application = await testDb.application.findUniqueOrThrow({
    where: { id: submitted.applicationId },
    select: { candidateId: true },
  });
  return {
    applicationId: submitted.applicationId,
    candidateId: application.candidateId,
    reference: submitted.reference,
    email: payload.email as string,
    confirmationEmailId: submitted.confirmationEmailId!,
  };
}

/** A unique person: a name and address nobody else in the run has. */
export function uniquePerson(first: string) {
  const unique = randomUUID().slice(0, 8);
  return { firstName: first, lastName: `Tester-${unique}`, email: `${first.toLowerCase()}.${unique}@example.com` };
}

/**
 * Delivers a queued message with no SMTP server configured, as a developer's machine does, and
 * returns it as the development mailbox shows it (where a local developer reads their links).
 */
export async function deliverToDevMailbox(emailId: string) {
  await deliverOutboxMessage(emailId);
  const message = (await listDevMailbox(500)).find((row) => row.id === emailId);
  if (!message) throw new Error(`message ${emailId} is not in the development mailbox`);
  return message;
}

/** The status token in a message delivered to the development mailbox. */
export async function tokenDelivered(emailId: string): Promise<string> {
  return statusTokenIn((await deliverToDevMailbox(emailId)).textBody);
}

/** Every row of every table (any schema but Postgres's own) whose text holds `needle`. */
export async function rowsHolding(needle: string): Promise<string[]> {
  const tables = await testDb.$queryRaw<{ schema: string; name: string }[]>`
    SELECT table_schema AS "schema", table_name AS "name" FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY 1, 2`;
  const found: string[] = [];
  for (const { schema, name } of tables) {
    const quoted = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
    const [row] = await testDb.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${quoted} AS t WHERE t::text LIKE $1`,
      `%${needle}%`,
    );
    if (row && row.n > 0) found.push(`${schema}.${name} (${row.n})`);
  }
  return found;
}
