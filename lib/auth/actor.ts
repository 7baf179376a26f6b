import type { StaffRole } from "@/lib/generated/prisma/enums";

/** The signed-in staff member on whose behalf a domain function runs. */
export type Actor = {
  userId: string;
  role: StaffRole;
  email: string;
  name: string | null;
};

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
