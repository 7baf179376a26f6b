// How two candidate records are compared when looking for the same person (duplicate detection).

/** Lower-case, accents stripped, punctuation and runs of whitespace collapsed to one space. */
export function normalizePersonName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Digits compared: enough to survive country codes, trunk zeros and formatting. */
export const PHONE_DIGITS_COMPARED = 9;

/**
 * The last nine digits of a phone number, or null when it has fewer: "+1 (512) 555-0123" and
 * "512.555.0123" agree, and a country code or a national trunk "0" does not matter.
 */
export function normalizePhone(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= PHONE_DIGITS_COMPARED ? digits.slice(-PHONE_DIGITS_COMPARED) : null;
}

/**
 * Host and path of a profile link, lower-cased, without scheme, "www.", query, fragment or
 * trailing slash: "https://www.LinkedIn.com/in/ada/?trk=x" becomes "linkedin.com/in/ada".
 * String rules rather than URL parsing, because SQL_PROFILE_URL_KEY must compute the very same
 * key inside Postgres (and its index) for every other candidate.
 */
export function normalizeProfileUrl(url: string | null | undefined): string | null {
  const key = (url ?? "")
    .trim()
    .toLowerCase()
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)?(www\.|m\.)?/, "")
    .split("?")[0]!
    .split("#")[0]!
    .replace(/\/+$/, "");
  // A bare host ("github.com") says nothing about who the person is.
  return key.includes("/") ? key : null;
}
