import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

/**
 * Greenhouse's scheme: HTTP Basic auth whose user name is the Job Board API key and whose
 * password is empty. Throws UNAUTHORIZED for a missing or wrong key, FORBIDDEN when the board
 * owner has not configured a key (applications through the API are then off).
 */
export function authenticateApiKey(authorization: string | null, configuredKey: string | undefined): void {
  if (!configuredKey) {
    throw new AppError(
      "FORBIDDEN",
      "Applications through the Job Board API are turned off: the board owner must set JOB_BOARD_API_KEY on the Trellis server.",
    );
  }
  const presented = basicAuthUser(authorization);
  if (presented === null) {
    throw new AppError(
      "UNAUTHORIZED",
      "Authenticate with HTTP Basic auth: the Job Board API key as the user name and an empty password.",
    );
  }
  if (!sameSecret(presented, configuredKey)) throw new AppError("UNAUTHORIZED", "The Job Board API key is not valid.");
}

/** The user name of a Basic Authorization header ("key:" or, as some clients send it, "key"). */
function basicAuthUser(authorization: string | null): string | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const user = decoded.includes(":") ? decoded.slice(0, decoded.indexOf(":")) : decoded;
  return user === "" ? null : user;
}

// Comparing digests keeps the comparison constant-time and independent of the key's length.
function sameSecret(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
