/**
 * The link a candidate gave, as an href only when it is an absolute http(s) URL; anything else
 * (javascript:, data:, relative paths, garbage) is shown as text without a link.
 */
export function safeHref(url: string | null | undefined): string | null {
  const trimmed = (url ?? "").trim();
  if (!trimmed) return null;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    if (!parsed.hostname) return null;
    return parsed.href;
  } catch {
    return null;
  }
}
