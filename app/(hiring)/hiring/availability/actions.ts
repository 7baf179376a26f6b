"use server";
import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { MY_AVAILABILITY_PATH, staffAvailabilityPath } from "@/lib/paths/self-scheduling";
import { saveAvailability } from "@/lib/self-scheduling/availability";
import { availabilityFormSchema } from "@/lib/self-scheduling/schema";
import { storableTextCheck } from "@/lib/validations/storable-text";

const boundUserId = {
  schema: z
    .string()
    .min(1)
    .max(64)
    .refine(...storableTextCheck()),
  notFound: "That staff member does not exist or their availability is not visible to you.",
};

// Whose availability is checked by the domain (availabilityEditableBy): one's own, admins anyone's.
const save = staffAction({
  name: "save-availability",
  permission: "signed-in",
  schema: availabilityFormSchema,
  invalid: "The availability could not be saved.",
  bound: boundUserId,
  run: async ({ actor, input, id }) => {
    await saveAvailability({ actor, userId: id, input });
    return {
      message: "Availability saved. New offers of interview times use it.",
      revalidate: [MY_AVAILABILITY_PATH, staffAvailabilityPath(id)],
    };
  },
});

export async function saveAvailabilityAction(userId: string, values: unknown) {
  return save(values, userId);
}
