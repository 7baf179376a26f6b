import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/candidates/parse-input";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { eraseCandidate } from "./erase-candidate";
import { eraseNowSchema } from "./schema";

/** An admin erases a person at once (e.g. a request that came by email or post). */
export async function eraseCandidateNow(input: { actor: Actor; candidateId: string; confirmation: string }) {
  const { actor } = input;
  assertCan(actor, "privacy.manage");
  const { candidateId } = parseInput(eraseNowSchema, input);
  const candidate = await db.candidate.findUnique({
    where: { id: candidateId },
    select: { anonymizedAt: true, legalHold: true },
  });
  if (!candidate) throw new AppError("NOT_FOUND", "That candidate does not exist.");
  if (candidate.anonymizedAt) throw new AppError("VALIDATION", "This person's data has already been erased.");
  if (candidate.legalHold)
    throw new AppError("VALIDATION", "This person is on legal hold, so nothing can be erased. Lift the hold first.");
  const result = await eraseCandidate({ candidateId, source: "STAFF", actor });
  // A hold placed meanwhile wins; eraseCandidate kept the request, held.
  if (result.status === "ON_HOLD")
    throw new AppError("CONFLICT", "Someone put this person on legal hold meanwhile, so nothing was erased.");
  return result;
}
