"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { decisionsPath } from "@/components/decisions/labels";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { recordHiringDecision } from "@/lib/decisions/record-hiring-decision";
import { hiringDecisionFormSchema, toHiringDecision } from "@/lib/decisions/schema";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";

/** `conflict`: the view was out of date; it has been refreshed and nothing was decided. */
export type DecisionActionResult = { ok: true; message: string } | (ActionFailure & { conflict?: true });

const DONE: Record<string, (stageName: string) => string> = {
  ADVANCE: (stage) => `Decision recorded: advanced to ${stage}.`,
  MAKE_OFFER: (stage) => `Decision recorded: moved to ${stage} for an offer.`,
  REJECT: () => "Decision recorded: rejected.",
};

function refresh(applicationId: string): void {
  revalidatePath(decisionsPath(applicationId));
  revalidatePath(`/hiring/applications/${applicationId}`);
}

export async function recordHiringDecisionAction(input: unknown): Promise<DecisionActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "hiring.decide");
    const parsed = hiringDecisionFormSchema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error, "Some of the details need fixing.");
    const { applicationId, expectedVersion } = parsed.data;
    const result = await recordHiringDecision({
      actor,
      applicationId,
      expectedVersion,
      decision: toHiringDecision(parsed.data),
    });
    const emailId = result.emailId;
    if (emailId) after(() => deliverOutboxMessage(emailId));
    refresh(applicationId);
    const message = DONE[result.kind]!(result.stageName);
    return { ok: true, message: emailId ? `${message} The email to the candidate is on its way.` : message };
  } catch (error) {
    const failure = actionFailure(error, "hiring-decision");
    if (error instanceof AppError && error.code === "CONFLICT") {
      const applicationId = (input as { applicationId?: unknown } | null)?.applicationId;
      if (typeof applicationId === "string") refresh(applicationId);
      return { ...failure, conflict: true };
    }
    return failure;
  }
}
