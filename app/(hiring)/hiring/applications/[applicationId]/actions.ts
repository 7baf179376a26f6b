"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { addNote } from "@/lib/candidates/add-note";
import { mergeCandidates } from "@/lib/candidates/merge-candidates";
import { mergeCandidatesSchema, noteSchema, tagSchema } from "@/lib/candidates/schema";
import { addTagToApplication, removeTagFromApplication } from "@/lib/candidates/tag-application";
import type { z } from "zod";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";

export type ProfileActionResult = { ok: true; message: string } | ActionFailure;

const profilePath = (applicationId: string) => `/hiring/applications/${applicationId}`;

// These forms have one field each: its message is the whole story.
const invalid = (error: z.ZodError) => validationFailure(error, error.issues[0]?.message);

export async function addNoteAction(
  applicationId: string,
  _previous: ProfileActionResult | null,
  formData: FormData,
): Promise<ProfileActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.note");
    const parsed = noteSchema.safeParse({ body: formData.get("body") });
    if (!parsed.success) return invalid(parsed.error);
    const result = await addNote({ actor, applicationId, body: parsed.data.body });
    after(async () => {
      for (const id of result.emailIds) await deliverOutboxMessage(id);
    });
    revalidatePath(profilePath(applicationId));
    const unmatched = result.unmatchedHandles.map((handle) => `@${handle}`).join(", ");
    return {
      ok: true,
      message: unmatched ? `Note added. Nobody is called ${unmatched}, so nobody was notified for it.` : "Note added.",
    };
  } catch (error) {
    return actionFailure(error, "add-note");
  }
}

export async function addTagAction(
  applicationId: string,
  _previous: ProfileActionResult | null,
  formData: FormData,
): Promise<ProfileActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.tag");
    const parsed = tagSchema.safeParse({ name: formData.get("name") ?? "" });
    if (!parsed.success) return invalid(parsed.error);
    const { tag, added } = await addTagToApplication({ actor, applicationId, name: parsed.data.name });
    revalidatePath(profilePath(applicationId));
    return { ok: true, message: added ? `Tagged “${tag.name}”.` : `Already tagged “${tag.name}”.` };
  } catch (error) {
    return actionFailure(error, "add-tag");
  }
}

export async function removeTagAction(applicationId: string, name: string): Promise<ProfileActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.tag");
    const parsed = tagSchema.safeParse({ name });
    if (!parsed.success) return invalid(parsed.error);
    await removeTagFromApplication({ actor, applicationId, name: parsed.data.name });
    revalidatePath(profilePath(applicationId));
    return { ok: true, message: `Removed tag “${parsed.data.name}”.` };
  } catch (error) {
    return actionFailure(error, "remove-tag");
  }
}

export async function mergeCandidatesAction(
  applicationId: string,
  input: { keepCandidateId: string; duplicateCandidateId: string },
): Promise<ProfileActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "candidate.merge");
    const parsed = mergeCandidatesSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { movedApplications, emailIds } = await mergeCandidates({ actor, ...parsed.data });
    // Each applicant's new status link (the merge replaced them all); the worker retries.
    after(async () => {
      for (const id of emailIds) await deliverOutboxMessage(id);
    });
    revalidatePath(profilePath(applicationId));
    return {
      ok: true,
      message: `Merged. ${movedApplications} application${movedApplications === 1 ? "" : "s"} moved to this candidate.`,
    };
  } catch (error) {
    return actionFailure(error, "merge-candidates");
  }
}
