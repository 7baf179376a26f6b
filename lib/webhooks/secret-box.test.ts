import { describe, expect, it } from "vitest";
import { openWebhookSecret, sealWebhookSecret, webhookSecretKey, WebhookSecretUnreadable } from "./secret-box";

const key = webhookSecretKey({ AUTH_SECRET: "a".repeat(40), NODE_ENV: "test" });
const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("webhook secret box", () => {
  it("opens what it sealed, with a fresh IV each time and no trace of the secret", () => {
    const first = sealWebhookSecret(secret, "endpoint_1", key);
    const second = sealWebhookSecret(secret, "endpoint_1", key);
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret.slice(6));
    expect(openWebhookSecret(first, "endpoint_1", key)).toBe(secret);
  });

  it("refuses another endpoint's sealed secret, another key, and any altered byte", () => {
    const sealed = sealWebhookSecret(secret, "endpoint_1", key);
    expect(() => openWebhookSecret(sealed, "endpoint_2", key)).toThrow(WebhookSecretUnreadable);
    const otherKey = webhookSecretKey({ AUTH_SECRET: "b".repeat(40), NODE_ENV: "test" });
    expect(() => openWebhookSecret(sealed, "endpoint_1", otherKey)).toThrow(WebhookSecretUnreadable);
    const parts = sealed.split(".");
    for (const index of [1, 2, 3]) {
      const altered = [...parts];
      const bytes = Buffer.from(altered[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      altered[index] = bytes.toString("base64url");
      expect(() => openWebhookSecret(altered.join("."), "endpoint_1", key)).toThrow(WebhookSecretUnreadable);
    }
    for (const broken of ["", secret, "v2.a.b.c", `${sealed}.x`])
      expect(() => openWebhookSecret(broken, "endpoint_1", key)).toThrow(WebhookSecretUnreadable);
  });

  it("derives the key from AUTH_SECRET, and needs one in production", () => {
    expect(key).toHaveLength(32);
    expect(key.equals(Buffer.from("a".repeat(40)))).toBe(false);
    expect(() => webhookSecretKey({ AUTH_SECRET: undefined, NODE_ENV: "production" })).toThrow(/AUTH_SECRET/);
  });
});
