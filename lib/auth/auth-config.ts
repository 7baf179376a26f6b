import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { outboxEmailProvider } from "./email-provider";
import { invitationOnlyAdapter } from "./invitation-only-adapter";
import { oidcProvider } from "./oidc-provider";
import { CHECK_EMAIL_PATH, SIGN_IN_ERROR_PATH, SIGN_IN_PATH, STAFF_HOME_PATH } from "./paths";
import { decideSignIn } from "./sign-in-policy";

const HOUR_SECONDS = 60 * 60;

type AuthSettings = { db: Db; secret: string | undefined; appUrl: string };

/** Auth.js's configuration; a function of its settings so tests can build their own. */
export function buildAuthConfig({ db, secret, appUrl }: AuthSettings): NextAuthConfig {
  if (!secret) {
    throw new Error(
      "AUTH_SECRET is not set: `npm run dev` and `npm start` generate one for a local install; elsewhere set it (at least 32 random characters).",
    );
  }
  const oidc = oidcProvider();
  const policy = { trustOidcEmail: oidc !== null && getEnv().AUTH_OIDC_TRUST_EMAIL === "1" };
  return {
    secret,
    adapter: invitationOnlyAdapter(db),
    providers: oidc ? [outboxEmailProvider(), oidc] : [outboxEmailProvider()],
    // Sessions live in Postgres, so an administrator can end them (deactivation deletes them)
    // and any app instance can check them. A working day long, extended while in use.
    session: { strategy: "database", maxAge: 12 * HOUR_SECONDS, updateAge: HOUR_SECONDS },
    pages: { signIn: SIGN_IN_PATH, verifyRequest: CHECK_EMAIL_PATH, error: SIGN_IN_ERROR_PATH },
    callbacks: {
      signIn: (attempt) => decideSignIn(db, attempt, policy),
      redirect: ({ url, baseUrl }) => sameSiteRedirect(url, baseUrl, appUrl),
      // What /api/auth/session shows the browser: who is signed in and as what, nothing more.
      session({ session, user }) {
        const role = (user as typeof user & { role?: StaffRole }).role;
        return { expires: session.expires, user: { id: user.id, name: user.name, email: user.email, role } };
      },
    },
  };
}

/**
 * Where Auth.js may send the browser after signing in or out: only this site, always at its
 * public address (APP_URL). Auth.js's own check compares with the request's origin, which
 * Next.js reports as "localhost" when the app listens on 127.0.0.1, so it would refuse the
 * app's own links there. Not relying on Auth.js checking again: anything this returns must
 * stay on the site by itself.
 */
export function sameSiteRedirect(url: string, baseUrl: string, appUrl: string): string {
  const app = new URL(appUrl);
  const home = new URL(STAFF_HOME_PATH, app).href;
  // A browser reads "/\evil.com" as "//evil.com", and drops tabs and newlines anywhere in a URL:
  // such a target means something else to it than to this check.
  if (/[\\\p{Cc}]/u.test(url)) return home;
  const target = URL.parse(url, app);
  if (!target || (target.origin !== app.origin && target.origin !== URL.parse(baseUrl)?.origin)) return home;
  // The parser has resolved dot segments by now: "/hiring/..//evil.com" is the path
  // "//evil.com", which is another host as soon as anything uses it as a relative URL.
  if (target.pathname.startsWith("//")) return home;
  const result = new URL(`${target.pathname}${target.search}${target.hash}`, app.origin);
  return result.origin === app.origin ? result.href : home;
}
