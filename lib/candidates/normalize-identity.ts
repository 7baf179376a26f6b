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
 */
export function normalizeProfileUrl(url: string | null | undefined): string | null {
  const trimmed = (url ?? "").trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^(www|m)\./, "");
  const path = decodeSafely(parsed.pathname).toLowerCase().replace(/\/+$/, "");
  if (!host || !path) return null;
  return `${host}${path}`;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
