"use server";
import { revalidatePath } from "next/cache";
import { addAccommodationNote } from "@/lib/accommodations/add-accommodation-note";
import { changeAccommodationStatus } from "@/lib/accommodations/change-accommodation-status";
import {
  accommodationNoteSchema,
  ACCOMMODATION_STATUS_LABELS,
  changeAccommodationStatusSchema,
  panelArrangementSchema,
} from "@/lib/accommodations/schema";
import { setPanelArrangement } from "@/lib/accommodations/set-panel-arrangement";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";

export type AccommodationActionResult = { ok: true; message: string } | ActionFailure;

const QUEUE_PATH = "/hiring/accommodations";

function revalidate(requestId: string) {
  revalidatePath(QUEUE_PATH);
  revalidatePath(`${QUEUE_PATH}/${requestId}`);
}

export async function addAccommodationNoteAction(values: unknown): Promise<AccommodationActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "accommodation.manage");
    const parsed = accommodationNoteSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "The note needs fixing.");
    await addAccommodationNote({ actor, ...parsed.data });
    revalidate(parsed.data.requestId);
    return { ok: true, message: "Note added." };
  } catch (error) {
    return actionFailure(error, "accommodation-note");
  }
}

export async function changeAccommodationStatusAction(values: unknown): Promise<AccommodationActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "accommodation.manage");
    const parsed = changeAccommodationStatusSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Choose a status.");
    const { status } = await changeAccommodationStatus({ actor, ...parsed.data });
    revalidate(parsed.data.requestId);
    return { ok: true, message: `Status changed to “${ACCOMMODATION_STATUS_LABELS[status]}”.` };
  } catch (error) {
    return actionFailure(error, "accommodation-status");
  }
}

export async function setPanelArrangementAction(values: unknown): Promise<AccommodationActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "accommodation.manage");
    const parsed = panelArrangementSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "The arrangement needs fixing.");
    const { changed } = await setPanelArrangement({ actor, ...parsed.data });
    revalidate(parsed.data.requestId);
    if (!changed) return { ok: true, message: "Nothing changed." };
    return {
      ok: true,
      message: parsed.data.panelArrangement
        ? "Saved. Interviewers see exactly this text."
        : "Cleared. Interviewers are told nothing.",
    };
  } catch (error) {
    return actionFailure(error, "accommodation-arrangement");
  }
}
