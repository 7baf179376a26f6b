import "server-only";
// Webhook signing secrets at rest (decision 0043): AES-256-GCM under a key derived from AUTH_SECRET
// with HKDF-SHA256, bound to its endpoint (the endpoint id is the additional authenticated data,
// so a sealed secret copied onto another endpoint does not open). Node's crypto does the work.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv, type Env } from "@/lib/env";

const FORMAT = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_INFO = "trellis webhook signing secrets v1";
// Used only where no AUTH_SECRET is configured outside production (lib/env.ts requires it there).
const DEVELOPMENT_SECRET = "trellis-development-webhook-secret-key";

/** A sealed secret that does not open: the key changed (AUTH_SECRET) or the row was altered. */
export class WebhookSecretUnreadable extends Error {
  constructor() {
    super("The endpoint's signing secret cannot be read (AUTH_SECRET changed?): rotate its secret.");
    this.name = "WebhookSecretUnreadable";
  }
}

/** The 256-bit key: HKDF-SHA256 of AUTH_SECRET, so the database alone never yields a secret. */
export function webhookSecretKey(env: Pick<Env, "AUTH_SECRET" | "NODE_ENV"> = getEnv()): Buffer {
  if (!env.AUTH_SECRET && env.NODE_ENV === "production")
    throw new Error("Set AUTH_SECRET: webhook signing secrets are encrypted with a key derived from it.");
  return Buffer.from(hkdfSync("sha256", env.AUTH_SECRET ?? DEVELOPMENT_SECRET, "", KEY_INFO, 32));
}

const associatedData = (endpointId: string) => Buffer.from(`webhook-endpoint:${endpointId}`, "utf8");

/** "v1.<iv>.<tag>.<ciphertext>" (base64url): a fresh random IV each time. */
export function sealWebhookSecret(secret: string, endpointId: string, key = webhookSecretKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(endpointId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function openWebhookSecret(sealed: string, endpointId: string, key = webhookSecretKey()): string {
  const [format, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (format !== FORMAT || !iv || !tag || ciphertext === undefined || rest.length > 0)
    throw new WebhookSecretUnreadable();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(endpointId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new WebhookSecretUnreadable();
  }
}
