import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";

let transporter: Transporter | undefined;

/** The SMTP transport, or null when no SMTP_URL is set (mail is captured in the dev mailbox). */
export function getSmtpTransport(): Transporter | null {
  const { SMTP_URL } = getEnv();
  if (!SMTP_URL) return null;
  transporter ??= nodemailer.createTransport(SMTP_URL, {
    // A slow mail server must not hold a candidate's request for long; failures are retried.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  return transporter;
}
