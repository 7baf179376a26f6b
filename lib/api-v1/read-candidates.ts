import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { candidateSchema } from "./schemas";

/** A candidate's contact record, reachable through an application the actor sees. */
export async function getCandidateForApi({
  actor,
  candidateId,
}: {
  actor: Actor;
  candidateId: string;
}): Promise<z.input<typeof candidateSchema>> {
  assertCan(actor, "candidate.read");
  const visible = applicationsVisibleTo(actor);
  const row = await db.candidate.findFirst({
    where: { id: candidateId, applications: { some: visible } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      preferredName: true,
      email: true,
      phone: true,
      location: true,
      linkedinUrl: true,
      githubUrl: true,
      websiteUrl: true,
      createdAt: true,
      applications: { where: visible, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], select: { id: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "That candidate does not exist or is not visible to this token.");
  return {
    id: row.id,
    first_name: row.firstName,
    last_name: row.lastName,
    preferred_name: row.preferredName,
    email: row.email,
    phone: row.phone,
    location: row.location,
    linkedin_url: row.linkedinUrl,
    github_url: row.githubUrl,
    website_url: row.websiteUrl,
    application_ids: row.applications.map((application) => application.id),
    created_at: row.createdAt.toISOString(),
  };
}
