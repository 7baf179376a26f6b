import { createHash, randomUUID } from "node:crypto";
import { JobBoardRequestError } from "./job-board-request-error";

// Printable ASCII without spaces, as idempotency keys are commonly specified.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The application's submission key (a UUID, see docs/decisions/0003-exactly-once-applications.md)
 * for an API request: derived from the client's Idempotency-Key and the job, so a retry with
 * the same key returns the application already stored; a fresh UUID without the header.
 */
export function submissionKeyFor(idempotencyKey: string | null, jobId: number): string {
  if (idempotencyKey === null) return randomUUID();
  const key = idempotencyKey.trim();
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new JobBoardRequestError(400, "The Idempotency-Key header is not valid.", {
      "Idempotency-Key": ["Use 1 to 255 printable ASCII characters without spaces, e.g. a UUID"],
    });
  }
  const hash = createHash("sha256").update(`trellis-job-board:${jobId}:${key}`).digest();
  // Shape the first 16 bytes as an RFC 9562 name-based UUID (version 5 bits, variant 10).
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
