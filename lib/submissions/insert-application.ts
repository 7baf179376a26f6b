// The rows of one application, written by one statement in one transaction (docs/decisions/0044):
// the candidate, its documents, the application with its search columns, the answers, the legal
// answers, self-identification (apart, joined to nothing), the confirmation email, the webhook
// event for every endpoint that wants it, and the jobs that read the documents' text. Nothing is
// read back: every id and value was made before the statement was sent.
import "server-only";
import type pg from "pg";
import { dbPool } from "@/lib/db";
import { missingQueueError, queueDocumentTextOn, READ_DOCUMENT_TEXT_QUEUE_EXISTS } from "./queue-document-text";

type Value = string | number | boolean | null | string[];
/** Column → value; a value wrapped in `typed` is cast in SQL (enums, jsonb, timestamps). */
export type Row = Record<string, Value | Typed>;
type Typed = { value: Value; type: string };

export const typed = (value: Value, type: string): Typed => ({ value, type });

export type ApplicationRows = {
  candidate: Row;
  documents: Row[];
  application: Row;
  answers: Row[];
  workAuthorization: Row;
  exportControl: Row;
  accommodationRequest: Row | null;
  /** SelfIdentificationPending: no application, person or job (docs/decisions/0026). */
  selfIdentification: Row | null;
  email: Row;
  /** WebhookEvent, written (with a delivery per endpoint) only when an enabled endpoint subscribed to its type. */
  webhookEvent: { id: string; type: string; payload: string; orderKey: string; createdAt: string };
  /** Documents whose text the worker reads (decision 0020); none where the app reads them itself. */
  queueDocumentText: string[];
};

/** Whether the transaction got as far as sending its COMMIT (its outcome is then unknown on a failure). */
export type CommitState = { sent: boolean };

class Statement {
  readonly values: Value[] = [];
  param({ value, type }: Typed): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
  insert(table: string, rows: Row[]): string {
    const columns = Object.keys(rows[0]!);
    const tuples = rows.map(
      (row) =>
        `(${columns
          .map((column) => {
            const value = row[column]!;
            return this.param(isTyped(value) ? value : typed(value, typeOf(value)));
          })
          .join(", ")})`,
    );
    return `INSERT INTO "public"."${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
  }
}

const isTyped = (value: Value | Typed): value is Typed =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const typeOf = (value: Value): string =>
  typeof value === "number" ? "int" : typeof value === "boolean" ? "boolean" : Array.isArray(value) ? "text[]" : "text";

function applicationStatement(rows: ApplicationRows): { text: string; values: Value[] } {
  const statement = new Statement();
  const parts: [string, string][] = [
    ["candidate", statement.insert("Candidate", [rows.candidate])],
    ["documents", statement.insert("StoredFile", rows.documents)],
    ["application", statement.insert("Application", [rows.application])],
    ["work_authorization", statement.insert("WorkAuthorizationAnswer", [rows.workAuthorization])],
    ["export_control", statement.insert("ExportControlAttestation", [rows.exportControl])],
    ["email", statement.insert("EmailOutbox", [rows.email])],
  ];
  if (rows.answers.length > 0) parts.push(["answers", statement.insert("ApplicationAnswer", rows.answers)]);
  if (rows.accommodationRequest)
    parts.push(["accommodation", statement.insert("AccommodationRequest", [rows.accommodationRequest])]);
  if (rows.selfIdentification)
    parts.push(["self_identification", statement.insert("SelfIdentificationPending", [rows.selfIdentification])]);

  const event = rows.webhookEvent;
  const type = statement.param(typed(event.type, "text"));
  const eventId = statement.param(typed(event.id, "text"));
  const orderKey = statement.param(typed(event.orderKey, "text"));
  const createdAt = statement.param(typed(event.createdAt, "timestamp(3)"));
  parts.push(
    ["endpoints", `SELECT id FROM "public"."WebhookEndpoint" WHERE enabled AND ${type} = ANY(events)`],
    [
      "webhook_event",
      `INSERT INTO "public"."WebhookEvent" ("id", "type", "payload", "orderKey", "createdAt")
       SELECT ${eventId}, ${type}, ${statement.param(typed(event.payload, "jsonb"))}, ${orderKey}, ${createdAt}
        WHERE EXISTS (SELECT 1 FROM endpoints)`,
    ],
    [
      // Ids in cuid form ("c" and 24 letters or digits); deliveries are ordered by their sequence.
      "webhook_deliveries",
      `INSERT INTO "public"."WebhookDelivery" ("id", "endpointId", "eventId", "orderKey", "nextAttemptAt")
       SELECT 'c' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 24), endpoints.id, ${eventId}, ${orderKey}, ${createdAt}
         FROM endpoints ORDER BY endpoints.id`,
    ],
  );
  // Data-modifying WITH parts all run, whether or not the final SELECT reads them, and foreign keys
  // between them are checked at the end of the statement.
  const queueExists = rows.queueDocumentText.length > 0 ? READ_DOCUMENT_TEXT_QUEUE_EXISTS : "true";
  const text = `WITH ${parts.map(([name, sql]) => `${name} AS (${sql})`).join(",\n")}\nSELECT ${queueExists} AS "queueExists"`;
  return { text, values: statement.values };
}

/**
 * BEGIN, the statement, the text-reading jobs, COMMIT: four round trips on one pooled connection.
 * Throws what Postgres said (a unique violation: code 23505); `commit.sent` tells whether the
 * COMMIT had gone out, after which the application may or may not be saved.
 */
export async function insertApplication(rows: ApplicationRows, commit: CommitState): Promise<void> {
  const client = await dbPool().connect();
  let broken: Error | undefined;
  // A connection that drops while checked out reports it here too (the pool listens only to idle
  // ones); unheard, the event would end the process. The query in flight fails with it.
  const onError = (error: Error) => (broken ??= error);
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    try {
      const { text, values } = applicationStatement(rows);
      const written = await client.query<{ queueExists: boolean }>(text, values);
      if (!written.rows[0]?.queueExists) throw missingQueueError();
      if (rows.queueDocumentText.length > 0) await queueDocumentTextOn(sqlExecutor(client), rows.queueDocumentText);
    } catch (error) {
      await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    }
    commit.sent = true;
    await client.query("COMMIT");
  } catch (error) {
    broken ??= commit.sent ? (error as Error) : undefined;
    throw error;
  } finally {
    // A connection that failed mid-transaction is closed, not handed to the next request.
    client.off("error", onError);
    client.release(broken);
  }
}

function sqlExecutor(client: pg.PoolClient) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: (await client.query(text, values)).rows as unknown[] };
    },
  };
}
