// The Auth.js secret of a local install (`npm start`/`npm run dev` without AUTH_SECRET): made once
// and kept in .data/auth-secret, so sessions and magic links survive a restart. A deployment
// sets AUTH_SECRET itself (lib/env.ts refuses to start in production without it).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureLocalAuthSecret(root: string, log: (line: string) => void): string {
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  // Readable by this user only, like any credential.
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log("AUTH_SECRET is not set: generated one for this local install in .data/auth-secret.");
  return secret;
}
