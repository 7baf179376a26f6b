import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { outboxEmailProvider } from "./email-provider";
import { invitationOnlyAdapter } from "./invitation-only-adapter";
import { oidcProvider } from "./oidc-provider";
import { CHECK_EMAIL_PATH, SIGN_IN_ERROR_PATH, SIGN_IN_PATH } from "./paths";
import { decideSignIn } from "./sign-in-policy";

const HOUR_SECONDS = 60 * 60;

/** Auth.js's configuration; a function of the database and secret so tests can build their own. */
export function buildAuthConfig({ db, secret }: { db: Db; secret: string | undefined }): NextAuthConfig {
  if (!secret) {
    throw new Error("AUTH_SECRET is not set: `npm run dev` and `npm start` generate one for a local install; elsewhere set it (at least 32 random characters).");
  }
  const oidc = oidcProvider();
  return {
    secret,
    adapter: invitationOnlyAdapter(db),
    providers: oidc ? [outboxEmailProvider(), oidc] : [outboxEmailProvider()],
    // Sessions live in Postgres, so an administrator can end them (deactivation deletes them)
    // and any app instance can check them. A working day long, extended while in use.
    session: { strategy: "database", maxAge: 12 * HOUR_SECONDS, updateAge: HOUR_SECONDS },
    pages: { signIn: SIGN_IN_PATH, verifyRequest: CHECK_EMAIL_PATH, error: SIGN_IN_ERROR_PATH },
    callbacks: {
      signIn: (attempt) => decideSignIn(db, attempt),
      // What /api/auth/session shows the browser: who is signed in and as what, nothing more.
      session({ session, user }) {
        const role = (user as typeof user & { role?: StaffRole }).role;
        return { expires: session.expires, user: { id: user.id, name: user.name, email: user.email, role } };
      },
    },
  };
}
