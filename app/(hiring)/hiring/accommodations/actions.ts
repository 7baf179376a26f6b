"use server";
import { addAccommodationNote } from "@/lib/accommodations/add-accommodation-note";
import { changeAccommodationStatus } from "@/lib/accommodations/change-accommodation-status";
import { ACCOMMODATION_STATUS_LABELS } from "@/lib/accommodations/labels";
import {
  accommodationNoteSchema,
  changeAccommodationStatusSchema,
  panelArrangementSchema,
} from "@/lib/accommodations/schema";
import { setPanelArrangement } from "@/lib/accommodations/set-panel-arrangement";
import { staffAction } from "@/lib/actions/staff-action";
import { accommodationRequestPath, ACCOMMODATIONS_PATH } from "@/lib/paths/accommodations";

const queueAndRequest = (requestId: string) => [ACCOMMODATIONS_PATH, accommodationRequestPath(requestId)];

const addNote = staffAction({
  name: "accommodation-note",
  permission: "accommodation.manage",
  schema: accommodationNoteSchema,
  invalid: "The note needs fixing.",
  run: async ({ actor, input }) => {
    await addAccommodationNote({ actor, ...input });
    return { message: "Note added.", revalidate: queueAndRequest(input.requestId) };
  },
});

const changeStatus = staffAction({
  name: "accommodation-status",
  permission: "accommodation.manage",
  schema: changeAccommodationStatusSchema,
  invalid: "Choose a status.",
  run: async ({ actor, input }) => {
    const { status } = await changeAccommodationStatus({ actor, ...input });
    return {
      message: `Status changed to “${ACCOMMODATION_STATUS_LABELS[status]}”.`,
      revalidate: queueAndRequest(input.requestId),
    };
  },
});

const setArrangement = staffAction({
  name: "accommodation-arrangement",
  permission: "accommodation.manage",
  schema: panelArrangementSchema,
  invalid: "The arrangement needs fixing.",
  run: async ({ actor, input }) => {
    const { changed } = await setPanelArrangement({ actor, ...input });
    const message = !changed
      ? "Nothing changed."
      : input.panelArrangement
        ? "Saved. Interviewers see exactly this text."
        : "Cleared. Interviewers are told nothing.";
    return { message, revalidate: queueAndRequest(input.requestId) };
  },
});

export async function addAccommodationNoteAction(values: unknown) {
  return addNote(values);
}

export async function changeAccommodationStatusAction(values: unknown) {
  return changeStatus(values);
}

export async function setPanelArrangementAction(values: unknown) {
  return setArrangement(values);
}
