"use server";
import type { z } from "zod";
import { boundApplicationId } from "@/lib/actions/bound-ids";
import { staffAction } from "@/lib/actions/staff-action";
import { addNote } from "@/lib/candidates/add-note";
import { mergeCandidates } from "@/lib/candidates/merge-candidates";
import { mergeCandidatesSchema, noteSchema, tagSchema } from "@/lib/candidates/schema";
import { addTagToApplication, removeTagFromApplication } from "@/lib/candidates/tag-application";
import { validationFailure } from "@/lib/http/action-failure";
import { applicationProfilePath } from "@/lib/paths/applications";

// These forms have one field each: its message is the whole story.
const invalid = (error: z.ZodError) => validationFailure(error, error.issues[0]?.message);

const note = staffAction({
  name: "add-note",
  permission: "application.note",
  schema: noteSchema,
  invalid,
  bound: boundApplicationId,
  run: async ({ actor, input, id }) => {
    const result = await addNote({ actor, applicationId: id, body: input.body });
    const unmatched = result.unmatchedHandles.map((handle) => `@${handle}`).join(", ");
    return {
      message: unmatched ? `Note added. Nobody is called ${unmatched}, so nobody was notified for it.` : "Note added.",
      emailIds: result.emailIds,
      revalidate: [applicationProfilePath(id)],
    };
  },
});

const addTag = staffAction({
  name: "add-tag",
  permission: "application.tag",
  schema: tagSchema,
  invalid,
  bound: boundApplicationId,
  run: async ({ actor, input, id }) => {
    const { tag, added } = await addTagToApplication({ actor, applicationId: id, name: input.name });
    return {
      message: added ? `Tagged “${tag.name}”.` : `Already tagged “${tag.name}”.`,
      revalidate: [applicationProfilePath(id)],
    };
  },
});

const removeTag = staffAction({
  name: "remove-tag",
  permission: "application.tag",
  schema: tagSchema,
  invalid,
  bound: boundApplicationId,
  run: async ({ actor, input, id }) => {
    await removeTagFromApplication({ actor, applicationId: id, name: input.name });
    return { message: `Removed tag “${input.name}”.`, revalidate: [applicationProfilePath(id)] };
  },
});

const merge = staffAction({
  name: "merge-candidates",
  permission: "candidate.merge",
  schema: mergeCandidatesSchema,
  invalid,
  bound: boundApplicationId,
  run: async ({ actor, input, id }) => {
    const { movedApplications, emailIds } = await mergeCandidates({ actor, ...input });
    return {
      message: `Merged. ${movedApplications} application${movedApplications === 1 ? "" : "s"} moved to this candidate.`,
      // Each applicant's new status link (the merge replaced them all); the worker retries.
      emailIds,
      revalidate: [applicationProfilePath(id)],
    };
  },
});

export async function addNoteAction(applicationId: string, _previous: unknown, formData: FormData) {
  return note({ body: formData.get("body") }, applicationId);
}

export async function addTagAction(applicationId: string, _previous: unknown, formData: FormData) {
  return addTag({ name: formData.get("name") ?? "" }, applicationId);
}

export async function removeTagAction(applicationId: string, name: string) {
  return removeTag({ name }, applicationId);
}

export async function mergeCandidatesAction(
  applicationId: string,
  input: { keepCandidateId: string; duplicateCandidateId: string },
) {
  return merge(input, applicationId);
}
