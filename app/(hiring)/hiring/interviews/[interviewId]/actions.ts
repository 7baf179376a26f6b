"use server";
import type { z } from "zod";
import type { ActionFailure, ActionResult, ConflictFailure } from "@/lib/actions/action-result";
import { boundInterviewId } from "@/lib/actions/bound-ids";
import { staffAction, type StaffActionContext } from "@/lib/actions/staff-action";
import type { AppError } from "@/lib/errors";
import { validationFailure } from "@/lib/http/action-failure";
import { interviewPacketPath, MY_INTERVIEWS_PATH } from "@/lib/paths/interviews";
import { editSubmittedScorecard } from "@/lib/scorecards/edit-submitted-scorecard";
import { getOwnScorecard, type OwnScorecard } from "@/lib/scorecards/get-own-scorecard";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { scorecardDraftPayloadSchema, scorecardSubmitPayloadSchema } from "@/lib/scorecards/schema";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";

/** On CONFLICT: the actor's own scorecard as it now is, so the form can load it or overwrite it. */
export type ScorecardActionResult = ActionResult<{ version: number; at: Date }, ConflictFailure<OwnScorecard>>;

/** The payload's field errors named by the form's own paths ("values.ratings.0.rating" → "ratings.0.rating"). */
function invalidPayload(error: z.ZodError): ActionFailure {
  const failure = validationFailure(error, "The scorecard was not saved.");
  const fieldErrors = Object.fromEntries(
    Object.entries(failure.fieldErrors ?? {}).map(([path, messages]) => [path.replace(/^values\./, ""), messages]),
  );
  return { ...failure, fieldErrors };
}

/** On CONFLICT: the actor's own scorecard as it now is, so the form can load it or overwrite it. */
async function newerScorecard(
  error: AppError,
  { actor, id }: StaffActionContext<unknown, string>,
): Promise<{ conflict?: OwnScorecard } | undefined> {
  if (error.code !== "CONFLICT") return undefined;
  return { conflict: await getOwnScorecard({ actor, interviewId: id }).catch(() => undefined) };
}

const scorecardWrite = { permission: "scorecard.write", invalid: invalidPayload, bound: boundInterviewId } as const;

const saveDraft = staffAction({
  ...scorecardWrite,
  name: "save-scorecard-draft",
  schema: scorecardDraftPayloadSchema,
  run: async ({ actor, input, id }) => {
    const saved = await saveScorecardDraft({ actor, interviewId: id, ...input });
    // A draft is the author's alone: nothing else on the page changes, so nothing is re-rendered.
    return { message: "Saved", data: { version: saved.version, at: saved.savedAt } };
  },
  onRefused: newerScorecard,
});

const submit = staffAction({
  ...scorecardWrite,
  name: "submit-scorecard",
  schema: scorecardSubmitPayloadSchema,
  run: async ({ actor, input, id }) => {
    const submitted = await submitScorecard({ actor, interviewId: id, ...input });
    return {
      message: "Scorecard submitted.",
      data: { version: submitted.version, at: submitted.submittedAt },
      revalidate: [interviewPacketPath(id), MY_INTERVIEWS_PATH],
    };
  },
  onRefused: newerScorecard,
});

const editSubmitted = staffAction({
  ...scorecardWrite,
  name: "edit-submitted-scorecard",
  schema: scorecardSubmitPayloadSchema,
  run: async ({ actor, input, id }) => {
    const edited = await editSubmittedScorecard({ actor, interviewId: id, ...input });
    return {
      message: "Changes saved as a new revision.",
      data: { version: edited.version, at: edited.editedAt },
      revalidate: [interviewPacketPath(id)],
    };
  },
  onRefused: newerScorecard,
});

export async function saveScorecardDraftAction(interviewId: string, payload: unknown): Promise<ScorecardActionResult> {
  return saveDraft(payload, interviewId);
}

export async function submitScorecardAction(interviewId: string, payload: unknown): Promise<ScorecardActionResult> {
  return submit(payload, interviewId);
}

export async function editSubmittedScorecardAction(
  interviewId: string,
  payload: unknown,
): Promise<ScorecardActionResult> {
  return editSubmitted(payload, interviewId);
}
