// Signs staff in WITHOUT the UI: inserts an Auth.js session row into the e2e server's database
// and gives the browser context the matching session cookie, exactly what a finished magic-link
// sign-in leaves behind. One end-to-end test still signs in for real (staff-sign-in.spec.ts).
//
//   import { test, expect } from "./support/staff-login";
//   test("...", async ({ page, staffLogin }) => {
//     await staffLogin.as("RECRUITER");            // a seeded demo account
//     const user = await staffLogin.asNew("ADMIN"); // a fresh account of its own, removed afterwards
//   });
import { randomBytes, randomUUID } from "node:crypto";
import { test as base, type BrowserContext } from "@playwright/test";
import type pg from "pg";
import { withE2eDatabase } from "./database";
import { E2E_BASE_URL } from "./e2e-env";

export type StaffRole = "ADMIN" | "RECRUITER" | "COORDINATOR" | "HIRING_MANAGER" | "INTERVIEWER";
export type StaffUser = { id: string; email: string; name: string; role: StaffRole };

/** The seeded demo accounts (prisma/seed-data/staff.ts), one per role. */
export const DEMO_STAFF_EMAILS: Record<StaffRole, string> = {
  ADMIN: "admin@trellis.localhost",
  RECRUITER: "recruiter@trellis.localhost",
  COORDINATOR: "coordinator@trellis.localhost",
  HIRING_MANAGER: "hiring.manager@trellis.localhost",
  INTERVIEWER: "interviewer@trellis.localhost",
};

/** Auth.js's cookie on http (the e2e server); on https it would be "__Secure-authjs.session-token". */
export const SESSION_COOKIE = "authjs.session-token";
const SESSION_MS = 12 * 60 * 60 * 1000;

async function findUser(client: pg.Client, email: string): Promise<StaffUser> {
  const { rows } = await client.query<StaffUser>(
    `SELECT "id", "email", "name", "role" FROM "User" WHERE "email" = $1`,
    [email],
  );
  if (!rows[0]) throw new Error(`No staff account ${email} in the e2e database (is the seed's demo staff in place?)`);
  return rows[0];
}

/** Inserts a session for `email` and puts its cookie in the context; returns the user and token. */
export async function signInWithoutUi(
  context: BrowserContext,
  email: string,
): Promise<StaffUser & { sessionToken: string }> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MS);
  const user = await withE2eDatabase(async (client) => {
    const found = await findUser(client, email);
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, $3, now())`,
      [sessionToken, found.id, expires],
    );
    return found;
  });
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: sessionToken,
      url: E2E_BASE_URL,
      httpOnly: true,
      sameSite: "Lax",
      expires: Math.floor(expires.getTime() / 1000),
    },
  ]);
  return { ...user, sessionToken };
}

/** A new staff account with a unique email (for tests that change roles or deactivate people). */
export async function createStaffUser(role: StaffRole, name = `E2E ${role.toLowerCase()}`): Promise<StaffUser> {
  const email = `e2e-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<StaffUser>(
      `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt") VALUES ($1, $2, $3, $4, now()) RETURNING "id", "email", "name", "role"`,
      [`e2e_${randomUUID().replace(/-/g, "")}`, email, name, role],
    );
    return rows[0]!;
  });
}

type StaffLogin = {
  /** Signs in as the seeded demo account of a role. */
  as(role: StaffRole): Promise<StaffUser>;
  /** Creates a fresh account of a role and signs in as it. */
  asNew(role: StaffRole): Promise<StaffUser>;
  /** Signs in as any existing account. */
  asEmail(email: string): Promise<StaffUser>;
};

export const test = base.extend<{ staffLogin: StaffLogin }>({
  staffLogin: async ({ context }, use) => {
    const tokens: string[] = [];
    const created: string[] = [];
    const signIn = async (email: string) => {
      const { sessionToken, ...user } = await signInWithoutUi(context, email);
      tokens.push(sessionToken);
      return user;
    };
    await use({
      as: (role) => signIn(DEMO_STAFF_EMAILS[role]),
      asEmail: signIn,
      asNew: async (role) => {
        const user = await createStaffUser(role);
        created.push(user.id);
        return signIn(user.email);
      },
    });
    // Teardown: the sessions this test made, and its own accounts where nothing else refers to them.
    await withE2eDatabase(async (client) => {
      await client.query(`DELETE FROM "Session" WHERE "sessionToken" = ANY($1)`, [tokens]);
      for (const id of created) await client.query(`DELETE FROM "User" WHERE "id" = $1`, [id]).catch(() => undefined);
    });
  },
});

export { expect } from "@playwright/test";
