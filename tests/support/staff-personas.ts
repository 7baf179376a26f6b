// The seven kinds of staff member a forged request could come from, around one job's application
// (tests/support/candidate-profile.ts), each with a session: recruiting staff, the job's hiring
// manager and another job's, an interviewer on the application's panel and one of the job's
// interviewers who is not on it (the test seats the panel).
import type { Actor } from "@/lib/auth/actor";
import { createStaffSession } from "../factories";
import { createProfileFixture, createStaff } from "./candidate-profile";
import { testDb } from "./db";
import { nextRequest } from "./next-request";

export const PERSONAS = [
  "admin",
  "recruiter",
  "coordinator",
  "teamManager",
  "otherManager",
  "panel",
  "offPanel",
] as const;
export type Persona = (typeof PERSONAS)[number];

export async function createPersonas(fixture: Awaited<ReturnType<typeof createProfileFixture>>) {
  const offPanel = await createStaff("INTERVIEWER");
  await testDb.hiringTeamMember.create({
    data: { jobId: fixture.job.id, userId: offPanel.userId, role: "INTERVIEWER" },
  });
  const actors: Record<Persona, Actor> = {
    admin: fixture.admin,
    recruiter: fixture.recruiter,
    coordinator: fixture.coordinator,
    teamManager: fixture.hiringManager,
    otherManager: fixture.otherHiringManager,
    panel: fixture.interviewer,
    offPanel,
  };
  const sessions = {} as Record<Persona, string>;
  for (const persona of PERSONAS)
    sessions[persona] = (await createStaffSession(testDb, actors[persona].userId)).sessionToken;
  return {
    actors,
    /** Sends the next page visit or action with this persona's session cookie. */
    signInAs: (persona: Persona) => {
      nextRequest.cookie = `authjs.session-token=${sessions[persona]}`;
    },
  };
}
