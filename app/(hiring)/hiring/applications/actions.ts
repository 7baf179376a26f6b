"use server";
import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { staffJobApplicationsPath } from "@/lib/jobs/staff-job-paths";
import { createSavedView } from "@/lib/saved-views/create-saved-view";
import { deleteSavedView } from "@/lib/saved-views/delete-saved-view";
import { renameSavedView } from "@/lib/saved-views/rename-saved-view";
import { renameViewFormSchema, saveViewSchema, savedViewIdSchema } from "@/lib/saved-views/schema";

export type SavedViewActionResult = { ok: true; message: string; query?: string } | ActionFailure;

// The Views menu of the table the view belongs to shows the change.
const tablePath = (jobId: number | null) => (jobId === null ? "/hiring/applications" : staffJobApplicationsPath(jobId));

export async function saveViewAction(input: unknown): Promise<SavedViewActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.read");
    const parsed = saveViewSchema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error, "The view could not be saved.");
    const view = await createSavedView({ actor, input: parsed.data });
    revalidatePath(tablePath(view.jobId));
    return {
      ok: true,
      message: `Saved the view “${view.name}”${view.shared ? ", shared with the hiring team" : ""}.`,
      query: view.query,
    };
  } catch (error) {
    return actionFailure(error, "save-view");
  }
}

export async function renameViewAction(viewId: unknown, input: unknown): Promise<SavedViewActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.read");
    const id = savedViewIdSchema.safeParse(viewId);
    const parsed = renameViewFormSchema.safeParse(input);
    if (!id.success) return validationFailure(id.error, "That view does not exist.");
    if (!parsed.success) return validationFailure(parsed.error, "The view could not be renamed.");
    const view = await renameSavedView({ actor, viewId: id.data, name: parsed.data.name });
    revalidatePath(tablePath(view.jobId));
    return { ok: true, message: `Renamed the view to “${view.name}”.` };
  } catch (error) {
    return actionFailure(error, "rename-view");
  }
}

export async function deleteViewAction(viewId: unknown): Promise<SavedViewActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.read");
    const id = savedViewIdSchema.safeParse(viewId);
    if (!id.success) return validationFailure(id.error, "That view does not exist.");
    const view = await deleteSavedView({ actor, viewId: id.data });
    revalidatePath(tablePath(view.jobId));
    return { ok: true, message: `Deleted the view “${view.name}”.` };
  } catch (error) {
    return actionFailure(error, "delete-view");
  }
}
