import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadActiveActor } from "./load-actor";
import { CURRENT_PATH_HEADER, signInPath } from "./paths";

/** The signed-in, active staff member, or null. Once per request, however many callers ask. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return loadActiveActor(db, session?.user?.id);
});

/** For pages: the actor, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireActorForPage(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  // proxy.ts passes the requested path along; without it, sign-in leads to the staff home.
  redirect(signInPath((await headers()).get(CURRENT_PATH_HEADER)));
}

/** For server actions and route handlers: the actor, or an UNAUTHORIZED AppError. */
export async function requireActorForAction(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHORIZED", "You are signed out. Sign in again, then retry.");
  return actor;
}
