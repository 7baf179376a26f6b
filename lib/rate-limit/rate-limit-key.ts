import { createHmac } from "node:crypto";
import type { Env } from "@/lib/env";

// Used only where no secret is configured outside production (lib/env.ts requires AUTH_SECRET
// in production, so a deployment never falls back to it).
const DEVELOPMENT_SECRET = "trellis-development-rate-limit-secret";

/**
 * The secret that keys the hashes: RATE_LIMIT_SECRET, else one derived from AUTH_SECRET (so a
 * deployment needs no extra variable, and the rate-limit table never reveals AUTH_SECRET).
 */
export function rateLimitSecret(env: Pick<Env, "RATE_LIMIT_SECRET" | "AUTH_SECRET" | "NODE_ENV">): string {
  if (env.RATE_LIMIT_SECRET) return env.RATE_LIMIT_SECRET;
  if (env.AUTH_SECRET) return createHmac("sha256", env.AUTH_SECRET).update("trellis rate-limit keys").digest("hex");
  if (env.NODE_ENV === "production")
    throw new Error("Set RATE_LIMIT_SECRET or AUTH_SECRET: rate-limit keys must not be guessable in production.");
  return DEVELOPMENT_SECRET;
}

/**
 * A counter's key: the limit's name and a keyed HMAC-SHA256 of what it counts (an address, an
 * email). A plain hash of an IPv4 address is reversed by trying all 2³² of them; without the
 * secret the table shows nothing about who was counted.
 */
export function rateLimitKey(secret: string, limit: string, parts: readonly string[]): string {
  const digest = createHmac("sha256", secret)
    .update([limit, ...parts].join("\u0000"))
    .digest("base64url");
  return `${limit}:${digest}`;
}
