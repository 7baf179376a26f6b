"use server";
import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { createLegalTextVersion } from "@/lib/legal-texts/create-legal-text-version";
import { LEGAL_TEXTS_PATH } from "@/lib/legal-texts/legal-text-paths";
import { newLegalTextSchema } from "@/lib/legal-texts/schema";

export type LegalTextActionResult = { ok: true; id: string } | ActionFailure;

export async function createLegalTextVersionAction(values: unknown): Promise<LegalTextActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "legalText.manage");
    const parsed = newLegalTextSchema.safeParse(values);
    if (!parsed.success) return validationFailure(parsed.error, "Some details need fixing.");
    const { id } = await createLegalTextVersion({ actor, input: parsed.data });
    // The apply page renders per request and reads the version in force then: nothing to purge there.
    revalidatePath(LEGAL_TEXTS_PATH);
    return { ok: true, id };
  } catch (error) {
    return actionFailure(error, "createLegalTextVersion");
  }
}
