import type { StaffRole } from "@/lib/generated/prisma/enums";

/** The signed-in staff member on whose behalf a domain function runs. */
export type StaffActor = {
  kind?: "staff";
  userId: string;
  role: StaffRole;
  email: string;
  name: string | null;
};

/** What an API token may be given; each allows the actions permissions.ts lists for it. */
export const API_SCOPES = [
  "jobs:read",
  "applications:read",
  "applications:write",
  "scorecards:read",
  "candidates:read",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * An integration calling the staff API with a token (lib/api-tokens). It acts as a recruiter
 * narrowed to its scopes (permissions.ts `can`), so it is never more than an admin and never
 * reads what recruiters may not. Its userId names no User: no panel seat, hiring team or
 * scorecard is ever its own, and history rows record it as the token, not as a person.
 */
export type ApiTokenActor = {
  kind: "apiToken";
  tokenId: string;
  userId: string;
  role: "RECRUITER";
  email: "";
  /** Null: emails it causes are signed by the team, never by the token's label. */
  name: null;
  scopes: readonly ApiScope[];
};

export type Actor = StaffActor | ApiTokenActor;

export function apiTokenActor(tokenId: string, scopes: readonly ApiScope[]): ApiTokenActor {
  return {
    kind: "apiToken",
    tokenId,
    userId: `api-token:${tokenId}`,
    role: "RECRUITER",
    email: "",
    name: null,
    scopes,
  };
}

/** The User id to store as who did something: null for a token (the audit log names it instead). */
export function staffUserIdOf(actor: Actor | { kind: "candidate" | "system" }): string | null {
  if (!("userId" in actor) || actor.kind === "apiToken") return null;
  return actor.userId;
}

export const STAFF_ROLES = [
  "ADMIN",
  "RECRUITER",
  "COORDINATOR",
  "HIRING_MANAGER",
  "INTERVIEWER",
] as const satisfies readonly StaffRole[];

export const ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: "Admin",
  RECRUITER: "Recruiter",
  COORDINATOR: "Coordinator",
  HIRING_MANAGER: "Hiring manager",
  INTERVIEWER: "Interviewer",
};
