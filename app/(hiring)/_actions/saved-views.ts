"use server";
// Saved views of the applications table: used by the all-jobs table and each job's table.
import { noInput, staffAction } from "@/lib/actions/staff-action";
import { APPLICATIONS_PATH } from "@/lib/paths/applications";
import { staffJobApplicationsPath } from "@/lib/paths/jobs";
import { createSavedView } from "@/lib/saved-views/create-saved-view";
import { deleteSavedView } from "@/lib/saved-views/delete-saved-view";
import { renameSavedView } from "@/lib/saved-views/rename-saved-view";
import { renameViewFormSchema, saveViewSchema, savedViewIdSchema } from "@/lib/saved-views/schema";

// The Views menu of the table the view belongs to shows the change.
const tablePath = (jobId: number | null) => (jobId === null ? APPLICATIONS_PATH : staffJobApplicationsPath(jobId));
const boundViewId = { schema: savedViewIdSchema, notFound: "That view does not exist." };

const save = staffAction({
  name: "save-view",
  permission: "application.read",
  schema: saveViewSchema,
  invalid: "The view could not be saved.",
  run: async ({ actor, input }) => {
    const view = await createSavedView({ actor, input });
    return {
      message: `Saved the view “${view.name}”${view.shared ? ", shared with the hiring team" : ""}.`,
      data: { query: view.query },
      revalidate: [tablePath(view.jobId)],
    };
  },
});

const rename = staffAction({
  name: "rename-view",
  permission: "application.read",
  schema: renameViewFormSchema,
  invalid: "The view could not be renamed.",
  bound: boundViewId,
  run: async ({ actor, input, id }) => {
    const view = await renameSavedView({ actor, viewId: id, name: input.name });
    return { message: `Renamed the view to “${view.name}”.`, revalidate: [tablePath(view.jobId)] };
  },
});

const remove = staffAction({
  name: "delete-view",
  permission: "application.read",
  schema: noInput,
  bound: boundViewId,
  run: async ({ actor, id }) => {
    const view = await deleteSavedView({ actor, viewId: id });
    return { message: `Deleted the view “${view.name}”.`, revalidate: [tablePath(view.jobId)] };
  },
});

export async function saveViewAction(input: unknown) {
  return save(input);
}

export async function renameViewAction(viewId: unknown, input: unknown) {
  return rename(input, viewId);
}

export async function deleteViewAction(viewId: unknown) {
  return remove(undefined, viewId);
}
