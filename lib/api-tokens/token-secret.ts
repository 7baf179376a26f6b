import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "trl_";
/** How much of the secret the token list shows to tell tokens apart (the prefix and 4 more). */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 4;

/**
 * A new token: "trl_" and 32 random bytes (256 bits), so an unsalted SHA-256 is enough to store
 * it: nobody can try enough guesses for a slow hash to matter.
 */
export function generateApiToken(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashApiToken(secret), prefix: secret.slice(0, SHOWN_PREFIX_LENGTH) };
}

export const hashApiToken = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");
