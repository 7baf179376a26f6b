import { createHash, randomBytes, randomInt } from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read aloud and type from an email.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short, unguessable-enough public reference such as "TRL-7K3M-9QXD" (40 bits). */
export function newApplicationReference(): string {
  const characters = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `TRL-${characters.slice(0, 4)}-${characters.slice(4)}`;
}

/** The private status-link token (sent once by email) and the hash we keep of it. */
export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashStatusToken(token) };
}

export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
