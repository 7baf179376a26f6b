import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import type { FieldErrorBag } from "./field-error-bag";
import type { JobFormInput } from "./job-form-schema";
import { PARKED_POSITION_OFFSET } from "./job-write-data";

// The hiring panel's side of a job: its scorecard attributes and its hiring team.

/**
 * Scorecards that rated an attribute pin it: deleting it would delete those ratings with it
 * (ScorecardRating cascades), so submitted feedback would vanish without a trace. It stays
 * renamable. A rating row with neither a rating nor notes is an untouched draft field and pins nothing.
 */
export async function countRatingsByAttribute(
  tx: Pick<DbTransaction, "$queryRaw">,
  jobId: number,
): Promise<Map<number, number>> {
  const rows = await tx.$queryRaw<{ attributeId: number; ratings: number }[]>`
    SELECT r."attributeId", COUNT(DISTINCT r."scorecardId")::int AS ratings
    FROM "ScorecardRating" r JOIN "ScorecardAttribute" a ON a.id = r."attributeId"
    WHERE a."jobId" = ${jobId} AND (r.rating IS NOT NULL OR r.notes <> '')
    GROUP BY r."attributeId"`;
  return new Map(rows.map((row) => [row.attributeId, row.ratings]));
}

export async function checkAttributeEdits(
  tx: DbTransaction,
  jobId: number,
  attributes: JobFormInput["scorecardAttributes"],
  errors: FieldErrorBag,
): Promise<void> {
  // Locks the attributes, and the ratings of them, so a scorecard saved meanwhile cannot add or
  // fill in a rating that the check below did not see (it waits for this transaction).
  await tx.$queryRaw`SELECT id FROM "ScorecardAttribute" WHERE "jobId" = ${jobId} FOR UPDATE`;
  await tx.$queryRaw`
    SELECT r."scorecardId" FROM "ScorecardRating" r JOIN "ScorecardAttribute" a ON a.id = r."attributeId"
    WHERE a."jobId" = ${jobId} FOR UPDATE OF r`;
  const existing = await tx.scorecardAttribute.findMany({ where: { jobId }, select: { id: true, name: true } });
  const ratings = await countRatingsByAttribute(tx, jobId);
  const existingIds = new Set(existing.map((a) => a.id));
  const seen = new Set<number>();
  attributes.forEach((attribute, index) => {
    if (attribute.attributeId === undefined) return;
    if (!existingIds.has(attribute.attributeId) || seen.has(attribute.attributeId)) {
      errors.add(`scorecardAttributes.${index}.name`, "This attribute was removed by someone else: reload the page");
    }
    seen.add(attribute.attributeId);
  });
  for (const attribute of existing) {
    const count = ratings.get(attribute.id) ?? 0;
    if (!seen.has(attribute.id) && count > 0) {
      errors.add(
        "scorecardAttributes",
        `“${attribute.name}” is rated in ${count === 1 ? "1 scorecard" : `${count} scorecards`}, so it cannot be removed (removing it would delete that feedback); you can rename it`,
      );
    }
  }
}

/** Kept attributes are updated in place, so scorecards that rate them keep pointing at them. */
export async function writeAttributes(
  tx: DbTransaction,
  jobId: number,
  attributes: JobFormInput["scorecardAttributes"],
): Promise<void> {
  const keptIds = attributes.flatMap((a) => (a.attributeId === undefined ? [] : [a.attributeId]));
  await tx.scorecardAttribute.deleteMany({ where: { jobId, id: { notIn: keptIds } } });
  await tx.scorecardAttribute.updateMany({
    where: { jobId },
    data: { position: { decrement: PARKED_POSITION_OFFSET } },
  });
  for (const [position, attribute] of attributes.entries()) {
    const data = { position, name: attribute.name, description: attribute.description };
    if (attribute.attributeId === undefined) await tx.scorecardAttribute.create({ data: { jobId, ...data } });
    else await tx.scorecardAttribute.update({ where: { id: attribute.attributeId }, data });
  }
}

type Member = JobFormInput["hiringTeam"][number];

/**
 * Replaces the hiring team. Who is on it decides who sees the job's candidates, so every change
 * is recorded in the audit log (and nothing is recorded when nothing changed).
 */
export async function writeHiringTeam(
  tx: DbTransaction,
  { actor, jobId, team }: { actor: Actor; jobId: number; team: Member[] },
): Promise<void> {
  const before = await tx.hiringTeamMember.findMany({ where: { jobId }, select: { userId: true, role: true } });
  const beforeRole = new Map(before.map((m) => [m.userId, m.role]));
  const afterRole = new Map(team.map((m) => [m.userId, m.role]));
  const added = team.filter((m) => !beforeRole.has(m.userId));
  const removed = before.filter((m) => !afterRole.has(m.userId));
  const changed = team
    .filter((m) => beforeRole.has(m.userId) && beforeRole.get(m.userId) !== m.role)
    .map((m) => ({ userId: m.userId, from: beforeRole.get(m.userId) ?? null, to: m.role }));
  if (added.length + removed.length + changed.length === 0) return;

  await tx.hiringTeamMember.deleteMany({ where: { jobId } });
  await tx.hiringTeamMember.createMany({ data: team.map((m) => ({ jobId, userId: m.userId, role: m.role })) });
  await recordAuditEvent(tx, {
    actor,
    action: "job.hiringTeamChanged",
    subjectType: "job",
    subjectId: String(jobId),
    metadata: { added, removed, changed },
  });
}
