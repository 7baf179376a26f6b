"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { createLegalTextVersion } from "@/lib/legal-texts/create-legal-text-version";
import { newLegalTextSchema } from "@/lib/legal-texts/schema";
import { LEGAL_TEXTS_PATH } from "@/lib/paths/legal-texts";

const createVersion = staffAction({
  name: "createLegalTextVersion",
  permission: "legalText.manage",
  schema: newLegalTextSchema,
  invalid: "Some details need fixing.",
  run: async ({ actor, input }) => {
    const { id } = await createLegalTextVersion({ actor, input });
    // The apply page renders per request and reads the version in force then: nothing to purge there.
    return { message: "New version saved.", data: { id }, revalidate: [LEGAL_TEXTS_PATH] };
  },
});

export async function createLegalTextVersionAction(values: unknown) {
  return createVersion(values);
}
