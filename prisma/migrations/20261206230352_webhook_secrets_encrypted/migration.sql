-- Webhook signing secrets are kept encrypted (decision 0043). SQL cannot encrypt with the app's
-- key, so the secrets stored in clear move to "plaintextSecret" (renamed, not dropped: no data is
-- lost) and the webhook sweep (lib/webhooks/encrypt-plaintext-secrets.ts) encrypts each one into
-- "secretEncrypted" and empties "plaintextSecret" before it signs anything.
ALTER TABLE "WebhookEndpoint" RENAME COLUMN "secret" TO "plaintextSecret";
ALTER TABLE "WebhookEndpoint" ALTER COLUMN "plaintextSecret" DROP NOT NULL;
ALTER TABLE "WebhookEndpoint" ADD COLUMN "previousSecretEncrypted" TEXT,
ADD COLUMN "previousSecretUntil" TIMESTAMP(3),
ADD COLUMN "secretEncrypted" TEXT;
