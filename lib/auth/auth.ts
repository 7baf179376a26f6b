import "server-only";
import NextAuth from "next-auth";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { buildAuthConfig } from "./auth-config";

// Lazy: the configuration (and the environment check) is made at the first request, so
// `next build` can import this module without a database or secret.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  // Auth.js builds magic links from AUTH_URL, else from the request's Host header, which a
  // client controls: a forged Host would mail a real token pointing at somebody else's site.
  // So it always uses the app's own public address.
  process.env.AUTH_URL ??= new URL("/api/auth", env.APP_URL).href;
  return buildAuthConfig({ db, secret: env.AUTH_SECRET, appUrl: env.APP_URL });
});
