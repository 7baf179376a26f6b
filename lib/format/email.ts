// An email address in the one form it is stored and compared in.

/**
 * " Sam@Example.COM " → "sam@example.com": the key applications, staff accounts, sign-in and the
 * per-address rate limits match addresses by (Application.emailNormalized, User.email). Auth.js
 * lower-cases the addresses it hands over too; an address is still sent to as it was typed.
 */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
