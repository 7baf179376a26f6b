import "server-only";
import type { EmailConfig } from "next-auth/providers/email";
import { MAGIC_LINK_MAX_AGE_SECONDS, sendStaffSignInEmail } from "./send-sign-in-email";

/**
 * Magic links sent by our own mailer (outbox, SMTP or the development mailbox) rather than
 * Auth.js's Nodemailer provider, which wants SMTP settings of its own and bypasses the outbox.
 */
export function outboxEmailProvider(): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    async sendVerificationRequest({ identifier, url }) {
      await sendStaffSignInEmail({ to: identifier, url });
    },
  };
}
