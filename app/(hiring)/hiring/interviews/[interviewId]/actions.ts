"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { editSubmittedScorecard } from "@/lib/scorecards/edit-submitted-scorecard";
import { getOwnScorecard, type OwnScorecard } from "@/lib/scorecards/get-own-scorecard";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import type { ScorecardWriteInput } from "@/lib/scorecards/scorecard-seat";
import { scorecardDraftPayloadSchema, scorecardSubmitPayloadSchema } from "@/lib/scorecards/schema";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { storableTextCheck } from "@/lib/validations/storable-text";

export type ScorecardSaved = { ok: true; version: number; at: Date; message: string };
/** On CONFLICT: the actor's own scorecard as it now is, so the form can load it or overwrite it. */
export type ScorecardActionResult = ScorecardSaved | (ActionFailure & { conflict?: OwnScorecard });

const interviewPath = (interviewId: string) => `/hiring/interviews/${interviewId}`;

// Bound by the page, but a forged call can send anything.
function parseInterviewId(interviewId: unknown): string {
  const parsed = z
    .string()
    .min(1)
    .max(40)
    .refine(...storableTextCheck())
    .safeParse(interviewId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That interview does not exist, or you are not on its panel.");
  return parsed.data;
}

/** The payload's field errors named by the form's own paths ("values.ratings.0.rating" → "ratings.0.rating"). */
function invalidPayload(error: z.ZodError): ActionFailure {
  const failure = validationFailure(error, "The scorecard was not saved.");
  const fieldErrors = Object.fromEntries(
    Object.entries(failure.fieldErrors ?? {}).map(([path, messages]) => [path.replace(/^values\./, ""), messages]),
  );
  return { ...failure, fieldErrors };
}

type Write = (input: ScorecardWriteInput) => Promise<{ version: number; at: Date }>;
type WriteResult = { ok: true; version: number; at: Date } | (ActionFailure & { conflict?: OwnScorecard });

/** Authenticate, authorize, validate with the form's schema, write; a lost race returns the newer scorecard. */
async function runScorecardWrite(
  interviewId: unknown,
  payload: unknown,
  schema: typeof scorecardDraftPayloadSchema | typeof scorecardSubmitPayloadSchema,
  write: Write,
  context: string,
): Promise<WriteResult> {
  let actor: Actor | null = null;
  let id: string | null = null;
  try {
    actor = await requireActorForAction();
    assertCan(actor, "scorecard.write");
    id = parseInterviewId(interviewId);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return invalidPayload(parsed.error);
    return { ok: true, ...(await write({ actor, interviewId: id, ...parsed.data })) };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT" && actor && id) {
      const conflict = await getOwnScorecard({ actor, interviewId: id }).catch(() => undefined);
      return { ok: false, message: error.message, conflict };
    }
    return actionFailure(error, context);
  }
}

export async function saveScorecardDraftAction(interviewId: string, payload: unknown): Promise<ScorecardActionResult> {
  const result = await runScorecardWrite(
    interviewId,
    payload,
    scorecardDraftPayloadSchema,
    async (input) => {
      const saved = await saveScorecardDraft(input);
      return { version: saved.version, at: saved.savedAt };
    },
    "save-scorecard-draft",
  );
  // A draft is the author's alone: nothing else on the page changes, so nothing is re-rendered.
  return result.ok ? { ...result, message: "Saved" } : result;
}

export async function submitScorecardAction(interviewId: string, payload: unknown): Promise<ScorecardActionResult> {
  const result = await runScorecardWrite(
    interviewId,
    payload,
    scorecardSubmitPayloadSchema,
    async (input) => {
      const submitted = await submitScorecard(input);
      return { version: submitted.version, at: submitted.submittedAt };
    },
    "submit-scorecard",
  );
  if (!result.ok) return result;
  revalidatePath(interviewPath(String(interviewId)));
  revalidatePath("/hiring/interviews");
  return { ...result, message: "Scorecard submitted." };
}

export async function editSubmittedScorecardAction(
  interviewId: string,
  payload: unknown,
): Promise<ScorecardActionResult> {
  const result = await runScorecardWrite(
    interviewId,
    payload,
    scorecardSubmitPayloadSchema,
    async (input) => {
      const edited = await editSubmittedScorecard(input);
      return { version: edited.version, at: edited.editedAt };
    },
    "edit-submitted-scorecard",
  );
  if (!result.ok) return result;
  revalidatePath(interviewPath(String(interviewId)));
  return { ...result, message: "Changes saved as a new revision." };
}
