import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import type { MoveApplicationBody, RejectApplicationBody } from "./schemas";

/** The version to change from: the client's, or (when it sent none) the current one. */
async function versionToChange(
  actor: Actor,
  applicationId: string,
  action: "application.move" | "application.reject",
  expected?: number,
) {
  await authorizeApplications(db, actor, action, [applicationId]);
  if (expected !== undefined) return expected;
  const { version } = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { version: true },
  });
  return version;
}

export async function moveApplicationForApi({
  actor,
  applicationId,
  body,
}: {
  actor: Actor;
  applicationId: string;
  body: MoveApplicationBody;
}) {
  const expectedVersion = await versionToChange(actor, applicationId, "application.move", body.expected_version);
  await moveApplicationStage({ actor, applicationId, toStageId: body.stage_id, expectedVersion });
}

export async function rejectApplicationForApi({
  actor,
  applicationId,
  body,
}: {
  actor: Actor;
  applicationId: string;
  body: RejectApplicationBody;
}): Promise<{ emailId: string | null }> {
  const expectedVersion = await versionToChange(actor, applicationId, "application.reject", body.expected_version);
  const { emailId } = await rejectApplication({
    actor,
    applicationId,
    expectedVersion,
    rejection: { kind: body.kind, reasonId: body.reason_id, email: body.email ?? null },
  });
  return { emailId };
}
