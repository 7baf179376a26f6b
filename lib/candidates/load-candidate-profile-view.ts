import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readSensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { can } from "@/lib/auth/permissions";
import { findProbableDuplicates } from "./find-probable-duplicates";
import { getApplicationTimeline } from "./get-application-timeline";
import { getCandidateProfile } from "./get-candidate-profile";
import { getEligibilityAnswersForRecruiter } from "./get-eligibility-answers-for-recruiter";
import { listMentionableStaff } from "./list-mentionable-staff";
import { listTagNames } from "./tag-application";

/**
 * Everything the candidate profile page shows to this actor. Sensitive sections are fetched
 * (and audited) only for the roles lib/auth/permissions.ts allows; for everyone else they are null
 * and never read from the database.
 */
export async function loadCandidateProfileView({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  // First, alone: it throws NOT_FOUND before anything else (or any audit) happens.
  const profile = await getCandidateProfile({ actor, applicationId });
  const allowed = {
    note: can(actor, "application.note"),
    tag: can(actor, "application.tag"),
    merge: can(actor, "candidate.merge"),
    eligibility: can(actor, "application.readEligibility"),
    accommodation: can(actor, "accommodation.read"),
    // The profile is only ever loaded for an application the actor sees, so this is "decides here".
    decide: can(actor, "hiring.decide"),
  };
  // One after another, not Promise.all: the embedded PGlite server interleaves the protocol
  // messages of concurrent connections and mixes up their statements.
  const timeline = await getApplicationTimeline({ actor, applicationId });
  const duplicates = await findProbableDuplicates({ actor, candidateId: profile.candidate.id });
  const eligibility = allowed.eligibility ? await getEligibilityAnswersForRecruiter({ actor, applicationId }) : null;
  const accommodation = allowed.accommodation
    ? await readSensitiveAccommodationRequest({ actor, applicationId })
    : null;
  const mentionable = allowed.note ? await listMentionableStaff({ actor, applicationId }) : [];
  const tagNames = allowed.tag ? await listTagNames() : [];
  return { profile, timeline, duplicates, eligibility, accommodation, mentionable, tagNames, allowed };
}

export type CandidateProfileView = Awaited<ReturnType<typeof loadCandidateProfileView>>;
