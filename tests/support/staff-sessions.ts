// Signed-in staff for the tests that check every role against a page, route or action.
import { beforeAll } from "vitest";
import { STAFF_ROLES } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createStaffSession, createStaffUser, type StaffUser } from "../factories";
import { testDb } from "./db";

/**
 * One staff member of every role with a session of their own, created in a beforeAll of the file
 * that calls this (before its own): `users[role]`, and `sessions[role]` for nextRequest.cookie.
 */
export function staffOfEveryRole() {
  const users = {} as Record<StaffRole, StaffUser>;
  const sessions = {} as Record<StaffRole, string>;
  beforeAll(async () => {
    for (const role of STAFF_ROLES) {
      users[role] = await createStaffUser(testDb, { role });
      sessions[role] = (await createStaffSession(testDb, users[role].id)).sessionToken;
    }
  });
  return { users, sessions };
}
